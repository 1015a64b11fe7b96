import type { Page } from 'playwright-core';
import { admittedApplication } from '../deadlines/support.js';
import { createDraft, step } from '../support/applications.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo, typeInto } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The secretariat's list and board with many cases: the secretary searches and filters by
 * keyboard, pages and sorts, reloads the address (a bookmark) and sees the same view, goes Back;
 * on the board shows only the stuck cases of one column. axe on every screen at 1366 and 390 px.
 */

describe('the secretary searches, filters and pages the applications, with the view in the address', () => {
  const web = useBrowserApp();
  const { newPage, logIn } = web;
  const heading = (page: Page) => page.locator('main h1');
  const count = (page: Page) => page.locator('.result-count');
  const cards = (page: Page) => page.locator('main .card-list > li');
  let secretary: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const { t } = web;
    const owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie' });
    // Twenty-seven drafts of one organisation: two pages of 25.
    for (let index = 1; index <= 27; index++) await createDraft(t, owner.auth, { name: `Buurtkamer ${String(index).padStart(2, '0')}`, organisation: 'Stichting Noord' });
    const stuck = await createDraft(t, owner.auth, { name: 'Taalcafé De Brug', organisation: 'Vereniging Zuid' });
    await step(t, owner.auth, stuck.id, 'submit', { version: stuck.version });
    // Waiting for admission for eight weeks: past the ten working days intake allows.
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '56 days' WHERE id = $1`, [stuck.id]);
    await admittedApplication(t, { owner, secretary, coach }, { name: 'Schuldhulp Dichtbij', organisation: 'Vereniging Zuid' });
  });

  it('filters by keyboard, pages, sorts, and gets the same view back from the address after a reload and with Back', async () => {
    const { base } = web;
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/aanmeldingen`);
    await see(heading(page)).text('Aanmeldingen');
    await see(count(page)).contains('29 aanmeldingen gevonden waarvan 1 vastgelopen (1–25 op deze pagina)');
    await expectAccessible(page, 'staff-list');

    // Name search by keyboard; Enter applies it.
    await typeInto(page, page.getByLabel('Naam of kenmerk'), 'taalcaf');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]q=taalcaf/);
    await see(count(page)).text('1 aanmelding gevonden waarvan 1 vastgelopen');
    await see(cards(page)).count(1);
    await see(cards(page)).contains('Taalcafé De Brug');
    await see(cards(page)).contains('Vastgelopen (meer dan 10 werkdagen in deze fase)');
    // The bookmark: the same address gives the same view, the form filled in.
    await page.reload();
    await see(count(page)).text('1 aanmelding gevonden waarvan 1 vastgelopen');
    await see(page.getByLabel('Naam of kenmerk')).value('taalcaf');

    // Organisation and a sort chosen by keyboard (arrow keys on the select), then the button.
    await typeInto(page, page.getByLabel('Naam of kenmerk'), '');
    await page.keyboard.press('Backspace');
    await typeInto(page, page.getByLabel('Organisatie van de indiener'), 'noord');
    await tabTo(page, page.getByLabel('Sorteren op'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await see(page.getByLabel('Sorteren op')).value('name');
    await tabTo(page, page.getByRole('button', { name: 'Toon resultaten' }));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('organisatie') === 'noord' && url.searchParams.get('sortering') === 'name' && !url.searchParams.has('q'));
    await see(count(page)).text('27 aanmeldingen gevonden (1–25 op deze pagina)');
    await see(cards(page)).count(25);
    await see(cards(page).first()).contains('Buurtkamer 01');
    await see(page.getByRole('navigation', { name: 'Pagina’s' })).contains('Pagina 1 van 2');
    await expectAccessible(page, 'staff-list-filtered');

    await tabTo(page, page.getByRole('link', { name: 'Volgende pagina' }), 200);
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]pagina=2/);
    await see(count(page)).text('27 aanmeldingen gevonden (26–27 op deze pagina)');
    await see(cards(page)).count(2);
    await see(cards(page).first()).contains('Buurtkamer 26');
    await page.reload();
    await see(cards(page)).count(2);
    await see(page.getByRole('navigation', { name: 'Pagina’s' })).contains('Pagina 2 van 2');
    await see(page.getByLabel('Organisatie van de indiener')).value('noord');
    await expectAccessible(page, 'staff-list-page-2');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('pagina') && url.searchParams.get('organisatie') === 'noord');
    await see(cards(page)).count(25);
    await page.goBack();
    await page.waitForURL(/[?&]q=taalcaf/);
    await see(count(page)).text('1 aanmelding gevonden waarvan 1 vastgelopen');
    await see(page.getByLabel('Naam of kenmerk')).value('taalcaf');

    // A stuck filter through the select, by keyboard.
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.waitForURL((url) => !url.searchParams.has('q'));
    // Without filters the form folds its filters away; the summary opens them.
    await see(page.getByLabel('Vastgelopen', { exact: true })).hidden();
    await tabTo(page, page.locator('summary', { hasText: 'Filters en sortering' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Vastgelopen', { exact: true }));
    await page.keyboard.press('ArrowDown');
    await see(page.getByLabel('Vastgelopen', { exact: true })).value('true');
    await tabTo(page, page.getByRole('button', { name: 'Toon resultaten' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]vastgelopen=ja/);
    await see(count(page)).text('1 aanmelding gevonden waarvan 1 vastgelopen');
  });

  it('on the board shows the stuck cases of one column only, from a control in its header, kept in the address', async () => {
    const { base } = web;
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.waitForURL(/\/pijplijn$/);
    await see(page.locator('#phase-aanmelding')).contains('(27 aanmeldingen)');
    await see(page.locator('#phase-intake')).contains('(1 aanmelding)');
    await see(page.locator('main')).contains('1 vastgelopen aanmelding');
    const drafts = page.locator('section[aria-labelledby="phase-aanmelding"]');
    await see(drafts.locator('.board-card')).count(10);
    await see(drafts).contains('10 van 27 getoond');
    await see(drafts.getByRole('link', { name: 'Alle 27 in Aanmelding in de lijst bekijken' })).attribute('href', '/aanmeldingen?fase=aanmelding&sortering=stateChangedAt');
    await expectAccessible(page, 'board');

    const intake = page.locator('section[aria-labelledby="phase-intake"]');
    await see(intake).contains('1 vastgelopen');
    const toggle = drafts.getByRole('button', { name: 'Alleen vastgelopen tonen in Aanmelding' });
    await tabTo(page, toggle, 120);
    await page.keyboard.press('Enter');
    await page.waitForURL(/alleen-vastgelopen=aanmelding/);
    await see(toggle).attribute('aria-pressed', 'true');
    await see(drafts.locator('.board-card')).count(0);
    await see(drafts).contains('Geen aanmeldingen in deze fase.');
    // The other columns are untouched.
    await see(intake.locator('.board-card')).count(1);
    await page.reload();
    await see(drafts.getByRole('button', { name: 'Alleen vastgelopen tonen in Aanmelding' })).attribute('aria-pressed', 'true');
    await see(drafts).contains('Geen aanmeldingen in deze fase.');
    await expectAccessible(page, 'board-stuck-only');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/pijplijn' && !url.searchParams.has('alleen-vastgelopen'));
    await see(drafts.locator('.board-card')).count(10);

    // Filters apply to every column.
    await tabTo(page, page.locator('summary', { hasText: 'Filters en sortering' }));
    await page.keyboard.press('Enter');
    await typeInto(page, page.getByLabel('Organisatie van de indiener'), 'zuid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/organisatie=zuid/);
    await see(page.locator('#phase-aanmelding')).contains('(0 aanmeldingen)');
    await see(page.locator('#phase-beschrijven')).contains('(1 aanmelding)');
    await page.goto(`${base}/pijplijn?organisatie=zuid&alleen-vastgelopen=intake`);
    await see(page.locator('#phase-intake')).contains('(1 aanmelding)');
  });

  it('passes the accessibility rules at 390 px without horizontal scrolling', async () => {
    const { base } = web;
    const page = await newPage(PHONE);
    await logIn(page, secretary.user.email);
    for (const [path, name] of [
      ['/aanmeldingen?organisatie=noord&pagina=2', 'phone-staff-list'],
      ['/pijplijn?alleen-vastgelopen=intake', 'phone-board-stuck-only'],
      ['/taken', 'phone-todo-secretary'],
    ] as const) {
      await page.goto(`${base}${path}`);
      await expectAccessible(page, name);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    }
  });
});
