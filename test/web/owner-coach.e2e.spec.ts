import request from 'supertest';
import { systemActor } from '../../src/track/track-actor.js';
import { TrackService } from '../../src/track/track.service.js';
import { createCommittee } from '../committee/support/committee-fixtures.js';
import { admittedApplication, saveSection } from '../description/werkblad-support.js';
import { recognise } from '../publication/publication-fixtures.js';
import { createDraft } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, eventually, expectAccessible, horizontalOverflow, see } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * The owner's and coach's helpers in Chromium, in Dutch, at 1366 and 390 px with axe on each
 * screen: the intake wizard on its own URL (reload and Back keep draft and step, one draft only),
 * the readiness checklist from the API, the coach's confirmation before marking the werkblad ready,
 * and the secretary's preview of the public listing before publishing.
 */

describe('owner and coach helpers in the browser', () => {
  let t: TestApp;
  let base: string;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let chair: TestUser;
  let reviewers: TestUser[];
  let committeeId: string;
  const web = useBrowserApp();
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', organisation: 'Stichting Samen' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Cor Voorzitter' });
    const admin = await createUser(t, ['admin']);
    reviewers = await Promise.all(['Rita Referent', 'Ruud Beoordelaar', 'Roos Recensent'].map((name) => createUser(t, ['reviewer'], { name })));
    committeeId = await createCommittee(t, admin, chair, []);
  });

  const myApplications = async () => (await request(t.server).get('/applications').set(owner.auth).expect(200)).body as { id: string; name: string }[];

  it('keeps the draft and the step on its own URL across a reload and Back, and makes one draft', async () => {
    const page = await newPage();
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/nieuw`);
    await page.locator('#field-name').fill('Wijkgenoten helpen elkaar');
    await page.locator('#field-targetLevel').check();
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await page.waitForURL(/\/aanmeldingen\/[0-9a-f-]{36}\/bewerken\/inhoud$/);
    const id = new URL(page.url()).pathname.split('/')[2];
    await see(page.locator('form h2')).contains('Stap 2 van 4');
    await see(page.locator('form h2')).focused();
    await see(page.locator('.status-message')).contains('Opgeslagen');
    await expectAccessible(page, 'owner-wizard-step-2-own-url');

    await page.locator('#field-goal').fill('Minder eenzaamheid in de wijk.');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await page.waitForURL(`**/aanmeldingen/${id}/bewerken/praktijk`);
    await see(page.locator('form h2')).focused();

    // A reload: the same draft, the same step, what was saved.
    await page.reload();
    await see(page.locator('form h2')).contains('Stap 3 van 4');
    // Back: the previous step of the same draft, with its saved text.
    await page.goBack();
    await page.waitForURL(`**/aanmeldingen/${id}/bewerken/inhoud`);
    await see(page.locator('form h2')).contains('Stap 2 van 4');
    await see(page.locator('#field-goal')).value('Minder eenzaamheid in de wijk.');
    await page.goBack();
    await page.waitForURL(`**/aanmeldingen/${id}/bewerken/interventie`);
    await see(page.locator('#field-name')).value('Wijkgenoten helpen elkaar');
    // Saving again updates this draft rather than starting a second one.
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await page.waitForURL(`**/aanmeldingen/${id}/bewerken/inhoud`);
    const drafts = (await myApplications()).filter((application) => application.name === 'Wijkgenoten helpen elkaar');
    expect(drafts.map((draft) => draft.id)).toEqual([id]);

    // The draft's application page lists what the intake still lacks, in the words of the wizard.
    await page.goto(`${base}/aanmeldingen/${id}`);
    const checklist = page.locator('section[aria-labelledby="readiness-heading"]');
    await see(checklist).contains('Voor de volgende stap: de aanmelding indienen');
    await see(checklist).contains('nog niet ingevuld: Korte samenvatting');
    await see(checklist).contains('nog niet ingevuld: Thema’s');
    await expectAccessible(page, 'owner-draft-readiness');

    const phone = await newPage(PHONE);
    await logIn(phone, owner.user.email);
    await phone.goto(`${base}/aanmeldingen/${id}/bewerken/praktijk`);
    await see(phone.locator('form h2')).contains('Stap 3 van 4');
    await expectAccessible(phone, 'owner-wizard-step-3-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });

  it('shows the readiness checklist from the API; the coach confirms before marking the werkblad ready', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Effectief samen koken', targetLevel: 'effectief_eerste' });
    await request(t.server).post(`/applications/${draft.id}/submit`).set(owner.auth).send({ version: draft.version }).expect(200);
    await request(t.server).post(`/applications/${draft.id}/admit`).set(secretary.auth).send({ version: draft.version + 1, coachId: coach.user.id }).expect(200);
    await saveSection(t, owner.auth, draft.id, 'summary', 'Samen koken en eten met buurtbewoners.', 0).expect(200);

    const page = await newPage();
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/${draft.id}`);
    const checklist = page.locator('section[aria-labelledby="readiness-heading"]');
    await see(checklist.locator('h2')).text('Wat is nog nodig?');
    await see(checklist).contains('Voor de volgende stap: indienen voor beoordeling');
    await see(checklist.locator('li')).count(4);
    expect(await checklist.locator('li').allInnerTexts()).toEqual([
      'werkblad nog niet gereed gemeld door de begeleider',
      'handboek ontbreekt',
      'procesevaluatie ontbreekt',
      'effectstudie ontbreekt voor doelniveau Effectief – eerste aanwijzingen',
    ]);
    await expectAccessible(page, 'owner-readiness');
    const phone = await newPage(PHONE);
    await logIn(phone, owner.user.email);
    await phone.goto(`${base}/aanmeldingen/${draft.id}`);
    await see(phone.locator('section[aria-labelledby="readiness-heading"] li')).count(4);
    await expectAccessible(phone, 'owner-readiness-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // The owner formats a section: the selected lines become list items, the first a heading.
    await page.goto(`${base}/aanmeldingen/${draft.id}/werkblad`);
    const goals = page.locator('section[aria-labelledby="section-goals"]');
    const goalsText = goals.locator('textarea');
    await goalsText.fill('Doelen\nMinder eenzaamheid\nMeer contact');
    await goalsText.evaluate((field: { setSelectionRange(start: number, end: number): void }) => field.setSelectionRange(10, 36));
    await goals.getByRole('button', { name: 'Opsomming' }).click();
    await see(goalsText).value('Doelen\n- Minder eenzaamheid\n- Meer contact');
    await goalsText.evaluate((field: { setSelectionRange(start: number, end: number): void }) => field.setSelectionRange(0, 0));
    await goals.getByRole('button', { name: 'Tussenkop' }).click();
    await see(goalsText).value('## Doelen\n- Minder eenzaamheid\n- Meer contact');
    await see(goalsText).focused();
    await see(goals.locator('.save-status')).contains('Opgeslagen');
    await expectAccessible(page, 'owner-werkblad-formatting');

    // The coach: first the question with what happens, cancel keeps everything as it was.
    const coachPage = await newPage();
    await logIn(coachPage, coach.user.email);
    await coachPage.goto(`${base}/aanmeldingen/${draft.id}/werkblad`);
    // The contents at the top: every section with its state, each linking to its section.
    const contents = coachPage.getByRole('navigation', { name: 'Inhoud van het werkblad' });
    await see(contents.locator('li')).count(11);
    await see(contents.locator('li').first()).text('Samenvatting — 6 woorden');
    await see(contents.locator('li').nth(2)).text('2. Doelen — 5 woorden');
    await see(contents.locator('li').nth(3)).text('3. Aanpak — leeg');
    // The coach reads the section with its heading and list.
    const goalsRead = coachPage.locator('section[aria-labelledby="section-goals"] .section-content');
    await see(goalsRead.locator('h3')).text('Doelen');
    expect(await goalsRead.locator('li').allInnerTexts()).toEqual(['Minder eenzaamheid', 'Meer contact']);
    await contents.getByRole('link', { name: '6. Onderzoek' }).click();
    await coachPage.waitForURL(/#section-research$/);
    await see(coachPage.locator('#section-research')).focused();
    await coachPage.getByRole('button', { name: 'Klaar voor beoordeling markeren' }).click();
    const question = coachPage.locator('.confirm-step');
    await see(question.locator('h3')).text('Werkblad gereed voor beoordeling melden?');
    await see(question.locator('h3')).focused();
    await see(question).contains('kan het daarna niet meer bewerken');
    await see(question).contains('De indiener krijgt hiervan bericht');
    await expectAccessible(coachPage, 'coach-mark-ready-confirm');
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await see(coachPage.locator('.confirm-step')).count(0);
    expect((await request(t.server).get(`/applications/${draft.id}`).set(coach.auth).expect(200)).body.stateDetail.werkblad).toBe('drafting');

    const coachPhone = await newPage(PHONE);
    await logIn(coachPhone, coach.user.email);
    await coachPhone.goto(`${base}/aanmeldingen/${draft.id}/werkblad`);
    await coachPhone.getByRole('button', { name: 'Klaar voor beoordeling markeren' }).click();
    await see(coachPhone.locator('.confirm-step h3')).focused();
    await expectAccessible(coachPhone, 'coach-mark-ready-confirm-phone');
    expect(await horizontalOverflow(coachPhone)).toBeLessThanOrEqual(0);

    await coachPage.getByRole('button', { name: 'Klaar voor beoordeling markeren' }).click();
    await coachPage.getByRole('button', { name: 'Ja, gereed voor beoordeling' }).click();
    await see(coachPage.locator('.status-message')).contains('Het werkblad is klaar voor beoordeling gemarkeerd.');

    // The owner's list follows the server: the werkblad item is gone, the documents remain.
    await t.app.get(TrackService).send({
      applicationId: draft.id,
      actor: systemActor('documents'),
      event: { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies: 0 },
    });
    await page.goto(`${base}/aanmeldingen/${draft.id}`);
    await eventually(async () =>
      expect(await page.locator('section[aria-labelledby="readiness-heading"] li').allInnerTexts()).toEqual([
        'effectstudie ontbreekt voor doelniveau Effectief – eerste aanwijzingen',
      ]),
    );
  });

  it('shows the secretary the public listing as it will appear before publishing', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Buurtmaaltijd Noord' });
    const { id } = await recognise(t, { owner, secretary, coach, chair, reviewers, committeeId }, draft.id);

    for (const [viewport, name] of [[PHONE, 'phone'], [undefined, 'desktop']] as const) {
      const page = await newPage(viewport);
      await logIn(page, secretary.user.email);
      await page.goto(`${base}/aanmeldingen/${id}`);
      const panel = page.locator('section[aria-labelledby="action-PUBLISH"]');
      await panel.getByRole('button', { name: 'Voorbeeld bekijken en publiceren' }).click();
      const question = panel.locator('.confirm-step');
      await see(question.locator('h3')).text('Publiceren in de databank?');
      await see(question).contains('De eigenaar krijgt hiervan bericht');
      const preview = question.locator('.listing-preview');
      await see(preview).contains('Adres na publicatie: /interventies/buurtmaaltijd-noord');
      // The frame holds the server's own rendering of the public page.
      const framed = page.frameLocator('iframe[title^="Openbare pagina van Buurtmaaltijd Noord"]');
      await see(framed.locator('main h1')).text('Buurtmaaltijd Noord');
      await see(framed.locator('.level-badge').first()).text('Goed beschreven');
      await see(framed.locator('main')).contains('Contact met de eigenaar');
      await expectAccessible(page, `secretary-publish-preview-${name}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // Nothing is published by looking.
      await request(t.server).get('/databank/interventions/buurtmaaltijd-noord').expect(404);
      if (name === 'phone') continue;

      const previewSummary = await framed.locator('main section').first().innerText();
      await question.getByRole('button', { name: 'Ja, publiceren' }).click();
      await see(page.locator('.status-message')).contains('De interventie is gepubliceerd in de databank.');
      // The public page is the page the preview showed.
      await page.goto(`${base}/interventies/buurtmaaltijd-noord`);
      await see(page.locator('main h1')).text('Buurtmaaltijd Noord');
      expect(await page.locator('main section').first().innerText()).toBe(previewSummary);
    }
  });
});
