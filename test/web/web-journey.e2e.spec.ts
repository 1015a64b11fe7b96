import type { Page } from 'playwright-core';
import request from 'supertest';
import { createDraft, step } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, eventually, horizontalOverflow, see, tabTo, typeInto, expectAccessible } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The web application in Debian's Chromium against the real API, PostgreSQL and Redis: the owner
 * registers and applies by keyboard alone, the secretary admits with a coach, the coach sees the
 * caseload; the refusals; axe-core's WCAG 2.1 A/AA rules on every screen at 1366 and 390 px.
 * Screenshots of the key screens go to test-output/screenshots/.
 */

/** The browser globals used inside page callbacks (this program has no DOM types). */
declare const document: { activeElement: { id: string } | null };

describe('web application in the browser', () => {
  let t: TestApp;
  let base: string;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let applicationId = '';
  const owner = { name: 'Olga Owner', organisation: 'Stichting Samen', email: `olga-${Date.now()}@example.nl`, password: 'een lange zin als wachtwoord 2026' };
  const web = useBrowserApp();
  const { newPage, logIn, pageProblems } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
  });

  const heading = (page: Page) => page.locator('main h1');

  it('lets an owner register, fill in the intake wizard and submit it with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/inloggen$/);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectAccessible(page, 'login');

    // On a fresh page load the skip link is the first stop, and it jumps to the content.
    await page.goto(`${base}/inloggen`);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, page.getByRole('link', { name: 'registreer u hier' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/registreren$/);
    await expectAccessible(page, 'register');
    await typeInto(page, page.locator('#field-name'), owner.name);
    await typeInto(page, page.locator('#field-organisation'), owner.organisation);
    await typeInto(page, page.locator('#field-email'), owner.email);
    await typeInto(page, page.locator('#field-password'), owner.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aanmeldingen$/);
    await see(heading(page)).text('Mijn aanmeldingen');
    await expectAccessible(page, 'owner-applications-empty');

    await tabTo(page, page.getByRole('link', { name: 'Nieuwe aanmelding starten' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aanmeldingen\/nieuw$/);
    await expectAccessible(page, 'wizard-step-1');

    // Saving step 1 without a name or level: the API's field errors, summarised and focused.
    await typeInto(page, page.locator('#field-name'), '');
    await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await see(summary).focused();
    await see(summary).contains('Naam van de interventie: Gebruik minstens 2 tekens.');
    await see(summary).contains('Beoogd erkenningsniveau: Maak een keuze.');
    const nameField = page.locator('#field-name');
    await see(nameField).attribute('aria-invalid', 'true');
    const describedBy = (await nameField.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(' ')).toContain('Gebruik minstens 2 tekens.');
    await expectAccessible(page, 'wizard-step-1-errors');

    // A direction character, which could turn the name around in e-mails and letters, is refused in words.
    await nameField.fill('Samen \u202Etegen');
    await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
    await page.keyboard.press('Enter');
    await see(summary).contains('Naam van de interventie: Gebruik één regel, zonder stuur- of richtingstekens');
    await nameField.fill('');

    // The summary's link leads to the field.
    await tabTo(page, summary.getByRole('link', { name: /^Naam van de interventie:/ }));
    await page.keyboard.press('Enter');
    await see(nameField).focused();

    await page.keyboard.type('Samen tegen eenzaamheid');
    await tabTo(page, page.locator('#field-targetLevel'));
    await page.keyboard.press('Space');
    await see(page.locator('#field-targetLevel')).checked();
    await typeInto(page, page.locator('#field-contactPhone'), '030 123 45 67');
    await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
    await page.keyboard.press('Enter');
    await see(page.locator('form h2')).contains('Stap 2 van 4');
    await see(page.locator('form h2')).focused();
    await expectAccessible(page, 'wizard-step-2');

    await typeInto(page, page.locator('#field-summary'), 'Huisbezoeken door getrainde vrijwilligers aan eenzame ouderen in de wijk.');
    await see(page.locator('.word-count')).text('10 van de 300 woorden');
    await typeInto(page, page.locator('#field-goal'), 'Minder eenzaamheid bij ouderen.');
    await typeInto(page, page.locator('#field-targetGroup'), 'Ouderen van 70 jaar en ouder die alleen wonen.');
    await typeInto(page, page.locator('#field-approach'), 'Tien huisbezoeken in zes maanden, daarna een groepsactiviteit.');
    await tabTo(page, page.getByRole('checkbox', { name: 'Eenzaamheid' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
    await page.keyboard.press('Enter');
    await see(page.locator('form h2')).contains('Stap 3 van 4');
    await expectAccessible(page, 'wizard-step-3');

    await typeInto(page, page.locator('#field-yearsInPractice'), '4');
    await typeInto(page, page.locator('#field-organisationsCount'), '3');
    for (const field of ['hasHandbook', 'handbookInDutch', 'hasProcessEvaluation']) {
      await tabTo(page, page.locator(`#field-${field}`));
      await page.keyboard.press('Space');
    }
    await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
    await page.keyboard.press('Enter');
    await see(page.locator('form h2')).contains('Stap 4 van 4');
    await see(page.locator('main')).contains('Samen tegen eenzaamheid');
    await expectAccessible(page, 'wizard-step-4-review');

    await tabTo(page, page.getByRole('button', { name: 'Aanmelding indienen' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop()!;
    await see(heading(page)).text('Samen tegen eenzaamheid');
    await see(page.locator('.status-message')).contains('Uw aanmelding is ingediend');
    await see(page.locator('.status-badge').first()).text('Wacht op intake');
    await see(page.locator('[aria-current="step"]')).contains('Intake');
    await see(page.locator('.turn')).text('Het secretariaat is aan zet');
    // Only what the server allows: withdrawing, not submitting or editing again.
    await see(page.getByRole('button', { name: 'Aanmelding intrekken' })).visible();
    await see(page.getByRole('button', { name: 'Aanmelding indienen' })).count(0);
    await see(page.getByRole('link', { name: 'Aanmelding bewerken' })).count(0);
    await see(page.locator('.timeline')).contains('Aanmelding ingediend');
    await expectAccessible(page, 'owner-application-submitted');

    const stored = await t.dataSource.query(`SELECT state, name, themes, years_in_practice FROM applications WHERE id = $1`, [applicationId]);
    expect(stored).toEqual([{ state: 'intake', name: 'Samen tegen eenzaamheid', themes: ['eenzaamheid'], years_in_practice: 4 }]);
  });

  it('refuses an incomplete intake on submission, naming each missing field and leading to it', async () => {
    const page = await newPage();
    await logIn(page, owner.email, owner.password);
    await page.goto(`${base}/aanmeldingen/nieuw`);
    await page.locator('#field-name').fill('Schuldhulp in de buurt');
    await page.locator('#field-targetLevel').check();
    for (let step = 2; step <= 4; step++) {
      await page.getByRole('button', { name: 'Opslaan en verder' }).click();
      await see(page.locator('form h2')).contains(`Stap ${step} van 4`);
    }
    await page.getByRole('button', { name: 'Aanmelding indienen' }).click();
    const summary = page.locator('.error-summary');
    await see(summary).focused();
    for (const label of ['Korte samenvatting', 'Doel', 'Doelgroep', 'Aanpak', 'Is er een handboek of handleiding?'])
      await see(summary).contains(`${label}: Dit is verplicht.`);
    await see(summary).contains('Thema’s: Kies minstens één thema.');
    await expectAccessible(page, 'wizard-submit-refused');

    await summary.getByRole('link', { name: /^Doel:/ }).click();
    await see(page.locator('form h2')).contains('Stap 2 van 4');
    await see(page.locator('#field-goal')).focused();
    await see(page.locator('#field-goal')).attribute('aria-invalid', 'true');
    const [{ state }] = await t.dataSource.query(`SELECT state FROM applications WHERE name = 'Schuldhulp in de buurt'`);
    expect(state).toBe('draft');
  });

  it('keeps what the owner typed when a save fails, and offers a retry', async () => {
    const page = await newPage();
    await logIn(page, owner.email, owner.password);
    await page.goto(`${base}/aanmeldingen/nieuw`);
    await page.locator('#field-name').fill('Buurtkracht');
    await page.locator('#field-targetLevel').check();
    await page.route('**/applications', (route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue()));
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    const failure = page.locator('.form-error');
    await see(failure).focused();
    await see(failure).contains('De server is niet bereikbaar');
    await see(page.locator('#field-name')).value('Buurtkracht');
    await expectAccessible(page, 'wizard-save-failed');

    await page.unroute('**/applications');
    // The refused connection was this test's doing.
    for (const seen of pageProblems) seen.splice(0, seen.length, ...seen.filter((problem) => !problem.includes('ERR_CONNECTION_REFUSED')));
    await failure.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await see(page.locator('form h2')).contains('Stap 2 van 4');
  });

  it('answers a stale version with a reload that keeps the typed text', async () => {
    const page = await newPage();
    await logIn(page, owner.email, owner.password);
    const [draft] = await t.dataSource.query(`SELECT id, version FROM applications WHERE name = 'Buurtkracht'`);
    await page.goto(`${base}/aanmeldingen/${draft.id}/bewerken`);
    await page.locator('#field-name').fill('Buurtkracht Utrecht');

    // Meanwhile a co-owner's save moves the version on.
    const tokens = await request(t.server).post('/auth/tokens').send({ email: owner.email, password: owner.password }).expect(200);
    await request(t.server).patch(`/applications/${draft.id}`).set('Authorization', `Bearer ${tokens.body.token}`).send({ version: draft.version, goal: 'Sterkere buurten.' }).expect(200);

    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    const failure = page.locator('.form-error');
    await see(failure).contains('Iemand anders heeft deze aanmelding intussen gewijzigd');
    await expectAccessible(page, 'wizard-stale-version');
    await failure.getByRole('button', { name: 'Opnieuw laden' }).click();
    await see(failure).count(0);
    await see(page.locator('#field-name')).value('Buurtkracht Utrecht');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await see(page.locator('form h2')).contains('Stap 2 van 4');
    // The reload took the co-owner's change of a field this owner had not touched.
    const [stored] = await t.dataSource.query(`SELECT name, goal FROM applications WHERE id = $1`, [draft.id]);
    expect(stored).toEqual({ name: 'Buurtkracht Utrecht', goal: 'Sterkere buurten.' });
  });

  it('lets the secretary find the application on the board and in the intake queue, and admit it with a coach', async () => {
    // Waiting for admission for three weeks: more than the ten working days intake allows.
    await t.dataSource.query(`UPDATE applications SET state_changed_at = now() - interval '21 days' WHERE id = $1`, [applicationId]);
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.waitForURL(/\/pijplijn$/);
    await see(page.locator('#phase-intake')).contains('(1 aanmelding)');
    await see(page.locator('#phase-aanmelding')).contains('(2 aanmeldingen)');
    await see(page.locator('section[aria-labelledby="phase-aanmelding"]')).contains('Minder dan een werkdag in deze stand');
    await see(page.locator('main')).contains('1 vastgelopen aanmelding');
    await see(page.locator('.board-card--stuck')).contains('Vastgelopen (meer dan 10 werkdagen in deze fase)');
    await expectAccessible(page, 'secretary-pipeline');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Intake' }).click();
    await see(heading(page)).text('Intake');
    await see(page.locator('.card--stuck')).contains('Vastgelopen (meer dan 10 werkdagen in deze fase)');
    await expectAccessible(page, 'secretary-intake-queue');
    await page.getByRole('link', { name: 'Samen tegen eenzaamheid' }).click();
    await see(heading(page)).text('Samen tegen eenzaamheid');
    const checklist = page.locator('table.criteria');
    await see(checklist).contains('Er is een Nederlandstalig handboek');
    await see(checklist).contains('Voldaan');
    await see(page.getByRole('heading', { name: 'Meer informatie vragen' })).visible();
    await see(page.getByRole('heading', { name: 'Niet toelaten' })).visible();
    await expectAccessible(page, 'secretary-application-intake');

    // Admitting without choosing a coach: the API names the field.
    await page.getByRole('button', { name: 'Aanmelding toelaten' }).click();
    const admitPanel = page.locator('section[aria-labelledby="action-ADMIT"]');
    await see(admitPanel.locator('.error-summary')).contains('Begeleider: Maak een keuze.');
    await see(admitPanel.locator('.error-summary')).focused();

    await page.locator('#field-admit-coachId').selectOption({ label: 'Carla Coach (0 lopende aanmeldingen)' });
    await page.locator('#field-admit-internalNote').fill('Intakegesprek op 3 maart gevoerd.');
    await page.getByRole('button', { name: 'Aanmelding toelaten' }).click();
    await see(page.locator('.status-message')).contains('De aanmelding is toegelaten');
    await see(page.locator('.status-badge').first()).text('Beschrijving in uitvoering');
    await see(page.locator('[aria-current="step"]')).contains('Beschrijven');
    await see(page.locator('.facts')).contains('Carla Coach');
    await see(page.locator('.timeline')).contains('Toegelaten');
    await see(page.locator('.timeline')).contains('Intakegesprek op 3 maart gevoerd.');
    await see(page.getByRole('button', { name: 'Aanmelding toelaten' })).count(0);
    await expectAccessible(page, 'secretary-application-admitted');

    const [stored] = await t.dataSource.query(`SELECT state, coach_id FROM applications WHERE id = $1`, [applicationId]);
    expect(stored).toEqual({ state: 'description', coach_id: coach.user.id });
  });

  it('shows the coach their caseload, and the owner sees the admission without the internal note', async () => {
    const coachPage = await newPage();
    await logIn(coachPage, coach.user.email);
    await coachPage.waitForURL(/\/begeleiding$/);
    await see(coachPage.locator('.card')).count(1);
    await see(coachPage.locator('.card')).contains('Samen tegen eenzaamheid');
    await see(coachPage.locator('.card')).contains('Beschrijving in uitvoering');
    await expectAccessible(coachPage, 'coach-caseload');

    const ownerPage = await newPage();
    await logIn(ownerPage, owner.email, owner.password);
    await ownerPage.goto(`${base}/aanmeldingen/${applicationId}`);
    await see(ownerPage.locator('.facts')).contains('Carla Coach');
    await see(ownerPage.locator('.turn')).text('U bent aan zet');
    await see(ownerPage.locator('.timeline')).contains('Toegelaten');
    await see(ownerPage.locator('main')).lacks('Intakegesprek');
  });

  it('lets the secretary ask a question that the owner answers, and refuse another application with a reason', async () => {
    const tokens = await request(t.server).post('/auth/tokens').send({ email: owner.email, password: owner.password }).expect(200);
    const bearer = { Authorization: `Bearer ${tokens.body.token}` };
    const ids: string[] = [];
    for (const name of ['Vraagbaak', 'Niet passend']) {
      const draft = await createDraft(t, bearer, { name });
      await step(t, bearer, draft.id, 'submit', { version: draft.version });
      ids.push(draft.id);
    }

    const secretaryPage = await newPage();
    await logIn(secretaryPage, secretary.user.email);
    await secretaryPage.goto(`${base}/aanmeldingen/${ids[0]}`);
    await secretaryPage.locator('#field-ask-question').fill('Hoe vaak is het handboek herzien?');
    await secretaryPage.getByRole('button', { name: 'Vraag versturen' }).click();
    await see(secretaryPage.locator('.status-message')).contains('De vraag is naar de indiener gestuurd.');
    await see(secretaryPage.locator('.status-badge').first()).text('Vraag aan de indiener');

    const ownerPage = await newPage();
    await logIn(ownerPage, owner.email, owner.password);
    await ownerPage.goto(`${base}/aanmeldingen/${ids[0]}`);
    await see(ownerPage.locator('.question')).text('Hoe vaak is het handboek herzien?');
    await see(ownerPage.locator('.turn')).text('U bent aan zet');
    await see(ownerPage.getByRole('link', { name: 'Aanmelding bewerken' })).visible();
    await expectAccessible(ownerPage, 'owner-question');
    // An empty answer is refused by the API, next to the field.
    await ownerPage.getByRole('button', { name: 'Antwoord versturen' }).click();
    await see(ownerPage.locator('.error-summary')).contains('Uw antwoord:');
    await see(ownerPage.locator('#field-reply-answer')).attribute('aria-invalid', 'true');
    await ownerPage.locator('#field-reply-answer').fill('Elk jaar, laatst in januari.');
    await ownerPage.getByRole('button', { name: 'Antwoord versturen' }).click();
    await see(ownerPage.locator('.status-message')).contains('Uw antwoord is verstuurd');
    await see(ownerPage.locator('.status-badge').first()).text('Wacht op intake');
    await see(ownerPage.locator('.timeline')).contains('Elk jaar, laatst in januari.');

    await secretaryPage.goto(`${base}/aanmeldingen/${ids[1]}`);
    await secretaryPage.locator('#field-refuse-reason').fill('Valt buiten het domein van de commissie.');
    await secretaryPage.locator('section[aria-labelledby="action-REFUSE_ADMISSION"]').getByRole('button', { name: 'Niet toelaten' }).click();
    await see(secretaryPage.locator('.status-message')).contains('De aanmelding is niet toegelaten.');
    await see(secretaryPage.locator('main')).contains('Deze aanmelding is afgesloten: Niet toegelaten.');
    await see(secretaryPage.locator('.timeline')).contains('Valt buiten het domein van de commissie.');
    await expectAccessible(secretaryPage, 'secretary-application-refused');
    const stored = await t.dataSource.query(`SELECT name, state FROM applications WHERE id = ANY($1) ORDER BY name`, [ids]);
    expect(stored).toEqual([
      { name: 'Niet passend', state: 'notAdmitted' },
      { name: 'Vraagbaak', state: 'intake' },
    ]);
  });

  it("shows a not-found page for another owner's application and for unknown addresses", async () => {
    const other = await createUser(t, ['owner'], { name: 'Otto Ander', organisation: 'Andere Stichting' });
    const page = await newPage();
    await logIn(page, other.user.email);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await see(heading(page)).text('Aanmelding niet gevonden');
    await see(page.locator('main')).lacks('Samen tegen eenzaamheid');
    await expectAccessible(page, 'not-found-application');
    await page.goto(`${base}/aanmeldingen/${applicationId}/bewerken`);
    await see(heading(page)).text('Aanmelding niet gevonden');
    await page.goto(`${base}/pijplijn`);
    await see(heading(page)).text('Pagina niet gevonden');
    await page.goto(`${base}/bestaat-niet`);
    await see(heading(page)).text('Pagina niet gevonden');
    await expectAccessible(page, 'not-found-page');
  });

  it('switches to English, keeps the choice in the profile, and formats dates per language', async () => {
    const page = await newPage();
    await logIn(page, owner.email, owner.password);
    await page.goto(`${base}/aanmeldingen`);
    const dutchDate = await page.locator('.card time').first().textContent();
    await page.getByRole('button', { name: 'English' }).click();
    await see(page.locator('html')).attribute('lang', 'en');
    await see(heading(page)).text('My applications');
    const englishDate = await page.locator('.card time').first().textContent();
    expect(dutchDate).not.toEqual(englishDate);
    expect(englishDate).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expectAccessible(page, 'owner-applications-en');
    await eventually(async () => expect((await t.dataSource.query(`SELECT language FROM users WHERE email = $1`, [owner.email]))[0].language).toBe('en'));

    await page.getByRole('link', { name: 'Profile' }).click();
    await see(heading(page)).text('Profile');
    await see(page.getByRole('radio', { name: 'English' })).checked();
    await expectAccessible(page, 'profile-en');
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.getByRole('button', { name: 'Save details' }).click();
    await see(page.locator('html')).attribute('lang', 'nl');
    await see(page.getByRole('status').filter({ hasText: 'Uw gegevens zijn opgeslagen.' })).contains('Uw gegevens zijn opgeslagen.');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/inloggen$/);
    await see(page.locator('.utrecht-alert--ok')).contains('U bent uitgelogd.');
  });

  it('passes the accessibility rules on every screen at 390 px, without horizontal scrolling', async () => {
    const anonymous = await newPage(PHONE);
    for (const [path, name] of [
      ['/inloggen', 'phone-login'],
      ['/registreren', 'phone-register'],
    ] as const) {
      await anonymous.goto(`${base}${path}`);
      await expectAccessible(anonymous, name);
      expect(await horizontalOverflow(anonymous)).toBeLessThanOrEqual(0);
    }

    const ownerPage = await newPage(PHONE);
    await logIn(ownerPage, owner.email, owner.password);
    for (const [path, name] of [
      ['/aanmeldingen', 'phone-owner-applications'],
      ['/aanmeldingen/nieuw', 'phone-wizard'],
      [`/aanmeldingen/${applicationId}`, 'phone-owner-application'],
      ['/profiel', 'phone-profile'],
      ['/bestaat-niet', 'phone-not-found'],
    ] as const) {
      await ownerPage.goto(`${base}${path}`);
      await expectAccessible(ownerPage, name);
      expect(await horizontalOverflow(ownerPage)).toBeLessThanOrEqual(0);
    }

    const secretaryPage = await newPage(PHONE);
    await logIn(secretaryPage, secretary.user.email);
    const [draft] = await t.dataSource.query(`SELECT id FROM applications WHERE name = 'Schuldhulp in de buurt'`);
    for (const [path, name] of [
      ['/pijplijn', 'phone-pipeline'],
      ['/intake', 'phone-intake-queue'],
      [`/aanmeldingen/${applicationId}`, 'phone-secretary-application'],
      [`/aanmeldingen/${draft.id}`, 'phone-secretary-draft'],
    ] as const) {
      await secretaryPage.goto(`${base}${path}`);
      await expectAccessible(secretaryPage, name);
      expect(await horizontalOverflow(secretaryPage)).toBeLessThanOrEqual(0);
    }

    const coachPage = await newPage(PHONE);
    await logIn(coachPage, coach.user.email);
    await coachPage.goto(`${base}/begeleiding`);
    await expectAccessible(coachPage, 'phone-coach-caseload');
    expect(await horizontalOverflow(coachPage)).toBeLessThanOrEqual(0);
  });
});
