import type { Page } from 'playwright-core';
import request from 'supertest';
import { createCommittee, driveToAwaitingCommittee, placeOnAgenda, planMeeting, startMeeting, type PanelSeatFixture } from '../committee/support/committee-fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PHONE, expectAccessible, horizontalOverflow, see, tabTo, typeInto } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

/**
 * Four eyes on the decision letter, in Debian's Chromium against the real API, PostgreSQL and
 * Redis, in Dutch: the chair records the decision by keyboard and confirms what happens next;
 * the chair opens the draft letter; the owner sees no verdict; the secretary sends the letter
 * with a covering message after a confirmation naming the recipient; then the owner sees the
 * decision. At 1366 and 390 px, with axe on every screen.
 */

const COVERING = 'Gefeliciteerd met de erkenning. Wij nemen contact met u op over de publicatie.';

describe('four eyes on the decision letter in the browser', () => {
  let t: TestApp;
  let base: string;
  let owner: TestUser;
  let secretary: TestUser;
  let chair: TestUser;
  let desktopCase = '';
  let phoneCase = '';
  const web = useBrowserApp();
  const { newPage, logIn } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    owner = await createUser(t, ['owner'], { name: 'Olga Owner', organisation: 'Stichting Samen' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie' });
    chair = await createUser(t, ['chair'], { name: 'Cor Voorzitter' });
    const admin = await createUser(t, ['admin']);
    const reviewers = await Promise.all(['Prof. A', 'Drs. B', 'Ir. C'].map((name) => createUser(t, ['reviewer'], { name })));
    const meetingId = await planMeeting(t, secretary, await createCommittee(t, admin, chair, []));
    const seats: PanelSeatFixture[] = reviewers.map((reviewer) => ({ reviewer, kind: 'practice', proposedLevel: 'goed_beschreven', feedback: 'Heldere beschrijving.' }));
    const onAgenda = async (name: string) => {
      const { id } = await driveToAwaitingCommittee(t, { owner, secretary, coach }, seats, { fields: { name } });
      await placeOnAgenda(t, secretary, meetingId, id);
      return id;
    };
    desktopCase = await onAgenda('Samen tegen eenzaamheid');
    phoneCase = await onAgenda('Buurtmaatjes Oost');
    await startMeeting(t, meetingId);
  });

  const stateOf = async (id: string) => (await request(t.server).get(`/applications/${id}`).set(secretary.auth).expect(200)).body.state as string;

  /** The chair records "Erkend, Goed beschreven" by keyboard and confirms in the dialog. */
  async function chairRecords(page: Page, id: string, screenshot: string) {
    await logIn(page, chair.user.email);
    await page.goto(`${base}/aanmeldingen/${id}/dossier`);
    const recognised = page.getByRole('radio', { name: 'Erkend', exact: true });
    await tabTo(page, recognised);
    await page.keyboard.press('Space');
    await see(recognised).checked();
    await tabTo(page, page.locator('#field-decision-level'));
    await page.locator('#field-decision-level').selectOption('goed_beschreven');
    await typeInto(page, page.locator('#field-decision-motivation'), 'De commissie volgt het panel.');
    await tabTo(page, page.getByRole('button', { name: 'Besluit vastleggen', exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Besluit vastleggen?' });
    await see(dialog).contains('U legt dit besluit vast: Erkend, Goed beschreven.');
    await see(dialog).contains('De besluitbrief gaat daarna als concept naar het secretariaat.');
    await see(dialog).contains('De indiener hoort nog niets');
    await see(dialog.getByRole('button', { name: 'Ja, besluit vastleggen' })).focused();
    await expectAccessible(page, `${screenshot}-confirm`);
    await page.keyboard.press('Enter');
    await see(page.locator('.status-message')).contains('Het besluit is vastgelegd: Erkend, Goed beschreven.');
    expect(await stateOf(id)).toBe('letterDraft');

    // The chair reads the draft letter in the browser (inline PDF).
    const draft = page.locator('section[aria-labelledby="letter-draft-heading"]');
    await see(draft).contains('Het secretariaat leest de besluitbrief na en verstuurt hem');
    const href = await draft.getByRole('link', { name: /Conceptbrief bekijken/ }).getAttribute('href');
    const pdf = await page.request.get(new URL(href!, base).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^inline; filename="concept-besluit-/);
    await expectAccessible(page, `${screenshot}-draft`);
  }

  /** The owner's application page before the letter is sent: no verdict, no decision link. */
  async function ownerSeesNothingYet(page: Page, id: string) {
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/${id}`);
    await see(page.locator('.status-badge').first()).text('Besluit wordt voorbereid');
    const main = await page.locator('main').innerText();
    expect(main).not.toContain('Erkend');
    expect(main).not.toContain('De commissie volgt het panel.');
    await see(page.getByRole('link', { name: 'Besluit en feedback bekijken' })).count(0);
    await see(page.locator('section[aria-labelledby="letter-draft-heading"]')).count(0);
  }

  /** The secretary sends the letter with a covering message, confirming who receives it. */
  async function secretarySends(page: Page, id: string, screenshot: string) {
    await logIn(page, secretary.user.email);
    await page.goto(`${base}/aanmeldingen/${id}`);
    const draft = page.locator('section[aria-labelledby="letter-draft-heading"]');
    await see(draft).contains('Lees de besluitbrief na en verstuur hem');
    await typeInto(page, draft.locator('#field-send-letter-coveringMessage'), COVERING);
    await expectAccessible(page, `${screenshot}-send`);
    await tabTo(page, draft.getByRole('button', { name: 'Besluitbrief versturen' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Besluitbrief versturen?' });
    await see(dialog).contains(`Olga Owner (${owner.user.email})`);
    await see(dialog).contains('Ook de andere secretarissen, de voorzitter, de begeleider en de beoordelaars krijgen bericht.');
    await see(dialog).contains('Met uw begeleidende bericht.');
    await expectAccessible(page, `${screenshot}-send-confirm`);
    await dialog.getByRole('button', { name: 'Ja, nu versturen' }).click();
    await see(page.locator('.status-message')).contains('De besluitbrief is verstuurd.');
    expect(await stateOf(id)).toBe('decided.recognised');
  }

  /** The owner now sees the decision, the letter and the covering message. */
  async function ownerSeesDecision(page: Page, id: string, screenshot: string) {
    await logIn(page, owner.user.email);
    await page.goto(`${base}/aanmeldingen/${id}`);
    await see(page.locator('.status-badge').first()).text('Erkend');
    await page.getByRole('link', { name: 'Besluit en feedback bekijken' }).click();
    await see(page.locator('main')).contains('De commissie volgt het panel.');
    await see(page.locator('main')).contains(COVERING);
    await see(page.getByRole('link', { name: 'Besluitbrief downloaden (pdf)' })).count(1);
    await expectAccessible(page, `${screenshot}-owner-decision`);
  }

  it('at 1366 px: the chair records, the owner sees nothing, the secretary sends, the owner sees it', async () => {
    await chairRecords(await newPage(), desktopCase, 'letter-desktop');
    await ownerSeesNothingYet(await newPage(), desktopCase);
    await secretarySends(await newPage(), desktopCase, 'letter-desktop');
    await ownerSeesDecision(await newPage(), desktopCase, 'letter-desktop');
  });

  it('at 390 px, without horizontal scrolling', async () => {
    const chairPage = await newPage(PHONE);
    await chairRecords(chairPage, phoneCase, 'letter-phone');
    expect(await horizontalOverflow(chairPage)).toBeLessThanOrEqual(0);
    await ownerSeesNothingYet(await newPage(PHONE), phoneCase);
    const secretaryPage = await newPage(PHONE);
    await secretarySends(secretaryPage, phoneCase, 'letter-phone');
    expect(await horizontalOverflow(secretaryPage)).toBeLessThanOrEqual(0);
    await ownerSeesDecision(await newPage(PHONE), phoneCase, 'letter-phone');
  });
});
