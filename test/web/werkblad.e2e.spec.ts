import type { Page } from 'playwright-core';
import request from 'supertest';
import { buildPdf } from '../../src/documents/content/document-builders.js';
import { createDraft, step } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, eventually, horizontalOverflow, see, expectAccessible } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The description phase in Debian's Chromium against the real API, PostgreSQL and Redis: the
 * owner's werkblad with autosave, the conflict after a save from another tab, a save that cannot
 * reach the server, document uploads with progress and refusals, the feedback request; the coach's
 * read-only werkblad with comments and the comparison of two versions. axe-core's WCAG 2.1 A/AA
 * rules on every new screen at 1366 and 390 px; screenshots to test-output/screenshots/.
 */

const UPLOAD_LIMIT = 200 * 1024;

/** The browser globals used inside page callbacks (this program has no DOM types). */
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
declare const MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };

describe('werkblad and documents in the browser', () => {
  let t: TestApp;
  let base: string;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let applicationId = '';
  // A small upload limit, so the size refusal needs no large file.
  const web = useBrowserApp({ overrides: { UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT) } });
  const { newPage, logIn, pageProblems } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    owner = await createUser(t, ['owner'], { name: 'Olga Owner', organisation: 'Stichting Samen' });
    coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    const secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const draft = await createDraft(t, owner.auth, { name: 'Samen tegen eenzaamheid' });
    const submitted = await step(t, owner.auth, draft.id, 'submit', { version: draft.version });
    const admitted = await step(t, secretary.auth, draft.id, 'admit', { version: submitted.version, coachId: coach.user.id });
    expect(admitted.state).toBe('description');
    applicationId = draft.id;
  });

  const summarySection = (page: Page) => page.locator('section[aria-labelledby="section-summary"]');
  const storedSummary = async () =>
    (await t.dataSource.query(`SELECT content, version FROM description_sections WHERE application_id = $1 AND section_key = 'summary'`, [applicationId]))[0] as
      | { content: string; version: number }
      | undefined;

  it('autosaves what the owner types, keeps it through a conflict and a failed save, and lets them choose', async () => {
    const page = await newPage();
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await page.getByRole('link', { name: 'Werkblad openen' }).click();
    await page.waitForURL(/\/werkblad$/);
    await see(page.locator('main h1')).text('Werkblad: Samen tegen eenzaamheid');
    await see(page.locator('.werkblad-section')).count(11);
    // Only the steps the API allows: the owner may ask for feedback, the coach's steps are absent.
    await see(page.getByRole('button', { name: 'Feedback vragen aan de begeleider' })).visible();
    await see(page.getByRole('button', { name: 'Feedback teruggeven' })).count(0);
    await expectAccessible(page, 'werkblad-owner');

    const summary = page.locator('#field-summary');
    await summary.fill('Huisbezoeken aan eenzame ouderen.');
    await see(summarySection(page).locator('.word-count')).text('4 van de 600 woorden');
    await see(summarySection(page).locator('.save-status')).contains('Laatst opgeslagen door Olga Owner');
    await see(summarySection(page).locator('.save-status')).attribute('role', 'status');
    expect(await storedSummary()).toEqual({ content: 'Huisbezoeken aan eenzame ouderen.', version: 1 });
    await page.reload();
    await see(page.locator('#field-summary')).value('Huisbezoeken aan eenzame ouderen.');

    // Another tab saves the section; this page still holds version 1.
    await request(t.server)
      .put(`/applications/${applicationId}/description/sections/summary`)
      .set(owner.auth)
      .send({ content: 'Tekst uit een ander tabblad.', version: 1 })
      .expect(200);
    await page.locator('#field-summary').fill('Huisbezoeken door vrijwilligers aan eenzame ouderen.');
    const conflict = summarySection(page).locator('.conflict');
    await see(conflict).contains('Dit onderdeel is intussen door iemand anders opgeslagen');
    await see(conflict).contains('Tekst uit een ander tabblad.');
    await see(summarySection(page).locator('.save-status')).contains('Niet opgeslagen');
    await see(page.locator('#field-summary')).value('Huisbezoeken door vrijwilligers aan eenzame ouderen.');
    expect((await storedSummary())!.content).toBe('Tekst uit een ander tabblad.');
    await expectAccessible(page, 'werkblad-conflict');

    await conflict.getByRole('button', { name: 'Mijn tekst houden en opslaan' }).click();
    await see(conflict).count(0);
    await eventually(async () => expect(await storedSummary()).toEqual({ content: 'Huisbezoeken door vrijwilligers aan eenzame ouderen.', version: 3 }));

    // Once more, now taking the other text.
    await request(t.server)
      .put(`/applications/${applicationId}/description/sections/summary`)
      .set(owner.auth)
      .send({ content: 'Weer een andere tekst.', version: 3 })
      .expect(200);
    await page.locator('#field-summary').fill('Mijn tekst die ik loslaat.');
    await see(conflict).contains('Weer een andere tekst.');
    await conflict.getByRole('button', { name: 'Hun tekst overnemen' }).click();
    await see(page.locator('#field-summary')).value('Weer een andere tekst.');
    await see(summarySection(page).locator('.save-status')).contains('Opgeslagen');

    // The server cannot be reached: the text stays, and the save is retried.
    await page.route('**/description/sections/**', (route) => route.abort('connectionrefused'));
    await page.locator('#field-summary').fill('Huisbezoeken door getrainde vrijwilligers.');
    await see(summarySection(page).locator('.save-status')).contains('de server is niet bereikbaar');
    await see(page.locator('#field-summary')).value('Huisbezoeken door getrainde vrijwilligers.');
    await page.unroute('**/description/sections/**');
    for (const seen of pageProblems) seen.splice(0, seen.length, ...seen.filter((problem) => !problem.includes('ERR_CONNECTION_REFUSED')));
    await summarySection(page).getByRole('button', { name: 'Nu opnieuw proberen' }).click();
    await eventually(async () => expect((await storedSummary())!.content).toBe('Huisbezoeken door getrainde vrijwilligers.'));
    await see(summarySection(page).locator('.save-status')).contains('Opgeslagen');

    // Too many words: refused next to the field, nothing lost.
    const tooLong = Array.from({ length: 601 }, (_, i) => `woord${i}`).join(' ');
    await page.locator('#field-summary').fill(tooLong);
    await see(summarySection(page).locator('.word-count')).contains('601 woorden: dat is meer dan de 600 toegestane woorden');
    await see(page.locator('#field-summary')).attribute('aria-invalid', 'true');
    await see(page.locator('#field-summary')).value(tooLong);
    await page.locator('#field-summary').fill('Huisbezoeken door getrainde vrijwilligers.');
    await see(summarySection(page).locator('.save-status')).contains('Opgeslagen');
    expect((await storedSummary())!.content).toBe('Huisbezoeken door getrainde vrijwilligers.');

    // The key facts for the listing: an amount that is none is refused before asking the API.
    const facts = page.locator('section.listing-facts');
    await page.locator('#field-facts-ageMin').fill('65');
    await facts.getByLabel('Thuis', { exact: true }).check();
    await facts.getByLabel('Buurthuis of wijkcentrum').check();
    await page.locator('#field-facts-durationWeeks').fill('26');
    await page.locator('#field-facts-sessions').fill('10');
    await page.locator('#field-facts-costAmountCents').fill('veel');
    await facts.getByLabel('per deelnemer').check();
    await facts.getByRole('button', { name: 'Kerngegevens opslaan' }).click();
    await see(facts.locator('.error-summary')).contains('Vul een bedrag in euro in, zoals 125 of 125,50.');
    await page.locator('#field-facts-costAmountCents').fill('450,50');
    await facts.getByRole('button', { name: 'Kerngegevens opslaan' }).click();
    await see(facts.getByRole('status')).contains('De kerngegevens zijn opgeslagen.');
    const [stored] = await t.dataSource.query(`SELECT facts, version FROM description_facts WHERE application_id = $1`, [applicationId]);
    expect(stored).toMatchObject({ version: 1, facts: { ageMin: 65, ageMax: null, settings: ['home', 'community_centre'], durationWeeks: 26, sessions: 10, costAmountCents: 45050, costBasis: 'per_participant' } });
    await page.reload();
    await see(page.locator('#field-facts-costAmountCents')).value('450,50');
    await facts.screenshot({ path: 'test-output/screenshots/werkblad-listing-facts.png' });
  });

  it('uploads a PDF with a progress bar, lists it with a download link, and refuses a renamed executable', async () => {
    const page = await newPage();
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await page.getByRole('link', { name: 'Documenten' }).click();
    await page.waitForURL(/\/documenten$/);
    await see(page.locator('main')).contains('Er zijn nog geen documenten toegevoegd.');
    await expectAccessible(page, 'documents-empty');

    // The progress events of the real upload are recorded as the page shows them.
    await page.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar) seen.push(String(bar.getAttribute('value')));
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    await page.locator('#field-upload-kind').selectOption({ label: 'Handboek' });
    await page.locator('#field-upload-file').setInputFiles({ name: 'handboek.pdf', mimeType: 'application/pdf', buffer: buildPdf() });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await see(page.locator('.status-message')).contains('“Handboek” is toegevoegd.');
    await see(page.getByRole('progressbar', { name: 'Voortgang van de upload' })).attribute('value', '100');
    const progressSeen = await page.evaluate(() => (globalThis as unknown as { progressSeen: string[] }).progressSeen);
    expect(progressSeen).toContain('0');
    expect(progressSeen).toContain('100');
    const link = page.getByRole('link', { name: 'handboek.pdf downloaden (versie 1)' });
    await see(link).visible();
    const download = await page.request.get(`${base}${await link.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    await expectAccessible(page, 'documents-uploaded');

    // An executable with a .pdf name: refused by its content, next to the field.
    await page.locator('#field-upload-kind').selectOption({ label: 'Bijlage' });
    const executable = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(256, 0)]);
    await page.locator('#field-upload-file').setInputFiles({ name: 'bijlage.pdf', mimeType: 'application/pdf', buffer: executable });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    const summary = page.locator('.error-summary');
    await see(summary).focused();
    await see(summary).contains('Bestand: Dit bestand is geen PDF-, DOCX- of ODT-document');
    await see(page.locator('.utrecht-form-field--file .utrecht-form-field-error-message')).contains('gecontroleerd op de inhoud');
    await see(page.locator('#field-upload-file')).attribute('aria-invalid', 'true');
    await expectAccessible(page, 'documents-refused');
    // Too large (413) and empty (400): each refusal next to the field.
    await page.locator('#field-upload-file').setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([buildPdf(), Buffer.alloc(UPLOAD_LIMIT + 1024, 32)]) });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await see(page.locator('.utrecht-form-field--file .utrecht-form-field-error-message')).text('Het bestand is te groot: hoogstens 200 kB.');
    await page.locator('#field-upload-file').setInputFiles({ name: 'leeg.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await see(page.locator('.utrecht-form-field--file .utrecht-form-field-error-message')).contains('Het bestand is leeg.');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM documents WHERE application_id = $1`, [applicationId]);
    expect(count).toBe(1);

    const phone = await newPage(PHONE);
    await logIn(phone, owner.user.email);
    for (const [path, name] of [
      [`/aanmeldingen/${applicationId}/documenten`, 'phone-documents'],
      [`/aanmeldingen/${applicationId}/werkblad`, 'phone-werkblad-owner'],
    ] as const) {
      await phone.goto(`${base}${path}`);
      await expectAccessible(phone, name);
      expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    }
    await phone.locator('section.listing-facts').screenshot({ path: 'test-output/screenshots/phone-werkblad-listing-facts.png' });
  });

  it('lets the owner ask the coach for feedback', async () => {
    const page = await newPage();
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
    await page.getByRole('button', { name: 'Feedback vragen aan de begeleider' }).click();
    await see(page.locator('.status-message')).contains('Uw begeleider is om feedback gevraagd.');
    await see(page.locator('.werkblad-facts')).contains('Feedback gevraagd aan de begeleider');
    await see(page.getByRole('button', { name: 'Feedback vragen aan de begeleider' })).count(0);
    await expectAccessible(page, 'werkblad-feedback-requested');
    const [stored] = await t.dataSource.query(`SELECT state, state_detail->>'werkblad' AS werkblad FROM applications WHERE id = $1`, [applicationId]);
    expect(stored).toEqual({ state: 'description', werkblad: 'feedbackRequested' });
  });

  it('shows the coach the werkblad read-only, with comments per section and a comparison of two versions', async () => {
    // The owner keeps writing after the feedback request, so the live text differs from version 1.
    const current = (await storedSummary())!;
    await request(t.server)
      .put(`/applications/${applicationId}/description/sections/summary`)
      .set(owner.auth)
      .send({ content: 'Huisbezoeken door vrijwilligers aan ouderen vanaf 70 jaar.', version: current.version })
      .expect(200);

    const page = await newPage();
    await logIn(page, coach.user.email);
    await page.goto(`${base}/aanmeldingen/${applicationId}`);
    await page.getByRole('link', { name: 'Werkblad openen' }).click();
    await page.waitForURL(/\/werkblad$/);
    await see(page.locator('#field-summary')).count(0);
    await see(summarySection(page).locator('.section-content')).text('Huisbezoeken door vrijwilligers aan ouderen vanaf 70 jaar.');
    await see(page.getByRole('button', { name: 'Feedback teruggeven' })).visible();
    await see(page.getByRole('button', { name: 'Feedback vragen aan de begeleider' })).count(0);
    await see(page.locator('#field-compare-from option:checked')).contains('Versie 1 (Olga Owner');
    // The coach reads the key facts the owner saved, without a form.
    await see(page.locator('section.listing-facts dl')).contains('Thuis, Buurthuis of wijkcentrum');
    await see(page.locator('#field-facts-ageMin')).count(0);

    await page.locator('#field-comment-summary-body').fill('Noem ook hoe de vrijwilligers worden getraind.');
    await summarySection(page).getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await see(summarySection(page).locator('.comments')).contains('Noem ook hoe de vrijwilligers worden getraind.');
    await see(page.locator('#field-comment-summary-body')).value('');
    await summarySection(page).getByRole('button', { name: 'Afhandelen' }).click();
    await see(summarySection(page).locator('.comment-status')).text('Afgehandeld');
    await summarySection(page).getByRole('button', { name: 'Heropenen' }).click();
    await see(summarySection(page).locator('.comment-status')).text('Open');
    await expectAccessible(page, 'werkblad-coach');

    await page.getByRole('button', { name: 'Vergelijken' }).click();
    const comparison = page.locator('.comparison');
    await see(comparison).contains('Verschillen van Versie 1');
    await see(comparison.locator('h4')).text('Samenvatting');
    await see(comparison.locator('ins').first()).contains('toegevoegd:');
    await see(comparison.locator('ins')).contains('70 jaar');
    await see(comparison.locator('del')).contains('verwijderd:');
    await see(comparison.locator('del')).contains('getrainde');
    await expectAccessible(page, 'werkblad-coach-compare');

    await page.getByRole('button', { name: 'Feedback teruggeven' }).click();
    await see(page.locator('.status-message')).contains('De feedback is teruggegeven aan de indiener.');

    // The coach reads the documents, without the owner's upload form.
    await page.getByRole('link', { name: 'Documenten' }).click();
    await page.waitForURL(/\/documenten$/);
    await see(page.getByRole('link', { name: 'handboek.pdf downloaden (versie 1)' })).visible();
    await see(page.locator('#field-upload-file')).count(0);
    await expectAccessible(page, 'documents-coach');

    // The owner reads the comment beside the section and replies.
    const ownerPage = await newPage();
    await logIn(ownerPage, owner.user.email);
    await ownerPage.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
    const comments = summarySection(ownerPage).locator('.comments');
    await see(comments).contains('Carla Coach');
    await see(comments).contains('Noem ook hoe de vrijwilligers worden getraind.');
    await comments.getByLabel('Uw antwoord').fill('Toegevoegd in de aanpak.');
    await comments.getByRole('button', { name: 'Antwoorden' }).click();
    await see(comments.locator('.comment-replies')).contains('Toegevoegd in de aanpak.');

    const phone = await newPage(PHONE);
    await logIn(phone, coach.user.email);
    await phone.goto(`${base}/aanmeldingen/${applicationId}/werkblad`);
    await phone.getByRole('button', { name: 'Vergelijken' }).click();
    await see(phone.locator('.comparison ins').first()).visible();
    await expectAccessible(phone, 'phone-werkblad-coach');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });

  it("does not show another owner's werkblad or documents", async () => {
    const other = await createUser(t, ['owner'], { name: 'Otto Ander', organisation: 'Andere Stichting' });
    const page = await newPage();
    await logIn(page, other.user.email);
    for (const path of ['werkblad', 'documenten']) {
      await page.goto(`${base}/aanmeldingen/${applicationId}/${path}`);
      await see(page.locator('main h1')).text('Aanmelding niet gevonden');
      await see(page.locator('main')).lacks('Samen tegen eenzaamheid');
    }
  });
});
