import type { Page } from 'playwright-core';
import request from 'supertest';
import { WorkingDayCalendar } from '../../src/calendar/working-days.js';
import { createDraft, step } from '../support/applications.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo, typeInto } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * An admin lowers the intake phase's stuck threshold by keyboard: a refused value first, then the
 * confirmation with the API's count of cases that become stuck, then the save, after which the
 * staff list's stuck filter follows. In Dutch, with axe at 1366 and 390 px; screenshots in
 * test-output/screenshots/.
 */

type TestUser = Awaited<ReturnType<typeof createUser>>;

describe('the admin edits the stuck thresholds in the browser', () => {
  const web = useBrowserApp();
  let admin: TestUser;
  let secretary: TestUser;
  const heading = (page: Page) => page.locator('main h1');
  const intakeField = (page: Page) => page.getByLabel('Intake: werkdagen');

  beforeAll(async () => {
    const { t } = web;
    admin = await createUser(t, ['admin'], { name: 'Anne Beheer', language: 'nl' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'nl' });
    const owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    // Two applications waiting for admission: eight and twelve working days (the default limit is ten).
    const calendar = new WorkingDayCalendar();
    for (const days of [8, 12]) {
      const draft = await createDraft(t, owner.auth, { name: `Wacht ${days} werkdagen` });
      await step(t, owner.auth, draft.id, 'submit', { version: draft.version });
      await t.dataSource.query(`UPDATE applications SET state_changed_at = $2 WHERE id = $1`, [draft.id, calendar.addWorkingDays(new Date(), -days)]);
    }
  });

  /** How many cases the secretary's list finds with the filter "stuck". */
  const stuckInList = async () => (await request(web.t.server).get('/staff/applications?stuck=true').set(secretary.auth).expect(200)).body.total as number;

  it('shows the thresholds with an explanation per phase on a phone, and refuses a value out of range naming the field', async () => {
    const page = await web.newPage(PHONE);
    await web.logIn(page, admin.user.email);
    await page.goto(`${web.base}/beheer/vastgelopen`);
    await see(heading(page)).text('Vastgelopen zaken');
    await see(intakeField(page)).value('10');
    await see(page.locator('main')).contains('De indiener schrijft het werkblad');
    await see(page.locator('main')).contains('De termijnen zijn nog niet gewijzigd.');
    await expectAccessible(page, 'admin-stuck-thresholds-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await typeInto(page, page.getByLabel('Beoordelen: werkdagen'), '0');
    await page.keyboard.press('Enter');
    await see(page.getByRole('link', { name: /Beoordelen: werkdagen.*Vul 1 of meer in/ })).visible();
    await expectAccessible(page, 'admin-stuck-thresholds-invalid-phone');
    expect(await stuckInList()).toBe(1);
  });

  it('lets the admin change one value by keyboard, see how many cases become stuck, and save', async () => {
    const page = await web.newPage();
    await web.logIn(page, admin.user.email);
    await page.goto(`${web.base}/beheer`);
    await tabTo(page, page.getByRole('link', { name: 'Vastgelopen zaken' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/beheer\/vastgelopen$/);
    await see(heading(page)).text('Vastgelopen zaken');
    await expectAccessible(page, 'admin-stuck-thresholds');

    await typeInto(page, intakeField(page), '5');
    await tabTo(page, page.getByRole('button', { name: 'Wijzigingen bekijken' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nieuwe termijnen opslaan?' });
    await see(dialog).contains('Met deze waarden raakt 1 zaak vastgelopen en zijn 0 zaken niet meer vastgelopen.');
    await see(dialog).contains('Nu is 1 zaak vastgelopen, daarna 2.');
    await see(dialog.getByRole('button', { name: 'Opslaan' })).focused();
    await expectAccessible(page, 'admin-stuck-thresholds-confirm');
    // Nothing is saved until the admin confirms.
    expect(await stuckInList()).toBe(1);

    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('De termijnen zijn opgeslagen.');
    await see(page.locator('.stuck-threshold-changes')).contains('Intake: van 10 naar 5 werkdagen door Anne Beheer');
    await see(intakeField(page)).value('5');
    await expectAccessible(page, 'admin-stuck-thresholds-saved');
    expect(await stuckInList()).toBe(2);
  });
});
