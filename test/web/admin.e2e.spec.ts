import type { Page } from 'playwright-core';
import request from 'supertest';
import { createReviewer, type TestUser } from '../assessment/assessment-helpers.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { enrolTwoFactor, forgetTwoFactor, secondFactorFor } from '../support/two-factor.js';
import { UsersService } from '../../src/users/users.service.js';
import { DESKTOP, PHONE, expectAccessible, horizontalOverflow, see } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The administrator's screens in Debian's Chromium against the real API, PostgreSQL and Redis:
 * accounts (a refused duplicate e-mail next to its field, changed roles, a disabled account that
 * can no longer sign in), a committee with chair and members, a theme, a reviewer's profile and
 * availability (by the admin and by the reviewer on their own profile page), and "not found" for
 * the secretary and the owner. axe-core's WCAG 2.1 A/AA rules on every screen at 1366 and 390 px.
 */

describe('admin screens in the browser', () => {
  let t: TestApp;
  let base: string;
  let admin: TestUser;
  let secretary: TestUser;
  let owner: TestUser;
  let reviewer: TestUser;
  const tag = Date.now().toString(36);
  const themeSlug = `testthema-${tag}`;
  const web = useBrowserApp({
    // Themes survive the reset between test files; this one is only for this run.
    beforeClose: async () => t?.dataSource.query('DELETE FROM themes WHERE slug = $1', [themeSlug]),
  });
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    admin = await createUser(t, ['admin'], { name: 'Bea Beheerder', organisation: 'Movisie' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    owner = await createUser(t, ['owner'], { name: 'Olga Owner', organisation: 'Stichting Samen' });
    reviewer = await createReviewer(t, secretary, 'practice');
  });

  const asAdmin = async (viewport = DESKTOP) => {
    const page = await newPage(viewport);
    await logIn(page, admin.user.email);
    return page;
  };
  const fitsPhone = async (page: Page, name: string) => {
    await expectAccessible(page, name);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  };

  it('creates an account (a taken e-mail is refused next to the field), changes its roles and disables it', async () => {
    const taken = await createUser(t, ['coach'], { name: 'Carla Coach', email: `bezet-${tag}@example.nl` });
    const page = await asAdmin();
    // An admin with no other role starts on the administration page.
    await page.waitForURL('**/beheer');
    await see(page.locator('main h1')).text('Beheer');
    await see(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' })).visible();
    await expectAccessible(page, 'admin-home');
    await page.getByRole('link', { name: 'Gebruikers en rollen' }).click();
    await see(page.locator('main h1')).text('Gebruikers en rollen');
    await see(page.locator('table tbody tr')).count(5);
    await expectAccessible(page, 'admin-users');

    // Search and role filter, kept in the address.
    await page.locator('#field-zoek').fill('carla');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL('**/beheer/gebruikers?zoek=carla');
    await see(page.locator('table tbody tr')).count(1);
    await see(page.locator('table tbody')).contains('Carla Coach');
    await page.locator('#field-zoek').fill('');
    await page.locator('#field-rol').selectOption('reviewer');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await see(page.locator('main [role="status"]').first()).contains('1 gebruiker gevonden.');
    await see(page.locator('table tbody')).contains(reviewer.user.name);

    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await see(page.locator('main h1')).text('Nieuwe gebruiker');
    await page.locator('#field-name').fill('Nina Nieuw');
    await page.locator('#field-email').fill(taken.user.email);
    await page.locator('#field-organisation').fill('Movisie');
    await page.getByRole('checkbox', { name: 'Begeleider' }).check();
    await page.getByRole('checkbox', { name: 'Beoordelaar' }).check();
    await see(page.locator('main form')).contains('De persoon krijgt een e-mail met een link om zelf een wachtwoord te kiezen');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await see(page.locator('.error-summary')).focused();
    await see(page.locator('.error-summary')).contains('E-mailadres: Er bestaat al een account met dit e-mailadres.');
    const emailField = page.locator('.utrecht-form-field', { has: page.locator('#field-email') });
    await see(emailField.locator('.utrecht-form-field-error-message')).contains('Er bestaat al een account met dit e-mailadres.');
    await see(page.locator('#field-email')).attribute('aria-invalid', 'true');
    // What was typed stays.
    await see(page.locator('#field-name')).value('Nina Nieuw');
    await see(page.getByRole('checkbox', { name: 'Beoordelaar' })).checked();
    await expectAccessible(page, 'admin-user-new-errors');

    const email = `nina-${tag}@example.nl`;
    await page.locator('#field-email').fill(email);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await see(page.locator('main h1')).text('Nina Nieuw');
    await see(page.locator('.status-message')).contains('Het account van Nina Nieuw is aangemaakt.');
    const userId = page.url().split('/').pop()!;
    expect((await request(t.server).get(`/users/${userId}`).set(admin.auth).expect(200)).body).toMatchObject({
      email,
      organisation: 'Movisie',
      roles: ['coach', 'reviewer'],
      disabled: false,
    });

    // Roles: not a coach any more, now a secretary.
    await page.getByRole('checkbox', { name: 'Begeleider' }).uncheck();
    await page.getByRole('checkbox', { name: 'Secretaris' }).check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await see(page.locator('.status-message')).contains('De wijzigingen zijn opgeslagen.');
    expect((await request(t.server).get(`/users/${userId}`).set(admin.auth).expect(200)).body.roles.sort()).toEqual(['reviewer', 'secretary']);
    await expectAccessible(page, 'admin-user');

    const phone = await asAdmin(PHONE);
    await phone.goto(`${base}/beheer/gebruikers/${userId}`);
    await see(phone.locator('main h1')).text('Nina Nieuw');
    await fitsPhone(phone, 'admin-user-phone');
    await phone.goto(`${base}/beheer/gebruikers`);
    await see(phone.locator('table tbody tr')).count(6);
    await fitsPhone(phone, 'admin-users-phone');

    // Nina is signed in elsewhere; disabling (after a confirmation) ends that session.
    // (She chose her password through the invitation link and set up her authenticator: test/platform/two-factor.e2e.spec.ts.)
    // Her invitation expired unused: the admin sends a new one (after a confirmation naming the address).
    await page.getByRole('button', { name: 'Uitnodiging opnieuw sturen' }).click();
    await see(page.getByRole('dialog')).contains(`Nina Nieuw krijgt een nieuwe uitnodiging per e-mail op ${email}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, opnieuw uitnodigen' }).click();
    await see(page.locator('.status-message')).contains(`Een nieuwe uitnodiging is verstuurd naar ${email}; de link werkt tot`);
    await t.app.get(UsersService).setPassword(userId, 'een lang startwachtwoord');
    await enrolTwoFactor(t, { id: userId, email });
    const nina = await newPage();
    await logIn(nina, email, 'een lang startwachtwoord');
    await page.getByRole('button', { name: 'Account uitschakelen' }).click();
    await see(page.locator('.confirm-disable')).focused();
    await see(page.locator('.confirm-disable')).contains('Weet u zeker dat u het account van Nina Nieuw wilt uitschakelen?');
    await expectAccessible(page, 'admin-user-disable-confirm');
    await page.getByRole('button', { name: 'Ja, account uitschakelen' }).click();
    await see(page.locator('.status-message')).contains('Het account van Nina Nieuw is uitgeschakeld.');
    await see(page.getByRole('button', { name: 'Account weer inschakelen' })).visible();
    expect((await request(t.server).get(`/users/${userId}`).set(admin.auth).expect(200)).body.disabled).toBe(true);
    await nina.goto(`${base}/profiel`);
    await nina.waitForURL('**/inloggen');
    await nina.locator('#field-email').fill(email);
    await nina.locator('#field-password').fill('een lang startwachtwoord');
    await nina.getByRole('button', { name: 'Inloggen' }).click();
    await see(nina.locator('.form-error')).contains('Het e-mailadres of het wachtwoord klopt niet.');
    expect(nina.url()).toContain('/inloggen');

    // And back: enabled again, Nina can sign in.
    await page.getByRole('button', { name: 'Account weer inschakelen' }).click();
    await see(page.locator('.status-message')).contains('Het account van Nina Nieuw is weer ingeschakeld.');
    await nina.getByRole('button', { name: 'Inloggen' }).click();
    const factor = await secondFactorFor(email);
    await nina.locator('#field-code').fill(factor.code ?? factor.recoveryCode!);
    await nina.getByRole('button', { name: 'Inloggen' }).click();
    await nina.waitForURL((url) => !url.pathname.startsWith('/inloggen'));

    // Nina lost her phone: the admin signs her out everywhere, then resets her two-step sign-in, each after a confirmation.
    await page.getByRole('button', { name: 'Overal uitloggen' }).click();
    const dialog = page.getByRole('dialog');
    await see(dialog).contains('Alle sessies van Nina Nieuw eindigen, op elk apparaat.');
    await expectAccessible(page, 'admin-user-end-sessions-confirm');
    await dialog.getByRole('button', { name: 'Ja, overal uitloggen' }).click();
    await see(page.locator('.status-message')).contains('Nina Nieuw is overal uitgelogd; 1 sessie beëindigd.');
    await nina.goto(`${base}/profiel`);
    await nina.waitForURL('**/inloggen');

    await page.getByRole('button', { name: 'Tweestapsverificatie opnieuw instellen' }).click();
    await see(dialog).contains('Nina Nieuw krijgt hierover een e-mail.');
    await dialog.getByRole('button', { name: 'Ja, opnieuw instellen' }).click();
    await see(page.locator('.status-message')).contains('De tweestapsverificatie van Nina Nieuw is uitgezet; 0 sessies beëindigd.');
    expect(await t.dataSource.query('SELECT 1 FROM user_two_factor WHERE user_id = $1', [userId])).toEqual([]);
    forgetTwoFactor(email);
  });

  it('creates a committee with a chair and members and edits a theme', async () => {
    const chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter' });
    const memberA = await createUser(t, ['committee_member'], { name: 'Lotte Lid' });
    const memberB = await createUser(t, ['committee_member'], { name: 'Maarten Lid' });
    const page = await asAdmin();
    await page.goto(`${base}/beheer/commissies`);
    await see(page.locator('main')).contains('Er zijn nog geen commissies.');
    await page.getByRole('link', { name: 'Nieuwe commissie' }).click();
    await see(page.locator('main h1')).text('Nieuwe commissie');
    await expectAccessible(page, 'admin-committee-new');

    // Without name and chair the API names both fields.
    await page.getByRole('button', { name: 'Commissie aanmaken' }).click();
    await see(page.locator('.error-summary')).focused();
    await see(page.locator('.error-summary')).contains('Naam: Gebruik minstens 2 tekens.');
    await see(page.locator('.error-summary')).contains('Voorzitter: Maak een keuze.');
    await see(page.locator('.utrecht-form-field', { has: page.locator('#field-chairId') }).locator('.utrecht-form-field-error-message')).contains('Maak een keuze.');

    await page.locator('#field-name').fill('Deelcommissie Participatie');
    await page.locator('#field-chairId').selectOption(chair.user.id);
    await page.getByRole('checkbox', { name: 'Lotte Lid' }).check();
    await page.getByRole('checkbox', { name: 'Maarten Lid' }).check();
    await page.getByRole('button', { name: 'Commissie aanmaken' }).click();
    await page.waitForURL('**/beheer/commissies');
    await see(page.locator('.status-message')).contains('Commissie Deelcommissie Participatie is aangemaakt.');
    const card = page.locator('.card', { hasText: 'Deelcommissie Participatie' });
    await see(card).contains('Vera Voorzitter');
    await see(card).contains('2 leden: Lotte Lid, Maarten Lid');
    await expectAccessible(page, 'admin-committees');
    const [committee] = (await request(t.server).get('/committees').set(admin.auth).expect(200)).body;
    expect(committee).toMatchObject({ name: 'Deelcommissie Participatie', chair: { id: chair.user.id }, active: true });
    expect(committee.members.map((member: { id: string }) => member.id).sort()).toEqual([memberA.user.id, memberB.user.id].sort());

    // Editing: one member leaves.
    await card.getByRole('link', { name: 'Deelcommissie Participatie bewerken' }).click();
    await see(page.locator('main h1')).text('Deelcommissie Participatie');
    await page.getByRole('checkbox', { name: 'Maarten Lid' }).uncheck();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await see(page.locator('.status-message')).contains('De wijzigingen zijn opgeslagen.');
    expect((await request(t.server).get(`/committees/${committee.id}`).set(admin.auth).expect(200)).body.members.map((m: { id: string }) => m.id)).toEqual([memberA.user.id]);

    const phone = await asAdmin(PHONE);
    await phone.goto(`${base}/beheer/commissies/${committee.id}`);
    await see(phone.locator('main h1')).text('Deelcommissie Participatie');
    await fitsPhone(phone, 'admin-committee-phone');
    await phone.goto(`${base}/beheer/commissies`);
    await see(phone.locator('.card')).count(1);
    await fitsPhone(phone, 'admin-committees-phone');

    // Themes: add one, then rename it and retire it; an empty name is refused next to the field.
    await page.goto(`${base}/beheer/themas`);
    await see(page.locator('main h1')).text('Thema’s');
    const add = page.locator('section[aria-labelledby="new-theme-title"]');
    await add.locator('#field-new-theme-slug').fill(themeSlug);
    await add.locator('#field-new-theme-nameNl').fill('Testthema');
    await add.locator('#field-new-theme-nameEn').fill('Test theme');
    await add.getByRole('radio', { name: 'Ja' }).check();
    await add.getByRole('button', { name: 'Thema toevoegen' }).click();
    await see(page.locator('.status-message')).contains('Thema Testthema is opgeslagen.');
    await expectAccessible(page, 'admin-themes');
    const theme = page.locator(`article[aria-labelledby="theme-${themeSlug}"]`);
    await theme.getByRole('button', { name: 'Testthema bewerken' }).click();
    await see(theme.locator(`#field-theme-${themeSlug}-nameNl`)).focused();
    await theme.locator(`#field-theme-${themeSlug}-nameEn`).fill('');
    await theme.getByRole('button', { name: 'Thema opslaan' }).click();
    await see(theme.locator('.error-summary')).contains('Naam (Engels): Gebruik minstens 2 tekens.');
    await see(theme.locator('.utrecht-form-field', { has: page.locator(`#field-theme-${themeSlug}-nameEn`) })).contains('Gebruik minstens 2 tekens.');
    await expectAccessible(page, 'admin-theme-errors');
    await theme.locator(`#field-theme-${themeSlug}-nameNl`).fill('Testthema (oud)');
    await theme.locator(`#field-theme-${themeSlug}-nameEn`).fill('Test theme (old)');
    await theme.getByRole('radio', { name: 'Nee' }).check();
    await theme.getByRole('button', { name: 'Thema opslaan' }).click();
    await see(page.locator('.status-message')).contains('Thema Testthema (oud) is opgeslagen.');
    await see(theme).contains('Niet actief');
    await see(theme.getByRole('button', { name: 'Testthema (oud) bewerken' })).focused();
    const stored = (await request(t.server).get('/themes/all').set(admin.auth).expect(200)).body.find((item: { slug: string }) => item.slug === themeSlug);
    expect(stored).toEqual({ slug: themeSlug, nameNl: 'Testthema (oud)', nameEn: 'Test theme (old)', active: false });
    await phone.goto(`${base}/beheer/themas`);
    await see(phone.locator(`article[aria-labelledby="theme-${themeSlug}"]`)).visible();
    await fitsPhone(phone, 'admin-themes-phone');
  });

  it('edits a reviewer’s profile and availability; the reviewer keeps their own availability', async () => {
    const page = await asAdmin();
    await page.goto(`${base}/beheer/beoordelaars`);
    const row = page.locator('tr', { hasText: reviewer.user.name });
    await see(row).contains('Praktijk');
    await see(row).contains('0 van 3');
    await see(row).contains('Neemt uitnodigingen aan');
    await expectAccessible(page, 'admin-reviewers');
    await row.getByRole('link', { name: reviewer.user.name }).click();
    await see(page.locator('main h1')).text(reviewer.user.name);

    await page.locator('#field-maxConcurrentReviews').fill('5');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await see(page.locator('.status-message').first()).contains('Het profiel is opgeslagen.');

    // A period that ends before it starts is refused next to its last day.
    const availability = page.locator('section[aria-labelledby="availability-title"]');
    await availability.getByRole('button', { name: 'Periode toevoegen' }).click();
    await see(availability.getByRole('textbox', { name: /Eerste dag/ })).focused();
    await availability.getByRole('textbox', { name: /Eerste dag/ }).fill('2026-12-20');
    await availability.getByRole('textbox', { name: /Laatste dag/ }).fill('2026-12-01');
    await availability.getByRole('textbox', { name: /Toelichting/ }).fill('Kerstvakantie');
    await availability.getByRole('radio', { name: 'Nee' }).check();
    await availability.getByRole('button', { name: 'Beschikbaarheid opslaan' }).click();
    await see(availability.locator('.error-summary')).focused();
    await see(availability.locator('.error-summary')).contains('Periode 1: Laatste dag: De laatste dag ligt vóór de eerste dag.');
    await see(availability.locator('.utrecht-form-field', { has: page.locator('[id="field-availability-unavailablePeriods.0.until"]') })).contains('De laatste dag ligt vóór de eerste dag.');
    await expectAccessible(page, 'admin-reviewer-errors');
    await availability.getByRole('textbox', { name: /Laatste dag/ }).fill('2027-01-03');
    await availability.getByRole('button', { name: 'Beschikbaarheid opslaan' }).click();
    await see(availability.locator('.status-message')).contains('De beschikbaarheid is opgeslagen.');
    const profile = (await request(t.server).get(`/reviewers/${reviewer.user.id}/profile`).set(admin.auth).expect(200)).body;
    expect(profile).toMatchObject({
      kind: 'practice',
      maxConcurrentReviews: 5,
      acceptingInvitations: false,
      unavailablePeriods: [{ from: '2026-12-20', until: '2027-01-03', note: 'Kerstvakantie' }],
    });

    const phone = await asAdmin(PHONE);
    await phone.goto(`${base}/beheer/beoordelaars/${reviewer.user.id}`);
    await see(phone.locator('main h1')).text(reviewer.user.name);
    await fitsPhone(phone, 'admin-reviewer-phone');
    await phone.goto(`${base}/beheer/beoordelaars`);
    await see(phone.locator('tr', { hasText: reviewer.user.name })).contains('Neemt geen uitnodigingen aan; 1 afwezigheidsperiode');
    await fitsPhone(phone, 'admin-reviewers-phone');

    // The reviewer on their own profile page: kind read-only, availability editable.
    const own = await newPage(PHONE);
    await logIn(own, reviewer.user.email);
    await own.goto(`${base}/profiel`);
    const section = own.locator('section[aria-labelledby="own-availability-title"]');
    await see(section).contains('Praktijkbeoordelaar');
    await see(section.getByRole('textbox', { name: /Toelichting/ })).value('Kerstvakantie');
    await fitsPhone(own, 'reviewer-own-availability-phone');
    await section.getByRole('radio', { name: 'Ja' }).check();
    await section.getByRole('button', { name: 'Periode 1 verwijderen' }).click();
    await section.getByRole('button', { name: 'Beschikbaarheid opslaan' }).click();
    await see(section.locator('.status-message')).contains('De beschikbaarheid is opgeslagen.');
    expect((await request(t.server).get(`/reviewers/${reviewer.user.id}/profile`).set(reviewer.auth).expect(200)).body).toMatchObject({
      acceptingInvitations: true,
      unavailablePeriods: [],
      maxConcurrentReviews: 5,
    });
    await own.setViewportSize(DESKTOP);
    await expectAccessible(own, 'reviewer-own-availability');
  });

  it('is not found for the secretary’s user screens and the owner; the secretary keeps the reviewer pool', async () => {
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/beheer/gebruikers`);
    await see(page.locator('main h1')).text('Pagina niet gevonden');
    await page.goto(`${base}/beheer`);
    await see(page.locator('main h1')).text('Beheer');
    await see(page.locator('main .card')).count(1);
    await see(page.locator('main .card')).contains('Beoordelaars');
    await expectAccessible(page, 'admin-home-secretary');

    const ownerPage = await newPage(PHONE);
    await logIn(ownerPage, owner.user.email);
    await ownerPage.goto(`${base}/beheer/gebruikers`);
    await see(ownerPage.locator('main h1')).text('Pagina niet gevonden');
    await see(ownerPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' })).count(0);
    await ownerPage.goto(`${base}/beheer/beoordelaars`);
    await see(ownerPage.locator('main h1')).text('Pagina niet gevonden');
  });
});
