import type { Page } from 'playwright-core';
import { createDraft, step } from '../support/applications.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The privacy duties in the browser, in Dutch, with axe at 1366 and 390 px (screenshots in
 * test-output/screenshots/): the admin's dry run and clean-up with its confirmation, an erasure
 * confirmed on a user's page, and an owner downloading their own data from their profile.
 */

type TestUser = Awaited<ReturnType<typeof createUser>>;

describe('privacy duties in the browser', () => {
  const web = useBrowserApp();
  let admin: TestUser;
  let owner: TestUser;
  let formerOwner: TestUser;
  const heading = (page: Page) => page.locator('main h1');

  beforeAll(async () => {
    const { t } = web;
    admin = await createUser(t, ['admin'], { name: 'Anne Beheer', language: 'nl' });
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', email: 'olga.eigenaar@example.nl', language: 'nl' });
    formerOwner = await createUser(t, ['owner'], { name: 'Frits Vroeger', email: 'frits.vroeger@example.nl', language: 'nl' });
    // A draft untouched for 400 days (past the 365-day term) and the former owner's withdrawn application.
    const oldDraft = await createDraft(t, owner.auth, { name: 'Oud concept' });
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '400 days', updated_at = now() - interval '400 days' WHERE id = $1`, [oldDraft.id]);
    await createDraft(t, owner.auth, { name: 'Vers concept' });
    const withdrawn = await createDraft(t, formerOwner.auth, { contactName: 'Frits Vroeger', contactEmail: 'frits.vroeger@example.nl' });
    await step(t, formerOwner.auth, withdrawn.id, 'withdraw', { version: withdrawn.version });
  });

  it('lets the admin see what the clean-up would remove, and run it after a confirmation', async () => {
    const page = await web.newPage();
    await web.logIn(page, admin.user.email);
    await page.goto(`${web.base}/beheer`);
    await tabTo(page, page.getByRole('link', { name: 'Privacy (AVG)' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/beheer\/privacy$/);
    await see(heading(page)).text('Privacy (AVG)');
    await see(page.getByLabel('Nooit ingediende concepten: dagen')).value('365');
    await see(page.locator('main')).contains('Er is nog niet opgeschoond.');
    await see(page.locator('main')).contains('Nooit ingediende concepten: contactgegevens gewist na 365 dagen');
    await expectAccessible(page, 'privacy-admin');

    await page.getByRole('button', { name: 'Proefdraai' }).click();
    const table = page.getByRole('table', { name: /Proefdraai van/ });
    await see(table.getByRole('row', { name: /Nooit ingediende concepten/ })).contains('1 wordt geanonimiseerd');
    await see(table.getByRole('row', { name: /Meldingen en e-maillog/ })).contains('0 wordt verwijderd');
    await expectAccessible(page, 'privacy-admin-dry-run');

    await page.getByRole('button', { name: 'Nu opschonen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nu opschonen?' });
    await see(dialog).contains('1 gegeven wordt nu verwijderd of geanonimiseerd');
    await see(dialog).contains('Niemand krijgt hierover een bericht.');
    await see(dialog.getByRole('button', { name: 'Annuleren' })).focused();
    await expectAccessible(page, 'privacy-admin-confirm-run');
    await dialog.getByRole('button', { name: 'Opschonen' }).click();
    await see(page.locator('.status-message')).contains('De opschoning is uitgevoerd: 1 gegeven verwijderd of geanonimiseerd.');
    await see(page.getByRole('table', { name: 'Opschoningen, nieuwste eerst, met het aantal per soort' }).getByRole('row', { name: /Anne Beheer/ })).visible();
    await expectAccessible(page, 'privacy-admin-after-run');
    const [draft] = await web.t.dataSource.query(`SELECT contact_email FROM applications WHERE name = 'Oud concept'`);
    expect(draft.contact_email).toBe('');

    const phone = await web.newPage(PHONE);
    await web.logIn(phone, admin.user.email);
    await phone.goto(`${web.base}/beheer/privacy`);
    await see(heading(phone)).text('Privacy (AVG)');
    await expectAccessible(phone, 'privacy-admin-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });

  it('erases a person after a confirmation that says what happens and who hears of it', async () => {
    const page = await web.newPage();
    await web.logIn(page, admin.user.email);
    await page.goto(`${web.base}/beheer/gebruikers/${formerOwner.user.id}`);
    await see(heading(page)).text('Frits Vroeger');
    await page.getByRole('button', { name: 'Wissen voorbereiden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Frits Vroeger wissen?' });
    await see(dialog).contains('kan niet meer inloggen');
    await see(dialog).contains('1 sessie beëindigd, 0 meldingen verwijderd, contactgegevens van 1 aanmelding gewist');
    await see(dialog).contains('Niemand krijgt hierover een bericht');
    await expectAccessible(page, 'privacy-erasure-confirm');
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await see(page.locator('.status-message')).contains('De persoon is gewist.');
    await see(heading(page)).text('Verwijderde gebruiker');

    // The admin's own account is refused, with the reason.
    await page.goto(`${web.base}/beheer/gebruikers/${admin.user.id}`);
    await see(heading(page)).text('Anne Beheer');
    await page.getByRole('button', { name: 'Wissen voorbereiden' }).click();
    await see(page.locator('section[aria-labelledby="user-erasure-title"]')).contains('U kunt uw eigen account niet wissen.');
    await expectAccessible(page, 'privacy-erasure-refused');
  });

  it('lets an owner download their own data from their profile, on a phone', async () => {
    const page = await web.newPage(PHONE);
    await web.logIn(page, owner.user.email);
    await page.goto(`${web.base}/profiel`);
    await see(page.getByRole('heading', { name: 'Mijn gegevens' })).visible();
    await expectAccessible(page, 'privacy-own-data-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Mijn gegevens downloaden (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(data.profile).toMatchObject({ email: 'olga.eigenaar@example.nl', name: 'Olga Eigenaar' });
    expect(data.applications.map((application: { name: string }) => application.name).sort()).toEqual(['Oud concept', 'Vers concept']);
  });
});
