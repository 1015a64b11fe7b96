import { startIdentityProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type IdentityProvider } from '../support/identity-provider.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The login page offers "Inloggen met Movisie" because the API says OIDC is configured; a
 * secretary signs in through a real OpenID Connect provider by keyboard, and an unknown person is
 * told on the login page that an administrator must grant a role first. In Dutch, with axe at 1366
 * and 390 px; screenshots in test-output/screenshots/.
 */

describe('signing in with the identity provider in the browser', () => {
  let idp: IdentityProvider;
  const web = useBrowserApp({
    overrides: async () => {
      idp = await startIdentityProvider();
      return { OIDC_ISSUER_URL: idp.issuer, OIDC_CLIENT_ID: TEST_CLIENT_ID, OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET, OIDC_BUTTON_LABEL: 'Movisie' };
    },
    afterClose: () => idp.close(),
  });
  const button = 'Inloggen met Movisie';

  beforeAll(async () => {
    idp.registerClient(`${web.base}/auth/oidc/callback`);
    await createUser(web.t, ['secretary'], { email: 'sara@movisie.example', name: 'Sara Secretaris', language: 'nl' });
    idp.accounts.set('sara', { email: 'sara@movisie.example', email_verified: true, name: 'Sara Secretaris' });
    idp.accounts.set('nina', { email: 'nina@movisie.example', email_verified: true, name: 'Nina Nieuw' });
  });

  it('signs a secretary in with the button, by keyboard, into her own home page', async () => {
    const page = await web.newPage();
    await page.goto(`${web.base}/inloggen`);
    await see(page.getByRole('link', { name: button })).visible();
    await expectAccessible(page, 'oidc-login-button');

    idp.signInAs('sara');
    await tabTo(page, page.getByRole('link', { name: button }));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.origin === web.base && !url.pathname.startsWith('/inloggen') && !url.pathname.startsWith('/auth/'));
    await see(page.locator('header')).contains('Sara Secretaris');
  });

  it('tells an unknown person on a phone that an administrator must grant a role first', async () => {
    const page = await web.newPage(PHONE);
    await page.goto(`${web.base}/inloggen`);
    idp.signInAs('nina');
    await page.getByRole('link', { name: button }).click();
    await page.waitForURL(/\/inloggen\?oidc=OIDC_ROLE_PENDING$/);
    await see(page.locator('main')).contains('Inloggen via de identity provider is niet gelukt');
    await see(page.locator('main')).contains('Een beheerder moet u eerst een rol geven');
    await expectAccessible(page, 'oidc-login-role-pending-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('lets the admin find the account waiting for a role and grant one, after which the person signs in', async () => {
    const admin = await createUser(web.t, ['admin'], { name: 'Anne Beheer', language: 'nl' });
    const adminPage = await web.newPage();
    await web.logIn(adminPage, admin.user.email);
    await adminPage.goto(`${web.base}/beheer/gebruikers`);
    const row = adminPage.getByRole('row', { name: /Nina Nieuw/ });
    await see(row).contains('Nog geen rol: wacht op een beheerder');
    await expectAccessible(adminPage, 'oidc-admin-user-waiting-for-role');
    await row.getByRole('link', { name: 'Nina Nieuw' }).click();
    await adminPage.getByRole('checkbox', { name: 'Beoordelaar' }).check();
    await adminPage.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await see(adminPage.locator('main')).contains('De wijzigingen zijn opgeslagen.');

    const page = await web.newPage();
    await page.goto(`${web.base}/inloggen`);
    idp.signInAs('nina');
    await page.getByRole('link', { name: button }).click();
    await page.waitForURL((url) => url.origin === web.base && !url.pathname.startsWith('/inloggen') && !url.pathname.startsWith('/auth/'));
    await see(page.locator('header')).contains('Nina Nieuw');
  });
});
