import type { TestingModule } from '@nestjs/testing';
import type { Page } from 'playwright-core';
import { createDraft, step } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { settle } from '../deadlines/support.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { startWorker } from '../notifications/support/worker.js';
import { PHONE, expectAccessible, horizontalOverflow, see } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * A secretary's quieter inbox (grouped per application and day, a group marked read), their
 * choice of e-mail per topic on the profile page, and an admin rewording a mail with placeholders,
 * a refused unknown placeholder, a preview with a real application, save and reset. In Dutch, with
 * axe on every screen at 1366 and 390 px; screenshots in test-output/screenshots/.
 */

type TestUser = Awaited<ReturnType<typeof createUser>>;

describe('grouped inbox, notification preferences and mail templates in the browser', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let base: string;
  let owner: TestUser;
  let secretary: TestUser;
  let admin: TestUser;
  const web = useBrowserApp({
    overrides: async () => {
      sink = await SmtpSink.start();
      return { SMTP_URL: sink.url, MAIL_RETRY_DELAY_MS: '20' };
    },
    beforeClose: async () => worker?.close(),
    afterClose: async () => sink?.close(),
  });
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    worker = await startWorker(t.config);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'nl' });
    admin = await createUser(t, ['admin'], { name: 'Anne Beheer', organisation: 'Movisie', language: 'nl' });
    // An afternoon's work: two applications come in, one gets a question answered.
    const money = await createDraft(t, owner.auth, { name: 'Rond met Geld' });
    const district = await createDraft(t, owner.auth, { name: 'Buurtkracht' });
    await step(t, owner.auth, money.id, 'submit', { version: 1 });
    await step(t, owner.auth, district.id, 'submit', { version: 1 });
    await step(t, secretary.auth, money.id, 'request-information', { version: 2, question: 'Op hoeveel locaties?' });
    await step(t, owner.auth, money.id, 'provide-information', { version: 3, answer: 'Op drie locaties.' });
    await settle(worker, t.dataSource, t.config.REDIS_URL);
  });

  const heading = (page: Page) => page.locator('main h1');
  const status = (page: Page) => page.locator('.status-message');

  it('groups the secretary’s notifications per application and day, without their own question, and marks one group read', async () => {
    for (const viewport of [PHONE, undefined]) {
      const page = await newPage(viewport);
      await logIn(page, secretary.user.email);
      await page.goto(`${base}/meldingen`);
      await see(heading(page)).text('Meldingen');
      await see(page.locator('.inbox-group')).count(2);
      const money = page.locator('.inbox-group', { hasText: 'Rond met Geld' });
      await see(money.locator('h2')).text('Rond met Geld — vandaag: 2 meldingen');
      await see(money).contains('2 ongelezen');
      await see(money).contains('Antwoord ontvangen: Rond met Geld');
      // The secretary asked the question herself: it is not in her list.
      await see(page.locator('main')).lacks('Vraag over uw aanmelding');
      const suffix = viewport ? 'phone' : 'desktop';
      await expectAccessible(page, `notify-inbox-grouped-${suffix}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (viewport) continue;

      await money.getByRole('button', { name: /^Markeer als gelezen\s*: Rond met Geld, vandaag$/ }).click();
      await see(status(page)).contains('2 meldingen zijn als gelezen gemarkeerd.');
      await see(page.locator('.unread-count')).text('U hebt 1 ongelezen melding.');
      await see(money).contains('alles gelezen');
      await see(page.locator('.inbox-group', { hasText: 'Buurtkracht' })).contains('1 ongelezen');
      await expectAccessible(page, 'notify-inbox-group-read');
    }
  });

  it('lets the secretary choose the daily digest for intake on the profile page; the server’s always-mailed list is shown', async () => {
    for (const viewport of [PHONE, undefined]) {
      const page = await newPage(viewport);
      await logIn(page, secretary.user.email);
      await page.goto(`${base}/profiel`);
      await see(page.locator('#meldingen-per-e-mail')).text('Meldingen per e-mail');
      await see(page.locator('.notification-preferences')).contains('het besluit van de commissie');
      const intake = page.getByLabel('Aanmelding en toelating');
      await see(intake).value('immediate');
      const suffix = viewport ? 'phone' : 'desktop';
      await expectAccessible(page, `notify-preferences-${suffix}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (viewport) continue;

      await intake.selectOption({ label: 'Eén keer per dag, in het dagoverzicht' });
      await page.getByLabel('Termijnen en herinneringen').selectOption({ label: 'Alleen in de app' });
      await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
      await see(page.locator('.notification-preferences .status-message')).contains('Uw voorkeuren voor meldingen zijn opgeslagen.');
      const rows: { topic: string; delivery: string }[] = await t.dataSource.query(
        `SELECT topic, delivery FROM notification_preferences WHERE user_id = $1 ORDER BY topic`,
        [secretary.user.id],
      );
      expect(rows.find((row) => row.topic === 'intake')?.delivery).toBe('daily_digest');
      expect(rows.find((row) => row.topic === 'deadlines')?.delivery).toBe('in_app');
      await page.reload();
      await see(page.getByLabel('Aanmelding en toelating')).value('daily_digest');
      await expectAccessible(page, 'notify-preferences-saved');
    }
  });

  it('lets an admin reword the invitation mail with placeholders: an unknown one is refused, the preview uses a real application, save and reset', async () => {
    const page = await newPage();
    await logIn(page, admin.user.email);
    await page.goto(`${base}/beheer`);
    await page.getByRole('link', { name: 'E-mailteksten' }).click();
    await see(heading(page)).text('E-mailteksten');
    await expectAccessible(page, 'notify-templates-list');
    await page.getByRole('link', { name: 'Tekst van “Uitnodiging om te beoordelen: …” bewerken' }).click();
    await see(heading(page)).text('E-mailtekst: Uitnodiging om te beoordelen: {{aanvraag}}');
    const subject = page.locator('input[name="subject"]');
    const body = page.locator('textarea[name="body"]');
    await see(subject).value('Uitnodiging om te beoordelen: {{aanvraag}}');
    await see(page.locator('.mail-template-placeholders')).contains('{{deadline}}');
    await see(page.locator('main')).contains('Dit is de standaardtekst.');
    await expectAccessible(page, 'notify-template-edit');

    await body.fill('Wilt u {{aanvraag}} beoordelen?\n\nAntwoord voor {{termijn_datum}}.');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await see(page.locator('.utrecht-form-field-error-message, .error-summary').first()).contains('De plaatsaanduiding {{termijn_datum}} bestaat niet voor deze e-mail.');
    await expectAccessible(page, 'notify-template-error');

    await body.fill('Wilt u {{aanvraag}} <b>beoordelen</b>?\n\nAntwoord voor {{deadline}}.');
    await page.getByLabel('Voorbeeld met de aanmelding').selectOption({ label: await page.getByLabel('Voorbeeld met de aanmelding').locator('option', { hasText: 'Rond met Geld' }).innerText() });
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    await see(page.locator('#mail-preview-title')).focused();
    await see(page.locator('.mail-preview')).contains('Uitnodiging om te beoordelen: Rond met Geld');
    await see(page.locator('.mail-preview')).contains('Wilt u Rond met Geld <b>beoordelen</b>?');
    await see(page.locator('.mail-preview')).contains('er is niets verstuurd');
    await expectAccessible(page, 'notify-template-preview');

    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await see(status(page)).contains('De tekst is opgeslagen.');
    const [stored] = await t.dataSource.query(`SELECT body FROM mail_template_overrides WHERE template = 'panel-invitation' AND language = 'nl'`);
    expect(stored.body).toBe('Wilt u {{aanvraag}} <b>beoordelen</b>?\n\nAntwoord voor {{deadline}}.');

    await page.getByRole('button', { name: 'Terug naar de standaardtekst' }).click();
    await see(status(page)).contains('De standaardtekst geldt weer.');
    expect(await page.locator('textarea[name="body"]').inputValue()).toContain('Laat ons uiterlijk {{deadline}} weten');
    expect(await t.dataSource.query(`SELECT 1 FROM mail_template_overrides`)).toEqual([]);

    const phone = await newPage(PHONE);
    await logIn(phone, admin.user.email);
    await phone.goto(`${base}/beheer/e-mailteksten/panel-invitation`);
    await see(phone.locator('input[name="subject"]')).value('Uitnodiging om te beoordelen: {{aanvraag}}');
    await expectAccessible(phone, 'notify-template-edit-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });
});
