import { readFileSync } from 'node:fs';
import request from 'supertest';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * An admin imports the previous databank's listings: a broken file first, whose dry run names each
 * row's problem in Dutch, then the example file, imported after the confirmation; the public search
 * finds the listings. In Dutch, with axe at 1366 and 390 px; screenshots in test-output/screenshots/.
 */

const EXAMPLE = readFileSync(new URL('../../docs/import/listings.example.csv', import.meta.url));
const BROKEN = Buffer.from(
  ['slug;name;level;decision_date;summary;organisation;contact_name;contact_email', 'goed;Goed voorbeeld;VI;2024-05-01;Tekst;Stichting A;Ann;ann@example.nl'].join('\n'),
);

describe('the admin imports the previous databank in the browser', () => {
  const web = useBrowserApp();
  let adminEmail: string;

  beforeAll(async () => {
    const { t } = web;
    const admin = await createUser(t, ['admin'], { name: 'Anne Beheer', language: 'nl' });
    const chair = await createUser(t, ['chair'], { name: 'Chris Voorzitter', language: 'nl' });
    adminEmail = admin.user.email;
    await request(t.server)
      .post('/committees')
      .set(admin.auth)
      .send({ name: 'Maatschappelijke ondersteuning', databank: 'Databank Effectieve sociale interventies', chairId: chair.user.id, memberIds: [] })
      .expect(201);
  });

  it('reports a broken file per row and imports the example file after the confirmation', async () => {
    const page = await web.newPage();
    await web.logIn(page, adminEmail);
    await page.goto(`${web.base}/beheer`);
    await page.getByRole('link', { name: 'Importeren uit de vorige databank' }).click();
    await page.waitForURL(/\/beheer\/import$/);
    await see(page.locator('main h1')).text('Importeren uit de vorige databank');

    // Nothing chosen: the form names what is missing.
    await page.getByRole('button', { name: 'Controleren (proefimport)' }).click();
    await see(page.getByRole('link', { name: /Wat importeert u\?.*Kies wat u importeert/ })).visible();

    await page.getByLabel('Gepubliceerde interventies (vermeldingen in de databank)').check();
    await see(page.getByLabel('Commissie')).value((await web.t.dataSource.query(`SELECT id FROM committees`))[0].id);
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'kapot.csv', mimeType: 'text/csv', buffer: BROKEN });
    await page.getByRole('button', { name: 'Controleren (proefimport)' }).click();
    const problems = page.getByRole('table', { name: 'Problemen per rij' });
    await see(problems).contains('level');
    await see(problems).contains('Kies een van: goed_beschreven');
    await see(page.locator('main')).contains('Het bestand heeft 1 probleem.');
    await expect(page.getByRole('button', { name: 'Importeren', exact: true }).count()).resolves.toBe(0);
    await expectAccessible(page, 'admin-import-problems');

    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'listings.example.csv', mimeType: 'text/csv', buffer: EXAMPLE });
    await page.getByRole('button', { name: 'Controleren (proefimport)' }).click();
    await see(page.locator('main')).contains('3 rijen: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 met problemen.');
    await see(page.getByRole('table', { name: 'Wat er met elke rij gebeurt' })).contains('buurtcirkel-voorbeeld');
    await expectAccessible(page, 'admin-import-dry-run');

    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Bestand importeren?' });
    await see(dialog).contains('3 interventies worden gepubliceerd in de openbare databank van Maatschappelijke ondersteuning');
    await see(dialog).contains('Niemand krijgt hierover een e-mail.');
    await see(dialog.getByRole('button', { name: 'Annuleren' })).focused();
    await expectAccessible(page, 'admin-import-confirm');
    // Nothing is written until the admin confirms.
    expect((await request(web.t.server).get('/databank/interventions').expect(200)).body.total).toBe(0);

    await dialog.getByRole('button', { name: 'Ja, importeren' }).click();
    await see(page.locator('.status-message')).contains('Geïmporteerd: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
    await see(page.locator('main')).contains('Uitkomst van de import');
    await expectAccessible(page, 'admin-import-done');
    const found = (await request(web.t.server).get('/databank/interventions').query({ q: 'schuldhulp' }).expect(200)).body;
    expect(found.items.map((item: { slug: string }) => item.slug)).toEqual(['schuldhulp-maatje-voorbeeld']);
  });

  it('fits a phone', async () => {
    const page = await web.newPage(PHONE);
    await web.logIn(page, adminEmail);
    await page.goto(`${web.base}/beheer/import`);
    await page.getByLabel('Gepubliceerde interventies (vermeldingen in de databank)').check();
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'listings.example.csv', mimeType: 'text/csv', buffer: EXAMPLE });
    await page.getByRole('button', { name: 'Controleren (proefimport)' }).click();
    await see(page.locator('main')).contains('3 rijen: 0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 0 met problemen.');
    await see(page.locator('main')).contains('Alle rijen zijn al zo geïmporteerd; er verandert niets.');
    await expectAccessible(page, 'admin-import-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
