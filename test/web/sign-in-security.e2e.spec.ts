import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { generate } from 'otplib';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { waitFor } from '../notifications/support/worker.js';
import { createUser } from '../support/users.js';
import { DESKTOP, PHONE, expectAccessible, horizontalOverflow, see } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * In Dutch, at 1366 and 390 wide: an invited secretary chooses a password from the mail link, sets
 * up an authenticator and signs in; an owner resets a forgotten password from the mail link; and
 * ends a session elsewhere from the profile page.
 */
describe('sign-in security in the browser', () => {
  let sink: SmtpSink;
  const web = useBrowserApp({
    overrides: async () => {
      sink = await SmtpSink.start();
      return { SMTP_URL: sink.url };
    },
    afterClose: async () => sink?.close(),
  });

  /** The path of the newest mailed link to this address (`/wachtwoord-instellen#…`). */
  const mailedLink = async (email: string, after: number) => {
    const mail = await waitFor(`a mail to ${email}`, () => sink.messages.slice(after).findLast((message) => message.to.includes(email)));
    return /\/wachtwoord-instellen#[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
  };
  const fitsPhone = async (page: Page, name: string) => {
    await expectAccessible(page, name);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  };

  it('lets an invited secretary choose a password, set up an authenticator and sign in', async () => {
    const admin = await createUser(web.t, ['admin']);
    const before = sink.messages.length;
    await request(web.t.server)
      .post('/users')
      .set(admin.auth)
      .send({ name: 'Sanne Secretaris', email: 'sanne@movisie.nl', organisation: 'Movisie', roles: ['secretary'] })
      .expect(201);
    const link = await mailedLink('sanne@movisie.nl', before);

    const page = await web.newPage(DESKTOP);
    await page.goto(`${web.base}${link}`);
    await see(page.locator('main h1')).text('Welkom: kies uw wachtwoord');
    await see(page.locator('main')).contains('Voor het account van Sanne Secretaris (sanne@movisie.nl).');
    await expectAccessible(page, 'set-password-invitation');
    await page.locator('#field-password').fill('een-eigen-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await see(page.locator('main')).contains('Bij het inloggen stelt u een authenticator-app in.');

    // The same link again: refused, with a way to a new one.
    await page.goto(`${web.base}/inloggen`);
    await page.goto(`${web.base}${link}`);
    await see(page.locator('main')).contains('Deze link is al gebruikt.');
    await see(page.getByRole('link', { name: 'Vraag een nieuwe link aan' })).visible();

    await page.goto(`${web.base}/inloggen`);
    await page.locator('#field-email').fill('sanne@movisie.nl');
    await page.locator('#field-password').fill('een-eigen-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await see(page.locator('main h1')).text('Authenticator-app instellen');
    await see(page.locator('img.two-factor-qr')).visible();
    await expectAccessible(page, 'two-factor-enrol');
    const secret = (await page.locator('.two-factor-secret').textContent())!.trim();

    await page.locator('#field-code').fill('000000');
    await page.getByRole('button', { name: 'Instellen en inloggen' }).click();
    await see(page.locator('.error-summary')).contains('De code is onjuist, verlopen of al gebruikt.');
    await page.locator('#field-code').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Instellen en inloggen' }).click();
    await see(page.locator('main h1')).text('Bewaar uw herstelcodes');
    await see(page.locator('.recovery-codes li')).count(10);
    await expectAccessible(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'Ik heb de codes bewaard, verder' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));

    // On a phone: the next sign-in asks for the code.
    const phone = await web.newPage(PHONE);
    await phone.goto(`${web.base}/inloggen`);
    await phone.locator('#field-email').fill('sanne@movisie.nl');
    await phone.locator('#field-password').fill('een-eigen-wachtwoord');
    await phone.getByRole('button', { name: 'Inloggen' }).click();
    await see(phone.locator('main h1')).text('Code invullen');
    await fitsPhone(phone, 'two-factor-code-phone');
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 30_000 + 1) * 30 });
    await phone.locator('#field-code').fill(next);
    await phone.getByRole('button', { name: 'Inloggen' }).click();
    await phone.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  });

  it('lets an owner reset a forgotten password from the mail link, and end a session elsewhere', async () => {
    const owner = await createUser(web.t, ['owner'], { name: 'Olga Eigenaar' });
    const elsewhere = await web.newPage(DESKTOP);
    await web.logIn(elsewhere, owner.user.email);

    const page = await web.newPage(PHONE);
    await page.goto(`${web.base}/inloggen`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await see(page.locator('main h1')).text('Wachtwoord vergeten');
    const before = sink.messages.length;
    await page.locator('#field-email').fill(owner.user.email);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await see(page.locator('main')).contains('Als er een account met dit e-mailadres is, ontvangt u binnen enkele minuten een e-mail');
    await fitsPhone(page, 'forgot-password-sent-phone');

    await page.goto(`${web.base}${await mailedLink(owner.user.email, before)}`);
    await see(page.locator('main h1')).text('Nieuw wachtwoord kiezen');
    await fitsPhone(page, 'set-password-reset-phone');
    await page.locator('#field-password').fill('mijn-nieuwe-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await see(page.locator('main')).contains('Uw wachtwoord is opgeslagen. U kunt nu inloggen.');
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await web.logIn(page, owner.user.email, 'mijn-nieuwe-wachtwoord');

    // The reset ended the other session; sign in there again, then end it from the profile page.
    await web.logIn(elsewhere, owner.user.email, 'mijn-nieuwe-wachtwoord');
    await page.goto(`${web.base}/profiel`);
    await see(page.locator('#my-sessions-heading')).text('Waar u bent ingelogd');
    await see(page.locator('main table tbody tr')).count(2);
    await see(page.locator('main table')).contains('Deze sessie');
    await fitsPhone(page, 'my-sessions-phone');
    await page.getByRole('button', { name: 'Beëindigen' }).click();
    await see(page.locator('main')).contains('De sessie is beëindigd.');
    await see(page.locator('main table tbody tr')).count(1);
    await elsewhere.goto(`${web.base}/profiel`);
    await elsewhere.waitForURL('**/inloggen');

    const desktop = await web.newPage(DESKTOP);
    await web.logIn(desktop, owner.user.email, 'mijn-nieuwe-wachtwoord');
    await desktop.goto(`${web.base}/profiel`);
    await see(desktop.locator('main table tbody tr')).count(2);
    await expectAccessible(desktop, 'my-sessions');

    // An owner may turn two-step sign-in on, and off again with a code.
    await desktop.getByRole('button', { name: 'Authenticator-app instellen' }).click();
    const secret = (await desktop.locator('.two-factor-secret').textContent())!.trim();
    await desktop.locator('#field-code').fill(await generate({ secret }));
    await desktop.getByRole('button', { name: 'Aanzetten' }).click();
    await see(desktop.locator('.recovery-codes li')).count(10);
    await expectAccessible(desktop, 'my-two-factor-recovery-codes');
    await desktop.getByRole('button', { name: 'Ik heb de codes bewaard, verder' }).click();
    await see(desktop.locator('main')).contains('Inloggen in twee stappen staat aan. U heeft nog 10 ongebruikte herstelcodes.');
    await desktop.locator('#field-code').fill(await generate({ secret, epoch: Math.floor(Date.now() / 30_000 + 1) * 30 }));
    await desktop.getByRole('button', { name: 'Uitzetten' }).click();
    await see(desktop.locator('main')).contains('Inloggen in twee stappen staat uit. Zet het aan');
  });
});
