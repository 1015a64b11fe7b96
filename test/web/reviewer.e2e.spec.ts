import type { Page } from 'playwright-core';
import request from 'supertest';
import { Test, type TestingModule } from '@nestjs/testing';
import { DeadlineTransitions } from '../../src/deadlines/deadline-transitions.js';
import { WorkerModule } from '../../src/worker.module.js';
import { DESCRIPTION_SECTIONS } from '../../src/description/description-sections.js';
import { criteriaFor } from '../../src/review/review-criteria.js';
import { createReviewer, invite, accept, startPanel, type TestUser } from '../assessment/assessment-helpers.js';
import { takeToSubmittedForAssessment } from '../journey/journey.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, eventually, horizontalOverflow, see, tabTo, typeInto, expectAccessible } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The reviewer's screens in Debian's Chromium against the real API, PostgreSQL and Redis: the
 * invitations (what they show before accepting; accept declaring no conflict, by keyboard only;
 * decline with a reason and a suggested colleague, which the secretary reads), the material to
 * judge in one click from the form (werkblad as submitted, level and criteria, documents; printable),
 * the review form with autosave, the refused incomplete submission, the read-only submitted review,
 * and a locked form that says why (panel not complete, round ended).
 * axe-core's WCAG 2.1 A/AA rules on every new screen at 1366 and 390 px.
 */

const CRITERIA = criteriaFor('goed_beschreven');
const WERKBLAD_SECTIONS = DESCRIPTION_SECTIONS.length;

describe('reviewer screens in the browser', () => {
  let t: TestApp;
  let base: string;
  let secretary: TestUser;
  let reviewer: TestUser;
  let applicationA = '';
  let applicationB = '';
  let applicationC = '';
  let invitationA = '';
  let invitationB = '';
  let invitationC = '';
  let others: TestUser[] = [];
  let worker: TestingModule | undefined;
  const web = useBrowserApp({ beforeClose: async () => worker?.close() });
  const { newPage, pageProblems } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    const owner = await createUser(t, ['owner'], { name: 'Olga Owner', organisation: 'Stichting Samen' });
    const coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const a = await takeToSubmittedForAssessment(t, { owner, secretary, coach });
    const b = await takeToSubmittedForAssessment(t, { owner, secretary, coach });
    const c = await takeToSubmittedForAssessment(t, { owner, secretary, coach });
    applicationA = a.id;
    applicationB = b.id;
    applicationC = c.id;
    await startPanel(t, secretary, applicationA, a.version);
    await startPanel(t, secretary, applicationB, b.version);
    await startPanel(t, secretary, applicationC, c.version);
    reviewer = await createReviewer(t, secretary, 'practice');
    invitationA = (await invite(t, secretary, applicationA, reviewer)).id;
    invitationB = (await invite(t, secretary, applicationB, reviewer)).id;
    invitationC = (await invite(t, secretary, applicationC, reviewer)).id;
    // Goed beschreven needs three practice reviewers: the other two accept over HTTP.
    for (let i = 0; i < 2; i++) {
      const other = await createReviewer(t, secretary, 'practice');
      await accept(t, other, (await invite(t, secretary, applicationA, other)).id);
      others.push(other);
    }
  });

  const logIn = (page: Page) => web.logIn(page, reviewer.user.email);

  const card = (page: Page, invitationId: string) => page.locator(`article[aria-labelledby="invitation-${invitationId}"]`);
  const mine = async (applicationId: string) => (await request(t.server).get(`/applications/${applicationId}/reviews/mine`).set(reviewer.auth).expect(200)).body;

  it('lists the invitations; the reviewer accepts one by keyboard without a conflict and declines another with a reason', async () => {
    const phone = await newPage(PHONE);
    await logIn(phone);
    await phone.goto(`${base}/beoordelingen`);
    await see(card(phone, invitationA)).visible();
    await expectAccessible(phone, 'reviewer-invitations-phone');
    // Not yet accepted: the dossier does not open.
    await phone.goto(`${base}/beoordelingen/${applicationA}/dossier`);
    await see(phone.locator('main h1')).text('Aanmelding niet gevonden');

    const page = await newPage();
    await logIn(page);
    await see(page.locator('main h1')).text('Beoordelingen');
    await see(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beoordelingen' })).visible();
    const cardA = card(page, invitationA);
    await see(cardA.locator('h3')).text('Samen tegen eenzaamheid');
    await see(cardA).contains('Goed beschreven');
    await see(cardA).contains('Reageer uiterlijk');
    // Enough to decide: the organisation, the time asked, and that the dossier opens on accepting.
    await see(cardA).contains('Stichting Voorbeeld');
    await see(cardA).contains('Tijd voor de beoordeling: 20 werkdagen nadat het panel compleet is.');
    await see(cardA).contains('Na het aannemen opent het volledige dossier');
    await see(cardA).contains(await (async () => {
      const due = new Date((await request(t.server).get(`/invitations/${invitationA}`).set(reviewer.auth).expect(200)).body.responseDueAt);
      return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(due);
    })());
    await expectAccessible(page, 'reviewer-invitations');

    // Accepting without an answer to the conflict question is refused in the page.
    await tabTo(page, cardA.getByRole('button', { name: 'Uitnodiging aannemen' }));
    await page.keyboard.press('Enter');
    await see(cardA.locator('.error-summary')).focused();
    await see(cardA.locator('.error-summary')).contains('Maak een keuze.');
    // "Ja" explains that it blocks the assignment and asks for a description; the reviewer answers "Nee".
    await see(cardA).contains('wordt u niet aan het panel toegevoegd');
    await tabTo(page, cardA.getByRole('radio', { name: 'Ja' }));
    await page.keyboard.press('Space');
    await see(cardA.getByRole('textbox', { name: /Beschrijf het belangenconflict/ })).visible();
    await page.keyboard.press('ArrowDown');
    await see(cardA.getByRole('radio', { name: 'Nee' })).checked();
    await see(cardA.getByRole('textbox', { name: /Beschrijf het belangenconflict/ })).count(0);
    await tabTo(page, cardA.getByRole('button', { name: 'Uitnodiging aannemen' }));
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('U hebt de uitnodiging aangenomen.');
    const accepted = (await request(t.server).get(`/invitations/${invitationA}`).set(reviewer.auth).expect(200)).body;
    expect(accepted).toMatchObject({ status: 'accepted', application: { state: 'underReview' } });

    // Declining needs a reason; by keyboard, with a colleague to suggest.
    const cardB = card(page, invitationB);
    await tabTo(page, cardB.getByRole('button', { name: 'Uitnodiging afwijzen' }));
    await page.keyboard.press('Enter');
    await see(cardB.locator('.error-summary')).contains('Reden van afwijzen: Dit is verplicht.');
    await typeInto(page, cardB.getByRole('textbox', { name: /Reden van afwijzen/ }), 'Ik heb deze maand geen tijd.');
    await typeInto(page, cardB.getByRole('textbox', { name: /Collega die u aanbeveelt/ }), 'Dr. Vera Vervanger, vera@example.org');
    await tabTo(page, cardB.getByRole('button', { name: 'Uitnodiging afwijzen' }));
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('U hebt de uitnodiging afgewezen.');
    await see(card(page, invitationB)).count(0);
    const declined = (await request(t.server).get(`/invitations/${invitationB}`).set(reviewer.auth).expect(200)).body;
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Ik heb deze maand geen tijd.', suggestedColleague: 'Dr. Vera Vervanger, vera@example.org' });

    // The secretary reads both with the panel.
    const staff = await newPage();
    await web.logIn(staff, secretary.user.email);
    await staff.goto(`${base}/aanmeldingen/${applicationB}/panel`);
    await see(staff.locator('main')).contains('Reden: Ik heb deze maand geen tijd.');
    await see(staff.locator('main')).contains('Beveelt aan: Dr. Vera Vervanger, vera@example.org');
    await staff.close();

    // The application on the panel, with the state of the review and a link to the form.
    const panels = page.locator('section[aria-labelledby="panels-title"]');
    await see(panels.getByRole('link', { name: 'Samen tegen eenzaamheid', exact: true })).visible();
    await see(panels).contains('Nog niet begonnen');
    await see(panels.getByRole('link', { name: 'Dossier van Samen tegen eenzaamheid bekijken' })).visible();
    await expectAccessible(page, 'reviewer-invitations-answered');
  });

  it('autosaves the draft, lists the gaps of an incomplete submission and shows the submitted review read-only', async () => {
    // The worker opens the review deadlines after the panel completed (not running here, so synced by hand).
    worker = await Test.createTestingModule({ imports: [WorkerModule.register(t.config)] }).compile();
    await worker.get(DeadlineTransitions).sync(applicationA);
    const page = await newPage();
    await logIn(page);
    await page.goto(`${base}/beoordelingen`);
    await page.locator('section[aria-labelledby="panels-title"]').getByRole('link', { name: 'Samen tegen eenzaamheid', exact: true }).click();
    await page.waitForURL(`**/beoordelingen/${applicationA}`);
    await see(page.locator('main h1')).text('Beoordeling: Samen tegen eenzaamheid');
    await see(page.locator('.review-criterion')).count(CRITERIA.length);
    await see(page.locator('main')).contains('Lever uw beoordeling uiterlijk');
    await see(page.locator('.review-confidential')).contains('Niet zichtbaar voor de eigenaar');
    // Not above the target level: goed beschreven is the lowest, so only it and "no level".
    expect(await page.locator('#field-proposedLevel option').allInnerTexts()).toEqual(['Kies een niveau', 'Goed beschreven', 'Geen niveau bereikt (niet erkennen)']);
    await expectAccessible(page, 'reviewer-review-form');

    const first = page.locator('.review-criterion').first();
    await first.getByRole('radio', { name: 'Voldoende', exact: true }).check();
    await first.getByRole('textbox').fill('De aanpak is helder beschreven.');
    await see(page.locator('.save-status')).attribute('role', 'status');
    await see(page.locator('.save-status')).contains('Concept opgeslagen om');
    await eventually(async () =>
      expect((await mine(applicationA)).criteria[0]).toEqual({ code: CRITERIA[0].code, judgment: 'voldoende', motivation: 'De aanpak is helder beschreven.' }),
    );
    await page.reload();
    await see(page.locator('.review-criterion').first().getByRole('radio', { name: 'Voldoende', exact: true })).checked();
    await see(page.locator('.review-criterion').first().getByRole('textbox')).value('De aanpak is helder beschreven.');

    // A save that cannot reach the server keeps the text, says so politely and is retried.
    await page.route('**/reviews/mine', (route) => (route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.continue()));
    await page.locator('#field-feedbackForOwner').fill('Eerste opzet van de feedback.');
    await see(page.locator('.save-status')).contains('Opslaan lukt nu niet. Wat u hebt ingevuld blijft staan');
    await see(page.locator('#field-feedbackForOwner')).value('Eerste opzet van de feedback.');
    expect((await mine(applicationA)).feedbackForOwner).toBe('');
    await page.unroute('**/reviews/mine');
    for (const seen of pageProblems) seen.splice(0, seen.length, ...seen.filter((problem) => !problem.includes('ERR_CONNECTION_REFUSED')));
    await eventually(async () => expect((await mine(applicationA)).feedbackForOwner).toBe('Eerste opzet van de feedback.'), 10_000);
    await see(page.locator('.save-status')).contains('Concept opgeslagen om');

    const phone = await newPage(PHONE);
    await logIn(phone);
    await phone.goto(`${base}/beoordelingen/${applicationA}`);
    await see(phone.locator('.review-criterion')).count(CRITERIA.length);
    await expectAccessible(phone, 'reviewer-review-form-phone');

    // Incomplete: the summary takes the focus and names every gap next to its field.
    await page.getByRole('button', { name: 'Beoordeling indienen' }).click();
    const summary = page.locator('.error-summary');
    await see(summary).focused();
    // Every criterion but the first, and the level; the feedback is there.
    await see(summary.locator('li')).count(CRITERIA.length - 1 + 1);
    await see(summary).contains(`${CRITERIA[1].label.nl}: Geef een oordeel en een motivering.`);
    await see(summary).contains('Voorgesteld niveau');
    await see(summary).lacks('Feedback voor de eigenaar');
    await see(page.locator('.review-criterion').nth(1).locator('.utrecht-form-field-error-message')).contains('Geef een oordeel en een motivering.');
    await see(page.locator('.review-criterion').first().locator('.utrecht-form-field-error-message')).count(0);
    expect((await mine(applicationA)).status).toBe('draft');
    await expectAccessible(page, 'reviewer-review-form-errors');

    // The rest of the review, by keyboard: a judgment (Space on its radio), a motivation, the level, the texts.
    for (let i = 1; i < CRITERIA.length; i++) {
      const section = page.locator('.review-criterion').nth(i);
      const judgment = section.getByRole('radio', { name: i === 1 ? 'Twijfel' : 'Voldoende', exact: true });
      await judgment.focus();
      await page.keyboard.press('Space');
      await see(judgment).checked();
      await typeInto(page, section.getByRole('textbox'), `Motivering bij ${CRITERIA[i].code}.`);
    }
    await tabTo(page, page.locator('#field-proposedLevel'));
    await page.keyboard.press('ArrowDown');
    await see(page.locator('#field-proposedLevel')).value('goed_beschreven');
    await typeInto(page, page.locator('#field-feedbackForOwner'), 'Een sterke, goed uitvoerbare interventie.');
    await typeInto(page, page.locator('#field-confidentialRemarks'), 'Alleen voor de commissie.');
    await tabTo(page, page.getByRole('button', { name: 'Beoordeling indienen' }));
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('U hebt deze beoordeling ingediend op');
    await see(page.locator('main textarea')).count(0);
    await see(page.locator('main input')).count(0);
    await see(page.getByRole('button', { name: 'Beoordeling indienen' })).count(0);
    await see(page.locator('.review-readonly').first()).contains('Twijfel');
    const stored = await mine(applicationA);
    expect(stored).toMatchObject({ status: 'submitted', editable: false, proposedLevel: 'goed_beschreven', feedbackForOwner: 'Een sterke, goed uitvoerbare interventie.', confidentialRemarks: 'Alleen voor de commissie.' });
    await expectAccessible(page, 'reviewer-review-submitted');

    await phone.reload();
    await see(phone.locator('.review-readonly').first()).visible();
    await expectAccessible(phone, 'reviewer-review-submitted-phone');

    // The overview lists it under submitted reviews.
    await page.goto(`${base}/beoordelingen`);
    const past = page.locator('section[aria-labelledby="past-title"]');
    await see(past.getByRole('link', { name: 'Samen tegen eenzaamheid', exact: true })).visible();
    await see(past).contains('Ingediend');

    // The others submit; the round ends, and the form says so with the date.
    for (const other of others)
      await request(t.server)
        .post(`/applications/${applicationA}/reviews/mine/submit`)
        .set(other.auth)
        .send({
          criteria: CRITERIA.map((criterion) => ({ code: criterion.code, judgment: 'voldoende', motivation: 'Voldoende beschreven.' })),
          proposedLevel: 'goed_beschreven',
          feedbackForOwner: 'Helder.',
        })
        .expect(200);
    await page.goto(`${base}/beoordelingen/${applicationA}`);
    await see(page.locator('main')).contains('De beoordelingsronde is afgesloten op');
    await see(page.locator('main')).contains('U hebt deze beoordeling ingediend op');
    await expectAccessible(page, 'reviewer-review-round-ended');
  });

  it('opens everything to judge in one click from the form: the werkblad as submitted, the level and its criteria, the documents', async () => {
    const page = await newPage({ width: 1366, height: 768 });
    await logIn(page);
    await page.goto(`${base}/beoordelingen/${applicationA}`);
    const box = page.getByRole('complementary', { name: 'Wat u beoordeelt' });
    await see(box.getByRole('link', { name: 'Beoogd niveau en criteria: Goed beschreven' })).visible();
    const handbook = box.getByRole('link', { name: 'Handboek: handboek.pdf' });
    const download = await request(t.server).get((await handbook.getAttribute('href'))!).set(reviewer.auth).expect(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    await see(box.getByRole('link', { name: 'Procesevaluatie: procesevaluatie.docx' })).visible();

    await box.getByRole('link', { name: 'Werkblad (zoals ingediend voor beoordeling)' }).click();
    await page.waitForURL(`**/beoordelingen/${applicationA}/dossier#werkblad-title`);
    await see(page.locator('main h1')).text('Dossier: Samen tegen eenzaamheid');
    // The link lands on the werkblad, for the keyboard too.
    await see(page.locator('#werkblad-title')).focused();
    const werkblad = page.locator('section[aria-labelledby="werkblad-title"]');
    await see(werkblad.getByRole('navigation', { name: 'Inhoud van het werkblad' }).getByRole('link')).count(WERKBLAD_SECTIONS);
    await see(werkblad.locator('section[aria-labelledby="werkblad-goals"]')).contains('Na zes maanden voelt 60% van de deelnemers zich minder eenzaam.');
    const level = page.locator('section[aria-labelledby="level-title"]');
    await see(level).contains('Wat Goed beschreven vraagt');
    await see(level.locator('dt')).count(CRITERIA.length);
    await see(level).contains(CRITERIA[0].question.nl);
    await see(page.getByRole('button', { name: 'Afdrukken' })).visible();
    // Printed, the page is the dossier alone: no menu, no buttons.
    await page.emulateMedia({ media: 'print' });
    await see(page.locator('.site-nav')).hidden();
    await see(page.getByRole('button', { name: 'Afdrukken' })).hidden();
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page, 'reviewer-material');

    const phone = await newPage(PHONE);
    await logIn(phone);
    await phone.goto(`${base}/beoordelingen/${applicationA}/dossier`);
    await see(phone.locator('section[aria-labelledby="werkblad-title"] h3').first()).visible();
    expect(await horizontalOverflow(phone)).toBe(0);
    await expectAccessible(phone, 'reviewer-material-phone');

    // The application page leads there too, instead of being empty for a reviewer.
    await page.goto(`${base}/aanmeldingen/${applicationA}`);
    await see(page.locator('section[aria-labelledby="reviewer-links-heading"]')).visible();
    await expectAccessible(page, 'reviewer-application');
    await page.getByRole('link', { name: 'Dossier bekijken' }).click();
    await page.waitForURL(`**/beoordelingen/${applicationA}/dossier`);
    await expectAccessible(page, 'reviewer-material-from-application');
  });

  it('a form that cannot be changed yet says why: the panel is not complete', async () => {
    await accept(t, reviewer, invitationC);
    const page = await newPage({ width: 1366, height: 768 });
    await logIn(page);
    await page.goto(`${base}/beoordelingen/${applicationC}`);
    await see(page.locator('main')).contains('het panel is nog niet compleet');
    await see(page.locator('main textarea')).count(0);
    // What will be judged, rather than a page of empty answers.
    await see(page.locator('main')).contains(CRITERIA[0].question.nl);
    await see(page.locator('main')).lacks('Niet ingevuld');
    await see(page.getByRole('complementary', { name: 'Wat u beoordeelt' })).visible();
    await expectAccessible(page, 'reviewer-review-panel-incomplete');
    // The overview says the same of it.
    await page.goto(`${base}/beoordelingen`);
    const waiting = page.locator('section[aria-labelledby="panels-title"] li', { has: page.locator(`a[href="/beoordelingen/${applicationC}"]`) });
    await see(waiting).contains('De beoordeling begint zodra het panel compleet is.');
  });
});
