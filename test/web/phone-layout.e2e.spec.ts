import type { TestApp } from '../support/test-app.js';
import type { TestUser } from '../assessment/assessment-helpers.js';
import { createUser } from '../support/users.js';
import { DESKTOP, PHONE, expectAccessible, horizontalOverflow, screenshot, see, tabTo } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/** The browser globals used inside page callbacks (this program has no DOM types). */
declare function getComputedStyle(element: unknown): { display: string };
declare const document: { activeElement: { getAttribute(name: string): string | null } | null };

/**
 * The page frame on a phone (390×844) in Dutch: the main menu folded behind an accessible menu
 * button (aria-expanded, keyboard, focus), and a wide table shown as stacked cards. axe (WCAG 2.2
 * AA with target-size, and best practices) on every state; screenshots to test-output/screenshots/.
 */

describe('the page frame on a phone', () => {
  let t: TestApp;
  let base: string;
  let secretary: TestUser;
  const web = useBrowserApp();
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    secretary = await createUser(t, ['secretary', 'admin'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
  });

  it('folds the main menu behind a menu button that opens and closes by keyboard, keeping the header small', async () => {
    const page = await newPage(PHONE);
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/profiel`);
    await see(page.locator('main h1')).visible();

    const header = page.locator('header.site-header');
    const menuButton = page.getByRole('button', { name: 'Menu' });
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const headerHeight = async () => (await header.boundingBox())!.height;

    // Closed: one line of header (it took 263 of 844 px with the links in three rows).
    await see(menuButton).attribute('aria-expanded', 'false');
    await see(menu).hidden();
    expect(await headerHeight()).toBeLessThanOrEqual(80);
    await expectAccessible(page, 'phone-header-menu-closed');
    await screenshot(page, 'phone-header-menu-closed');

    // Open by keyboard: Tab to the button, Enter; the links follow the button in the tab order.
    await tabTo(page, menuButton);
    await page.keyboard.press('Enter');
    await see(menuButton).attribute('aria-expanded', 'true');
    await see(menu.getByRole('link', { name: 'Pijplijn' })).visible();
    await see(menu).contains('Ingelogd als Sanne Secretaris');
    await see(menuButton).focused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/taken');
    await expectAccessible(page, 'phone-header-menu-open');
    await screenshot(page, 'phone-header-menu-open');

    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await see(menuButton).attribute('aria-expanded', 'false');
    await see(menuButton).focused();
    await see(menu).hidden();

    // Following a link closes it too.
    await menuButton.click();
    await menu.getByRole('link', { name: 'Pijplijn' }).click();
    await page.waitForURL('**/pijplijn');
    await see(menuButton).attribute('aria-expanded', 'false');
    await see(menu).hidden();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // On a wide screen there is no menu button; the menu is always there.
    const desktop = await newPage(DESKTOP);
    await logIn(desktop, secretary.user.email);
    await see(desktop.getByRole('button', { name: 'Menu' })).hidden();
    await see(desktop.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Pijplijn' })).visible();

    // The footer leads to the site's statements, which the server renders.
    await desktop.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await see(desktop.locator('main h1')).contains('Toegankelijkheidsverklaring');
  });

  it('shows a wide table as stacked cards under 600 px, each cell under its column name', async () => {
    const page = await newPage(PHONE);
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/beheer/gebruikers`);
    const firstRow = page.locator('table tbody tr').first();
    await see(firstRow).visible();
    expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe('block');
    const headers = await page.locator('table thead th').allInnerTexts();
    const labels = await firstRow.locator('td').evaluateAll((cells) => cells.map((cell) => (cell as unknown as { dataset: { label?: string } }).dataset.label));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(headers.map((header) => header.trim())).toContain(label);
    // The cells stack one under the other inside their card, none over the next.
    const boxes = await firstRow.locator('td').evaluateAll((cells) => cells.map((cell) => (cell as unknown as { getBoundingClientRect(): { top: number; bottom: number } }).getBoundingClientRect()));
    for (let index = 1; index < boxes.length; index++) expect(boxes[index].top).toBeGreaterThanOrEqual(boxes[index - 1].bottom - 0.5);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'phone-stacked-table');

    // Wider than 600 px it stays a table.
    const desktop = await newPage(DESKTOP);
    await logIn(desktop, secretary.user.email);
    await desktop.goto(`${base}/beheer/gebruikers`);
    await see(desktop.locator('table tbody tr').first()).visible();
    expect(await desktop.locator('table tbody tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('table-row');
  });
});
