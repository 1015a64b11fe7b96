import request from 'supertest';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting, startMeeting, type PanelSeatFixture } from '../committee/support/committee-fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * What follows the committee's decision, in Debian's Chromium against the real API, PostgreSQL
 * and Redis: the owner reads the decision and the reviewers' feedback (by letter only), downloads
 * the letter and lodges an objection (first refused without grounds); the secretary publishes a
 * recognised application and finds it in the databank; another owner gets "not found". axe-core's
 * WCAG 2.1 A/AA rules on every new screen at 1366 and 390 px.
 */

const DAY_MS = 86_400_000;
const longDate = (value: string | Date) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(value));

describe('decision screens in the browser', () => {
  let t: TestApp;
  let base: string;
  let owner: TestUser;
  let otherOwner: TestUser;
  let secretary: TestUser;
  let reviewers: TestUser[];
  /** Recognised; the owner objects to it. */
  let objected = '';
  /** Recognised; the secretary publishes it. */
  let toPublish = '';
  /** Conditionally recognised; the secretary confirms the conditions. */
  let conditional = '';
  /** Deferred; the owner answers the committee's questions. */
  let deferred = '';
  const web = useBrowserApp();
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    owner = await createUser(t, ['owner'], { name: 'Olga Owner', organisation: 'Stichting Samen' });
    otherOwner = await createUser(t, ['owner'], { name: 'Otto Ander', organisation: 'Andere Stichting' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    const chair = await createUser(t, ['chair'], { name: 'Cor Voorzitter' });
    const admin = await createUser(t, ['admin']);
    reviewers = await Promise.all(['Prof. Geheimhouder', 'Drs. Naamloos', 'Ir. Anoniempje'].map((name) => createUser(t, ['reviewer'], { name })));
    const meetingId = await planMeeting(t, secretary, await createCommittee(t, admin, chair, []));

    const seats: PanelSeatFixture[] = [
      { reviewer: reviewers[0], kind: 'practice', proposedLevel: 'goed_beschreven', feedback: 'De doelen en de aanpak sluiten goed op elkaar aan.', remarks: 'VERTROUWELIJK van A' },
      { reviewer: reviewers[1], kind: 'practice', proposedLevel: 'goed_beschreven', feedback: 'Beschrijf de rol van de vrijwilligers concreter.', remarks: 'VERTROUWELIJK van B' },
      { reviewer: reviewers[2], kind: 'practice', proposedLevel: null, feedback: 'Werk de overdraagbaarheid verder uit.', remarks: 'VERTROUWELIJK van C' },
    ];
    const decided = async (name: string, decision: Record<string, unknown> = { verdict: 'recognised', level: 'goed_beschreven' }) => {
      const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { name } });
      const version = await placeOnAgenda(t, secretary, meetingId, id);
      await startMeeting(t, meetingId);
      await request(t.server)
        .post(`/applications/${id}/decision`)
        .set(chair.auth)
        .send({ version, ...decision, motivation: 'De aanpak is helder en in de praktijk uitvoerbaar.' })
        .expect(201);
      // Four eyes: the owner sees the decision once the secretary has sent the letter.
      await request(t.server)
        .post(`/applications/${id}/decision-letter/send`)
        .set(secretary.auth)
        .send({ version: version + 1 })
        .expect(200);
      return id;
    };
    objected = await decided('Samen tegen eenzaamheid');
    toPublish = await decided('Buurtmaatjes Oost');
    conditional = await decided('Taalvrienden', { verdict: 'conditionally_recognised', level: 'goed_beschreven', conditions: 'Voeg een paragraaf over de training van vrijwilligers toe.' });
    deferred = await decided('Wijkkracht', { verdict: 'deferred', questions: 'Hoe borgt u de kwaliteit van de huisbezoeken?' });
  });

  const stateOf = async (id: string) => (await request(t.server).get(`/applications/${id}`).set(secretary.auth).expect(200)).body.state as string;

  it('shows the owner the decision with anonymised feedback and the letter; an objection needs grounds', async () => {
    const page = await newPage();
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/${objected}`);
    const summary = page.locator('section[aria-labelledby="decision-summary-heading"]');
    await see(summary).contains('Erkend – Goed beschreven, besluit van');
    await see(page.locator('section[aria-labelledby="action-decision-response"]')).contains('U kunt bezwaar maken tegen het besluit.');
    await page.getByRole('link', { name: 'Naar het besluit om bezwaar te maken' }).click();
    await page.waitForURL(`**/aanmeldingen/${objected}/besluit`);

    await see(page.locator('main h1')).text('Besluit: Samen tegen eenzaamheid');
    const decision = page.locator('section[aria-labelledby="decision-heading"]');
    await see(decision).contains('Erkend');
    await see(decision).contains('Goed beschreven');
    await see(decision).contains('De aanpak is helder en in de praktijk uitvoerbaar.');
    const feedback = page.locator('section[aria-labelledby="feedback-heading"]');
    await see(feedback.locator('h3')).count(3);
    expect(await feedback.locator('h3').allInnerTexts()).toEqual(['Beoordelaar A', 'Beoordelaar B', 'Beoordelaar C']);
    await see(feedback.locator('.decision-feedback').first()).contains('De doelen en de aanpak sluiten goed op elkaar aan.');
    await see(feedback.locator('.decision-feedback').last()).contains('Werk de overdraagbaarheid verder uit.');
    const main = await page.locator('main').innerText();
    for (const reviewer of reviewers) expect(main).not.toContain(reviewer.user.name);
    expect(main).not.toContain('VERTROUWELIJK');

    const { decisions } = (await request(t.server).get(`/applications/${objected}/decisions`).set(owner.auth).expect(200)).body;
    const deadline = longDate(new Date(new Date(decisions[0].decidedAt).getTime() + 42 * DAY_MS));
    await see(page.locator('section[aria-labelledby="objection-form-heading"]')).contains(`U kunt uiterlijk op ${deadline} bezwaar maken.`);
    await expectAccessible(page, 'decision-owner');

    // The letter downloads as the PDF the API stores.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Besluitbrief downloaden (pdf)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^besluit-ERK-\d{4}-\d{4,}\.pdf$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const phone = await newPage(PHONE);
    await logIn(phone, owner.user.email);
    await phone.goto(`${base}/aanmeldingen/${objected}/besluit`);
    await see(phone.locator('section[aria-labelledby="feedback-heading"] h3')).count(3);
    await expectAccessible(phone, 'decision-owner-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // By keyboard alone. Without grounds the objection is refused, next to the field and in the summary; nothing is lodged.
    const form = page.locator('section[aria-labelledby="objection-form-heading"]');
    await tabTo(page, form.getByRole('button', { name: 'Bezwaar indienen' }));
    await page.keyboard.press('Enter');
    await see(form.locator('.error-summary')).focused();
    await see(form.locator('.error-summary')).contains('Waarom bent u het niet eens met het besluit?: Gebruik minstens 10 tekens.');
    await see(form.locator('.utrecht-form-field--invalid .utrecht-form-field-error-message')).text('Gebruik minstens 10 tekens.');
    await see(page.locator('#field-objection-grounds')).attribute('aria-invalid', 'true');
    expect(await stateOf(objected)).toBe('decided.recognised');
    await expectAccessible(page, 'decision-objection-refused');

    // The summary's link leads to the field.
    await tabTo(page, form.locator('.error-summary').getByRole('link').first());
    await page.keyboard.press('Enter');
    await see(page.locator('#field-objection-grounds')).focused();
    await page.keyboard.type('Het panel heeft de effectstudie uit 2024 niet meegewogen.');
    await tabTo(page, form.getByRole('button', { name: 'Bezwaar indienen' }));
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('Uw bezwaar is ingediend. De commissie heroverweegt het besluit.');
    await see(page.locator('section[aria-labelledby="objection-form-heading"]')).count(0);
    const objections = page.locator('section[aria-labelledby="objections-heading"]');
    await see(objections).contains('Het panel heeft de effectstudie uit 2024 niet meegewogen.');
    await see(objections).contains('De commissie heroverweegt het besluit.');
    expect(await stateOf(objected)).toBe('objection');
  });

  it('lets the secretary publish a recognised application and links to its public listing', async () => {
    const phone = await newPage(PHONE);
    await logIn(phone, secretary.user.email);
    await phone.goto(`${base}/aanmeldingen/${toPublish}`);
    await see(phone.locator('section[aria-labelledby="action-PUBLISH"]')).contains('Het handboek blijft privé.');
    await expectAccessible(phone, 'decision-publish-phone');
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/aanmeldingen/${toPublish}`);
    const panel = page.locator('section[aria-labelledby="action-PUBLISH"]');
    await see(panel.locator('h3')).text('Publiceren in de databank');
    await expectAccessible(page, 'decision-publish');
    await panel.getByRole('button', { name: 'Voorbeeld bekijken en publiceren' }).click();
    await panel.getByRole('button', { name: 'Ja, publiceren' }).click();
    await see(page.locator('.status-message')).contains('De interventie is gepubliceerd in de databank.');
    expect(await stateOf(toPublish)).toBe('published.listed');
    // The same place now offers to refresh the listing, with the link to it.
    const updated = page.locator('section[aria-labelledby="action-UPDATE_LISTING"]');
    await see(updated.getByRole('button', { name: 'Vermelding bijwerken' })).visible();
    await expectAccessible(page, 'decision-published');
    await updated.getByRole('link', { name: 'Vermelding in de databank bekijken' }).click();
    await page.waitForURL('**/interventies/buurtmaatjes-oost');
    await see(page.locator('main h1')).text('Buurtmaatjes Oost');

    await page.goto(`${base}/interventies?q=Buurtmaatjes`);
    await see(page.getByRole('link', { name: 'Buurtmaatjes Oost' })).visible();
  });

  it('lets the secretary confirm the conditions and the owner answer a deferral', async () => {
    const page = await newPage();
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/aanmeldingen/${conditional}`);
    const conditions = page.locator('section[aria-labelledby="action-CONFIRM_CONDITIONS_MET"]');
    await see(conditions).contains('Voeg een paragraaf over de training van vrijwilligers toe.');
    await expectAccessible(page, 'decision-conditions');
    await conditions.getByRole('button', { name: 'Bevestigen dat de voorwaarden vervuld zijn' }).click();
    await see(page.locator('.status-message')).contains('De voorwaarden zijn als vervuld bevestigd. De interventie is erkend.');
    await see(page.locator('section[aria-labelledby="action-PUBLISH"]')).count(1);
    expect(await stateOf(conditional)).toBe('decided.recognised');

    const owners = await newPage();
    await logIn(owners, owner.user.email);
    await owners.goto(`${base}/aanmeldingen/${deferred}/besluit`);
    const revision = owners.locator('section[aria-labelledby="revision-form-heading"]');
    await see(revision).contains('Hoe borgt u de kwaliteit van de huisbezoeken?');
    await revision.getByRole('button', { name: 'Antwoorden indienen' }).click();
    await see(revision.locator('.utrecht-form-field-error-message')).text('Gebruik minstens 3 tekens.');
    await expectAccessible(owners, 'decision-revision-refused');
    await owners.locator('#field-revision-answers').fill('Met een training en maandelijkse intervisie.');
    await revision.getByRole('button', { name: 'Antwoorden indienen' }).click();
    await see(owners.locator('.status-message')).contains('Uw antwoorden zijn ingediend.');
    await see(owners.locator('section[aria-labelledby="decision-heading"]')).contains('Met een training en maandelijkse intervisie.');
    expect(await stateOf(deferred)).toBe('underReview');
  });

  it('shows another owner "not found" for the decision page', async () => {
    const page = await newPage();
    await logIn(page, otherOwner.user.email);
    await page.goto(`${base}/aanmeldingen/${objected}/besluit`);
    await see(page.locator('main h1')).text('Aanmelding niet gevonden');
    await see(page.locator('main')).lacks('Beoordelaar');
    await expectAccessible(page, 'decision-not-found');
  });
});
