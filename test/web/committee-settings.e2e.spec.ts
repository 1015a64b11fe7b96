import type { Page } from 'playwright-core';
import request from 'supertest';
import { createDraft } from '../support/applications.js';
import { createUser } from '../support/users.js';
import { createCommittee } from '../committee/support/committee-fixtures.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo, typeInto } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * An admin shortens the validity of Goed beschreven for one committee: the preview names the
 * change and the running case that keeps its version, then the save makes version 2. An owner
 * then sees both databanks in the intake, the closed one with its message. Dutch, axe at 1366 and
 * 390 px; screenshots in test-output/screenshots/.
 */

type TestUser = Awaited<ReturnType<typeof createUser>>;

describe('the admin edits a committee procedure in the browser', () => {
  const web = useBrowserApp();
  let admin: TestUser;
  let owner: TestUser;
  let movisie: string;
  let rivm: string;
  const heading = (page: Page) => page.locator('main h1');

  beforeAll(async () => {
    const { t } = web;
    admin = await createUser(t, ['admin'], { name: 'Anne Beheer', language: 'nl' });
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    const chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter', language: 'nl' });
    movisie = await createCommittee(t, admin, chair, [], 'Maatschappelijke ondersteuning, participatie en veiligheid');
    rivm = await createCommittee(t, admin, chair, [], 'Gezondheidsbevordering en preventie');
    await createDraft(t, owner.auth, { name: 'Buurtkracht', committeeId: rivm });
  });

  it('previews the change, naming the running case that keeps its version, and saves it as version 2', async () => {
    const page = await web.newPage();
    await web.logIn(page, admin.user.email);
    await page.goto(`${web.base}/beheer/commissies/${rivm}`);
    await tabTo(page, page.getByRole('link', { name: 'Procedure-instellingen' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/procedure$/);
    await see(heading(page)).text('Procedure: Gezondheidsbevordering en preventie');
    await see(page.locator('main')).contains('Huidige versie: 1.');
    await expectAccessible(page, 'admin-committee-settings');

    const validity = page.getByRole('group', { name: 'Niveau 0: Goed beschreven' }).getByLabel('Geldigheid in jaren');
    await typeInto(page, validity, '3');
    await tabTo(page, page.getByRole('button', { name: 'Wijzigingen bekijken' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nieuwe versie opslaan?' });
    await see(dialog).contains('Wijzigingen van versie 1 naar 2');
    await see(dialog).contains(
      'Niveau 0: van Goed beschreven, 5 jaar geldig; panel 0 wetenschap + 3 praktijk, een meerderheid naar Goed beschreven, 3 jaar geldig; panel 0 wetenschap + 3 praktijk, een meerderheid',
    );
    await see(dialog).contains('1 lopende zaak houdt de versie waaronder ze zijn aangemeld; alleen nieuwe aanmeldingen volgen versie 2.');
    await see(dialog).contains('Buurtkracht (versie 1)');
    await expectAccessible(page, 'admin-committee-settings-preview');
    // Nothing is saved until the admin confirms.
    expect((await request(web.t.server).get(`/committees/${rivm}/settings`).set(admin.auth).expect(200)).body.version).toBe(1);

    await dialog.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await see(page.locator('.status-message')).contains('Opgeslagen als versie 2.');
    await see(page.locator('.procedure-versions')).contains('Versie 2');
    await see(validity).value('3');
    await expectAccessible(page, 'admin-committee-settings-saved');
    expect((await request(web.t.server).get(`/committees/${rivm}/settings`).set(admin.auth).expect(200)).body.version).toBe(2);
  });

  it('fits a phone, and the owner chooses between the databanks, seeing the closed one’s message', async () => {
    const current = (await request(web.t.server).get(`/committees/${movisie}/settings`).set(admin.auth).expect(200)).body;
    await request(web.t.server)
      .put(`/committees/${movisie}/settings`)
      .set(admin.auth)
      .send({ basedOnVersion: current.version, settings: { ...current.settings, openToApplications: false, closedMessageNl: 'Wij nemen tot 1 maart geen aanmeldingen aan.', closedMessageEn: 'No applications until 1 March.' } })
      .expect(200);

    const adminPage = await web.newPage(PHONE);
    await web.logIn(adminPage, admin.user.email);
    await adminPage.goto(`${web.base}/beheer/commissies/${movisie}/procedure`);
    await see(heading(adminPage)).text('Procedure: Maatschappelijke ondersteuning, participatie en veiligheid');
    await expectAccessible(adminPage, 'admin-committee-settings-phone');
    expect(await horizontalOverflow(adminPage)).toBeLessThanOrEqual(0);

    const page = await web.newPage(PHONE);
    await web.logIn(page, owner.user.email);
    await page.goto(`${web.base}/aanmeldingen/nieuw`);
    const choice = page.getByRole('group', { name: /Bij welke databank meldt u aan/ });
    await see(choice).contains('Wij nemen tot 1 maart geen aanmeldingen aan.');
    await choice.getByLabel(/Maatschappelijke ondersteuning/).check();
    await see(page.locator('.wizard-closed')).contains('Wij nemen tot 1 maart geen aanmeldingen aan.');
    await expectAccessible(page, 'owner-intake-committee-closed-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
