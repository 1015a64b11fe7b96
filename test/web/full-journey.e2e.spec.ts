import { jest } from '@jest/globals';
import type { TestingModule } from '@nestjs/testing';
import type { Locator, Page } from 'playwright-core';
import { DESCRIPTION_SECTIONS } from '../../src/description/description-sections.js';
import { buildDocx, buildPdf } from '../../src/documents/content/document-builders.js';
import { criteriaFor } from '../../src/review/review-criteria.js';
import { createReviewer } from '../assessment/assessment-helpers.js';
import { startMeeting } from '../committee/support/committee-fixtures.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { startWorker, waitFor } from '../notifications/support/worker.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { expectAccessible, see, tabTo, typeInto } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

type Person = Awaited<ReturnType<typeof createUser>>;

/**
 * The whole recognition track in Debian's Chromium, in Dutch, with the real API, worker,
 * PostgreSQL, Redis and an SMTP server: an owner registers and applies, the secretary admits,
 * the coach guides the werkblad, the secretary composes the panel, three reviewers accept and
 * review, the secretary puts the application on a meeting's agenda, the chair decides, the
 * secretary sends the letter, the owner reads the decision, the secretary publishes, and anyone finds the intervention in the public
 * databank. Every step is taken in the browser by the person whose step it is.
 */
jest.setTimeout(300_000);

const NAME = 'Buurtmaatjes voor ouderen';
const FOUND_IN_SEARCH = 'buurtmaatjes';
const CRITERIA = criteriaFor('goed_beschreven');
/** The value a date input takes: YYYY-MM-DD, in Dutch time. */
const ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('the whole track in the browser, from registration to a published intervention', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: TestingModule;
  let base: string;
  let secretary: Person;
  let coach: Person;
  let chair: Person;
  let admin: Person;
  const reviewers: Person[] = [];
  let applicationId = '';
  const owner = { name: 'Wendy Wijkwerker', organisation: 'Stichting Buurtkracht', email: `wendy-${Date.now()}@buurtkracht.example`, password: 'wij maken de buurt samen sterker 2026' };
  const web = useBrowserApp({
    overrides: async () => {
      sink = await SmtpSink.start();
      return { SMTP_URL: sink.url };
    },
    beforeClose: async () => worker?.close(),
    afterClose: async () => sink?.close(),
  });
  const { newPage } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    worker = await startWorker(t.config);
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter', organisation: 'Hogeschool Utrecht' });
    admin = await createUser(t, ['admin'], { name: 'Bram Beheerder', organisation: 'Movisie' });
    for (let i = 0; i < 3; i++) reviewers.push(await createReviewer(t, secretary, 'practice', { themes: ['eenzaamheid'] }));
  });

  const logIn = async (person: Person) => {
    const page = await newPage();
    await web.logIn(page, person.user.email);
    return page;
  };
  const heading = (page: Page) => page.locator('main h1');
  /** Reaches a link or button with the Tab key and activates it with Enter, as a keyboard user does. */
  const press = async (page: Page, target: Locator) => {
    await tabTo(page, target);
    await page.keyboard.press('Enter');
  };
  const state = async () => ((await t.dataSource.query(`SELECT state FROM applications WHERE id = $1`, [applicationId])) as { state: string }[])[0]?.state;

  it('0. the admin sets up the committee with its chair', async () => {
    const page = await logIn(admin);
    await page.waitForURL(/\/beheer$/);
    await page.getByRole('link', { name: 'Commissies' }).first().click();
    await page.getByRole('link', { name: 'Nieuwe commissie' }).click();
    await page.locator('#field-name').fill('Deelcommissie Participatie');
    await page.locator('#field-chairId').selectOption(chair.user.id);
    await page.getByRole('button', { name: 'Commissie aanmaken' }).click();
    await see(page.locator('.status-message')).contains('Commissie Deelcommissie Participatie is aangemaakt.');
  });

  it('1. the owner registers, fills in the intake and submits it', async () => {
    const page = await newPage();
    await page.goto(`${base}/registreren`);
    await page.locator('#field-name').fill(owner.name);
    await page.locator('#field-organisation').fill(owner.organisation);
    await page.locator('#field-email').fill(owner.email);
    await page.locator('#field-password').fill(owner.password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.waitForURL(/\/aanmeldingen$/);

    await page.getByRole('link', { name: 'Nieuwe aanmelding starten' }).click();
    await page.locator('#field-name').fill(NAME);
    await page.locator('#field-targetLevel').check();
    await page.locator('#field-contactPhone').fill('030 765 43 21');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await see(page.locator('form h2')).contains('Stap 2 van 4');
    await page.locator('#field-summary').fill('Vrijwillige buurtmaatjes bezoeken eenzame ouderen wekelijks thuis.');
    await page.locator('#field-goal').fill('Ouderen voelen zich minder eenzaam en doen weer mee in de buurt.');
    await page.locator('#field-targetGroup').fill('Thuiswonende ouderen van 75 jaar en ouder met een klein netwerk.');
    await page.locator('#field-approach').fill('Een jaar lang wekelijkse bezoeken door een vast maatje, met intervisie voor de maatjes.');
    await page.getByRole('checkbox', { name: 'Eenzaamheid' }).check();
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await see(page.locator('form h2')).contains('Stap 3 van 4');
    await page.locator('#field-yearsInPractice').fill('6');
    await page.locator('#field-organisationsCount').fill('4');
    for (const field of ['hasHandbook', 'handbookInDutch', 'hasProcessEvaluation']) await page.locator(`#field-${field}`).check();
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await see(page.locator('form h2')).contains('Stap 4 van 4');
    await page.getByRole('button', { name: 'Aanmelding indienen' }).click();
    await page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop()!;
    await see(page.locator('.status-message')).contains('Uw aanmelding is ingediend');
    await see(page.locator('.turn')).text('Het secretariaat is aan zet');
    expect(await state()).toBe('intake');
  });

  it('2. the secretary admits it from the intake queue and assigns the coach', async () => {
    const page = await logIn(secretary);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Intake' }).click();
    await page.getByRole('link', { name: NAME }).click();
    await see(heading(page)).text(NAME);
    await page.locator('#field-admit-coachId').selectOption({ label: `${coach.user.name} (0 lopende aanmeldingen)` });
    await page.getByRole('button', { name: 'Aanmelding toelaten' }).click();
    await see(page.locator('.status-message')).contains('toegelaten');
    expect(await state()).toBe('description');
  });

  it('3. the owner writes the werkblad (by keyboard alone), the coach comments and marks it ready, the owner adds the documents and submits', async () => {
    const ownerPage = await newPage();
    await web.logIn(ownerPage, owner.email, owner.password);
    await ownerPage.goto(`${base}/aanmeldingen/${applicationId}`);
    await press(ownerPage, ownerPage.getByRole('link', { name: 'Werkblad openen' }));
    await ownerPage.waitForURL(/\/werkblad$/);
    const sections = ownerPage.locator('.werkblad-section');
    await see(sections).count(DESCRIPTION_SECTIONS.length);
    for (let i = 0; i < DESCRIPTION_SECTIONS.length; i++) {
      const section = sections.nth(i);
      await typeInto(ownerPage, section.locator('textarea').first(), `Onderdeel ${i + 1}: maatjes en ouderen in de buurt.`);
      await see(section.locator('.save-status')).contains('Opgeslagen');
    }
    await press(ownerPage, ownerPage.getByRole('button', { name: 'Feedback vragen aan de begeleider' }));
    await see(ownerPage.locator('.status-message')).contains('Uw begeleider is om feedback gevraagd.');

    const coachPage = await logIn(coach);
    await coachPage.waitForURL(/\/begeleiding$/);
    await coachPage.getByRole('link', { name: NAME }).click();
    await coachPage.getByRole('link', { name: 'Werkblad openen' }).click();
    await coachPage.waitForURL(/\/werkblad$/);
    const summary = coachPage.locator('section[aria-labelledby="section-summary"]');
    await coachPage.locator('#field-comment-summary-body').fill('Helder. Noem nog hoe de maatjes worden geworven.');
    await summary.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await see(summary.locator('.comments')).contains('hoe de maatjes worden geworven');
    await coachPage.getByRole('button', { name: 'Klaar voor beoordeling markeren' }).click();
    await coachPage.getByRole('button', { name: 'Ja, gereed voor beoordeling' }).click();
    await see(coachPage.locator('.status-message')).contains('Het werkblad is klaar voor beoordeling gemarkeerd.');

    // The documents by keyboard too: the kind by typing its name, then Tab to the file field. Which
    // file the owner picks there is the browser's own dialog, not ours: Space on a focused file field
    // opened it in most runs, but headless Chromium sometimes ignores it (three CI failures), so the
    // file is set on the field the keyboard reached.
    await ownerPage.goto(`${base}/aanmeldingen/${applicationId}/documenten`);
    for (const [kind, file] of [
      ['Handboek', { name: 'handboek.pdf', mimeType: 'application/pdf', buffer: buildPdf() }],
      ['Procesevaluatie', { name: 'procesevaluatie.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: buildDocx() }],
    ] as const) {
      await tabTo(ownerPage, ownerPage.locator('#field-upload-kind'));
      await ownerPage.keyboard.type(kind);
      await see(ownerPage.locator('#field-upload-kind option:checked')).text(kind);
      await tabTo(ownerPage, ownerPage.locator('#field-upload-file'));
      await ownerPage.locator('#field-upload-file').setInputFiles(file);
      await press(ownerPage, ownerPage.getByRole('button', { name: 'Uploaden' }));
      await see(ownerPage.locator('.status-message')).contains(`“${kind}” is toegevoegd.`);
    }
    await ownerPage.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
    await press(ownerPage, ownerPage.getByRole('button', { name: 'Indienen voor beoordeling' }));
    await see(ownerPage.locator('.status-message')).contains('De beschrijving is ingediend voor beoordeling.');
    expect(await state()).toBe('submittedForAssessment');
    await expectAccessible(ownerPage, 'journey-owner-submitted-for-assessment');
  });

  it('4. the secretary composes the panel from the ranked suggestions', async () => {
    const page = await logIn(secretary);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await page.getByRole('link', { name: 'Beoordelingspanel samenstellen' }).click();
    await see(heading(page)).text(`Beoordelingspanel: ${NAME}`);
    await page.getByRole('button', { name: 'Samenstelling starten' }).click();
    const suggestions = page.getByRole('table', { name: 'Voorstellen: Praktijk' });
    for (const reviewer of reviewers) await see(suggestions).contains(reviewer.user.name);
    for (const reviewer of reviewers) {
      await page.getByRole('button', { name: `Uitnodigen ${reviewer.user.name}` }).click();
      // First the mail as the reviewer will get it, then the invitation goes.
      await see(page.locator('.mail-preview')).contains(reviewer.user.email);
      await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      // The confirmation comes once the page has reloaded; until then the next invitation waits.
      await see(page.locator('.status-message')).contains(`${reviewer.user.name} is uitgenodigd.`);
      await see(page.getByRole('table', { name: 'Alle uitnodigingen voor dit panel' })).contains(reviewer.user.name);
    }
    await see(page.locator('main')).contains('Alle plaatsen zijn vergeven');
    await expectAccessible(page, 'journey-secretary-panel');
    expect(await state()).toBe('panelComposition');
  });

  it('5. three reviewers accept their invitation and submit their reviews', async () => {
    for (const [index, reviewer] of reviewers.entries()) {
      const page = await logIn(reviewer);
      await page.waitForURL(/\/beoordelingen$/);
      const invitation = page.locator('article', { hasText: NAME });
      await invitation.getByRole('radio', { name: 'Nee' }).check();
      await invitation.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
      await see(page.locator('.status-message')).contains('U hebt de uitnodiging aangenomen.');
      if (index < reviewers.length - 1) continue;
      await waitFor('the panel to be complete', async () => (await state()) === 'underReview');
    }
    for (const reviewer of reviewers) {
      const page = await logIn(reviewer);
      await page.goto(`${base}/beoordelingen/${applicationId}`);
      const criteria = page.locator('.review-criterion');
      await see(criteria).count(CRITERIA.length);
      for (let i = 0; i < CRITERIA.length; i++) {
        await criteria.nth(i).getByRole('radio', { name: 'Voldoende', exact: true }).check();
        await criteria.nth(i).getByRole('textbox').fill(`Goed onderbouwd: ${CRITERIA[i].code}.`);
      }
      await page.locator('#field-proposedLevel').selectOption('goed_beschreven');
      await page.locator('#field-feedbackForOwner').fill(`Feedback van ${reviewer.user.name}: een sterke aanpak.`);
      await page.getByRole('button', { name: 'Beoordeling indienen' }).click();
      await see(page.locator('.status-message')).contains('U hebt deze beoordeling ingediend op');
    }
    await waitFor('all reviews to be in', async () => (await state()) === 'awaitingCommittee');
  });

  it('6. the secretary plans a committee meeting and puts the application on its agenda', async () => {
    const page = await logIn(secretary);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vergaderingen' }).click();
    await see(heading(page)).text('Vergaderingen');
    await page.locator('#field-plan-date').fill(ISO_DATE.format(new Date(Date.now() + 14 * 86_400_000)));
    await page.locator('#field-plan-time').fill('13:30');
    await page.locator('#field-plan-location').fill('Movisie, Utrecht');
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.waitForURL(/\/vergaderingen\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: `Op de agenda zetten ${NAME}` }).click();
    await see(page.getByRole('table', { name: 'De agenda, in volgorde van behandeling' })).contains(NAME);
    await expectAccessible(page, 'journey-secretary-agenda');
    expect(await state()).toBe('onAgenda');
  });

  it('7. the chair reads the dossier with the reviews side by side and records the decision', async () => {
    const page = await logIn(chair);
    await page.waitForURL(/\/vergaderingen$/);
    await page.getByRole('link', { name: /13:30/ }).click();
    await page.getByRole('link', { name: `Dossier van ${NAME}` }).click();
    await see(heading(page)).text(`Dossier: ${NAME}`);
    const grid = page.getByRole('table', { name: 'Oordeel en motivering per criterium, per beoordelaar' });
    await see(grid.locator('thead th')).count(reviewers.length + 1);
    await see(page.getByRole('table', { name: 'Voorgestelde niveaus per beoordelaar' }).getByRole('row', { name: /^Goed beschreven/ })).contains('3 (A, B, C)');
    // Two weeks before the meeting the chair can read, not yet decide; the meeting day comes.
    await see(page.locator('.decidable-from')).contains('U kunt het besluit vastleggen vanaf');
    await see(page.locator('.decidable-from')).contains('13:30');
    const [item] = (await t.dataSource.query(`SELECT meeting_id FROM agenda_items WHERE application_id = $1`, [applicationId])) as { meeting_id: string }[];
    await startMeeting(t, item.meeting_id);
    await page.reload();
    await page.getByRole('radio', { name: 'Erkend', exact: true }).check();
    await page.locator('#field-decision-level').selectOption('goed_beschreven');
    await page.locator('#field-decision-motivation').fill('De commissie volgt het eensluidende oordeel van het panel.');
    await expectAccessible(page, 'journey-chair-dossier');
    await page.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
    // What happens next, before it happens: the letter goes to the secretariat; the owner hears nothing yet.
    const dialog = page.getByRole('dialog', { name: 'Besluit vastleggen?' });
    await see(dialog).contains('De indiener hoort nog niets');
    await dialog.getByRole('button', { name: 'Ja, besluit vastleggen' }).click();
    await see(page.locator('.status-message')).contains('Het besluit is vastgelegd: Erkend, Goed beschreven.');
    expect(await state()).toBe('letterDraft');
  });

  it('7b. the secretary reads the draft letter and sends it; only then does the owner hear', async () => {
    expect(sink.to(owner.email).find((mail) => mail.subject === `Besluit van de erkenningscommissie: ${NAME}`)).toBeUndefined();
    const page = await logIn(secretary);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    const draft = page.locator('section[aria-labelledby="letter-draft-heading"]');
    const preview = draft.getByRole('link', { name: /Conceptbrief bekijken/ });
    const pdf = await page.request.get(new URL((await preview.getAttribute('href'))!, base).toString());
    expect(pdf.headers()['content-disposition']).toMatch(/^inline;/);
    await draft.getByRole('button', { name: 'Besluitbrief versturen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Besluitbrief versturen?' });
    await see(dialog).contains(owner.email);
    await dialog.getByRole('button', { name: 'Ja, nu versturen' }).click();
    await see(page.locator('.status-message')).contains('De besluitbrief is verstuurd.');
    expect(await state()).toBe('decided.recognised');
  });

  it('8. the owner is told, reads the decision and the anonymised feedback, and downloads the letter, by keyboard alone', async () => {
    await waitFor('the decision mail to the owner', () => sink.to(owner.email).find((mail) => mail.subject === `Besluit van de erkenningscommissie: ${NAME}`));
    const page = await newPage();
    await web.logIn(page, owner.email, owner.password);
    await page.goto(`${base}/meldingen`);
    await see(page.locator('main')).contains(NAME);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await see(page.locator('.status-badge').first()).text('Erkend');
    await press(page, page.getByRole('link', { name: 'Besluit en feedback bekijken' }));
    await see(heading(page)).text(`Besluit: ${NAME}`);
    const feedback = page.locator('section[aria-labelledby="feedback-heading"]');
    expect(await feedback.locator('h3').allInnerTexts()).toEqual(['Beoordelaar A', 'Beoordelaar B', 'Beoordelaar C']);
    const main = await page.locator('main').innerText();
    for (const reviewer of reviewers) expect(main).not.toContain(reviewer.user.email);
    await tabTo(page, page.getByRole('link', { name: 'Besluitbrief downloaden (pdf)' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^besluit-.*\.pdf$/);
    await expectAccessible(page, 'journey-owner-decision');
  });

  it('9. the secretary publishes the intervention in the databank', async () => {
    const page = await logIn(secretary);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    const publish = page.locator('section[aria-labelledby="action-PUBLISH"]');
    await publish.getByRole('button', { name: 'Voorbeeld bekijken en publiceren' }).click();
    await publish.getByRole('button', { name: 'Ja, publiceren' }).click();
    await see(page.locator('.status-message')).contains('De interventie is gepubliceerd in de databank.');
    expect(await state()).toBe('published.listed');
  });

  it('10. anyone finds the published intervention in the public databank, without logging in', async () => {
    const page = await newPage();
    await page.goto(`${base}/interventies`);
    await page.locator('#search-q').fill(FOUND_IN_SEARCH);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: NAME }).click();
    await see(heading(page)).text(NAME);
    await see(page.locator('main')).contains('Goed beschreven');
    await see(page.locator('main')).contains(owner.organisation);
    await expectAccessible(page, 'journey-public-listing');
  });

  it('11. the owner applies for re-assessment: a new application, prefilled, linked to the same listing', async () => {
    const page = await newPage();
    await web.logIn(page, owner.email, owner.password);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    const reassessment = page.locator('section[aria-labelledby="action-reassessment"]');
    await expectAccessible(page, 'journey-owner-published');
    await press(page, reassessment.getByRole('button', { name: 'Herbeoordeling aanvragen' }));
    await page.waitForURL((url) => /\/aanmeldingen\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(applicationId));
    await see(page.locator('.status-message')).contains('De herbeoordeling is aangemaakt.');
    await see(heading(page)).text(NAME);
    await see(page.locator('.status-badge').first()).text('Concept');
    const newId = page.url().split('/').pop()!;
    const [created] = await t.dataSource.query(
      `SELECT a.state, a.summary, l.slug IS NOT NULL AS linked FROM applications a JOIN listings l ON l.id = a.listing_id WHERE a.id = $1`,
      [newId],
    );
    expect(created).toEqual({ state: 'draft', summary: 'Vrijwillige buurtmaatjes bezoeken eenzame ouderen wekelijks thuis.', linked: true });

    // A second one while the first is under way is refused, with the way to the open one.
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await reassessment.getByRole('button', { name: 'Herbeoordeling aanvragen' }).click();
    await see(reassessment.getByRole('alert')).contains('Er loopt al een herbeoordeling voor deze interventie.');
    await see(reassessment.getByRole('link', { name: 'Naar de lopende herbeoordeling' })).attribute('href', `/aanmeldingen/${newId}`);
  });
});
