import { REFRESH_WORDS_SQL } from '../../src/publication/listing-suggestion.sql.js';
import type { TestingModule } from '@nestjs/testing';
import type { Page } from 'playwright-core';
import { createDraft, step } from '../support/applications.js';
import type { TestApp } from '../support/test-app.js';
import { sendAs } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { settle } from '../deadlines/support.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { startWorker } from '../notifications/support/worker.js';
import { PHONE, horizontalOverflow, see, expectAccessible } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The public databank (no login: search with a Dutch word form, filters, pages, the detail page
 * with the owner's contact), and, for signed-in users, the notifications (made by the real worker
 * from a real transition) with the unread count in the menu, and the to-do list with Dutch dates.
 * axe-core's WCAG 2.1 A/AA rules on each of these screens at 1366 and 390 px; screenshots go to
 * test-output/screenshots/.
 */

type TestUser = Awaited<ReturnType<typeof createUser>>;

interface ListingFixture {
  slug: string;
  title: string;
  summary: string;
  targetGroup: string;
  level: string;
  themes: string[];
}

const LISTINGS: ListingFixture[] = [
  {
    slug: 'vriendschappelijk-huisbezoek',
    title: 'Vriendschappelijk huisbezoek',
    summary: 'Getrainde vrijwilligers bezoeken eenzame ouderen thuis en gaan samen op pad in de wijk.',
    targetGroup: 'Ouderen van 75 jaar en ouder die alleen wonen.',
    level: 'goed_beschreven',
    themes: ['eenzaamheid', 'ouderen'],
  },
  {
    slug: 'ouderen-in-beweging',
    title: 'Ouderen in beweging',
    summary: 'Beweeggroepen in buurthuizen.',
    targetGroup: 'Oudere wijkbewoners met weinig contacten.',
    level: 'goed_onderbouwd',
    themes: ['ouderen'],
  },
  {
    slug: 'schuldhulp-dichtbij',
    title: 'Schuldhulp dichtbij',
    summary: 'Vrijwillige thuisadministrateurs helpen huishoudens met betalingsachterstanden.',
    targetGroup: 'Gezinnen met problematische schulden.',
    level: 'goed_onderbouwd',
    themes: ['schulden'],
  },
  // Enough for two pages of ten under one theme.
  ...Array.from({ length: 11 }, (_, index) => ({
    slug: `buurtbudget-${index + 1}`,
    title: `Buurtbudget ${index + 1}`,
    summary: 'Bewoners besteden samen een budget voor hun buurt.',
    targetGroup: 'Bewoners van wijken met veel armoede.',
    level: 'goed_beschreven',
    themes: ['armoede'],
  })),
];

/** TEST-ONLY: listings written straight into `listings` (publishing has its own tests in test/publication). */
async function insertListing(t: TestApp, owner: TestUser, listing: ListingFixture): Promise<void> {
  const draft = await createDraft(t, owner.auth, { name: listing.title });
  await t.dataSource.query(
    `INSERT INTO listings (slug, application_id, first_application_id, title, summary, goal, target_group, approach, active_elements, research,
                           organisations, level, decision_date, themes, contact_name, contact_email, contact_organisation, recognised_until)
     VALUES ($1, $2, $2, $3, $4, 'Minder isolement en meer contact in de buurt.', $5, 'Tien bezoeken in zes maanden.', 'Persoonlijk contact.',
             'Een procesevaluatie onder deelnemers.', '{Stichting Voorbeeld}', $6, '2026-01-15', $7, 'Olga Voorbeeld',
             'olga@voorbeeld.nl', 'Stichting Voorbeeld', '2031-01-15T10:00:00Z')`,
    [listing.slug, draft.id, listing.title, listing.summary, listing.targetGroup, listing.level, listing.themes],
  );
}

describe('databank, notifications and to-do in the browser', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let base: string;
  let owner: TestUser;
  let secretary: TestUser;
  let coach: TestUser;
  let submitted: { id: string; name: string };
  let draft: { id: string };
  const web = useBrowserApp({
    overrides: async () => {
      sink = await SmtpSink.start();
      return { SMTP_URL: sink.url, MAIL_RETRY_DELAY_MS: '20' };
    },
    beforeClose: async () => worker?.close(),
    afterClose: async () => sink?.close(),
  });
  const { newPage, logIn, pageProblems } = web;

  beforeAll(async () => {
    ({ t, base } = web);
    worker = await startWorker(t.config);

    const listingOwner = await createUser(t, ['owner'], { name: 'Lisa Lijst' });
    for (const listing of LISTINGS) await insertListing(t, listingOwner, listing);
    // Publishing refreshes the words behind the suggestions; these listings bypass it.
    await t.dataSource.query(REFRESH_WORDS_SQL);

    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'nl' });
    coach = await createUser(t, ['coach'], { name: 'Carla Coach', organisation: 'Movisie', language: 'nl' });
    // The real transitions; the worker fans them out into notifications (and a coach deadline).
    const created = await createDraft(t, owner.auth, { name: 'Samen tegen eenzaamheid' });
    await step(t, owner.auth, created.id, 'submit', { version: created.version });
    await step(t, secretary.auth, created.id, 'admit', { version: created.version + 1, coachId: coach.user.id });
    await sendAs(t, created.id, owner, { type: 'REQUEST_FEEDBACK' });
    submitted = { id: created.id, name: 'Samen tegen eenzaamheid' };
    draft = await createDraft(t, owner.auth, { name: 'Buurtkracht' });
    await settle(worker, t.dataSource, t.config.REDIS_URL);
  });

  const heading = (page: Page) => page.locator('main h1');
  const count = (page: Page) => page.locator('.result-count');
  const resultTitles = async (page: Page) => (await page.locator('.card h3').allInnerTexts()).map((title) => title.trim());
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it('lets anyone search the databank without logging in, with Dutch word forms and filters, and open an intervention', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/inloggen$/);
    await menu(page).getByRole('link', { name: 'Interventies' }).click();
    await page.waitForURL(/\/interventies$/);
    await see(heading(page)).text('Interventies zoeken');
    await see(count(page)).text(`${LISTINGS.length} interventies gevonden. U ziet 1 tot en met 10 van ${LISTINGS.length}.`);
    // The count is a live region, so screen readers hear each new result.
    await see(count(page)).attribute('role', 'status');
    await expectAccessible(page, 'databank-search');

    // "oudere" finds "Ouderen" and "ouderen" (Dutch stemming), not the other listings.
    await page.locator('#search-q').fill('oudere');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=oudere$/);
    await see(count(page)).text('2 interventies gevonden.');
    expect((await resultTitles(page)).sort()).toEqual(['Ouderen in beweging', 'Vriendschappelijk huisbezoek']);
    await see(page.locator('.card').first()).contains('15 januari 2026');
    await expectAccessible(page, 'databank-results');

    await page.locator('#search-level').selectOption('goed_onderbouwd');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await see(count(page)).text('1 interventie gevonden.');
    expect(await resultTitles(page)).toEqual(['Ouderen in beweging']);
    await see(page.locator('.card .level-badge')).text('Goed onderbouwd');

    // A theme and a target group filter, on their own.
    await page.getByRole('link', { name: 'Zoekopdracht wissen' }).click();
    await see(count(page)).text(`${LISTINGS.length} interventies gevonden. U ziet 1 tot en met 10 van ${LISTINGS.length}.`);
    await page.locator('#search-theme').selectOption('schulden');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await see(count(page)).text('1 interventie gevonden.');
    expect(await resultTitles(page)).toEqual(['Schuldhulp dichtbij']);
    await page.locator('#search-theme').selectOption('');
    await page.locator('#search-target-group').fill('wijkbewoner');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    // The theme search before also found one: wait for the new result, not just the count.
    await see(page.locator('.card h3')).text('Ouderen in beweging');
    await see(count(page)).text('1 interventie gevonden.');
    expect(await resultTitles(page)).toEqual(['Ouderen in beweging']);

    // Nothing found: said so, with what to try next.
    await page.locator('#search-target-group').fill('');
    await page.locator('#search-q').fill('ruimtevaart');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await see(count(page)).text('Geen interventies gevonden.');
    await see(page.locator('main')).contains('Probeer andere of minder zoekwoorden');
    await expectAccessible(page, 'databank-empty');

    // A misspelling: the API's suggestion (the nearest word of the listed texts), one click away.
    await page.locator('#search-q').fill('eenzaamheit');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await see(count(page)).text('Geen interventies gevonden.');
    await see(page.locator('.search-suggestion')).text('Bedoelde u eenzame?');
    await expectAccessible(page, 'databank-suggestion');
    await page.getByRole('link', { name: 'Zoeken op eenzame' }).click();
    await see(count(page)).text('1 interventie gevonden.');
    expect(await resultTitles(page)).toEqual(['Vriendschappelijk huisbezoek']);

    // Pages of ten.
    await page.goto(`${base}/interventies?thema=armoede`);
    await see(count(page)).text('11 interventies gevonden. U ziet 1 tot en met 10 van 11.');
    await see(page.locator('#search-theme')).value('armoede');
    const pagination = page.getByRole('navigation', { name: 'Paginering' });
    await see(pagination).contains('Pagina 1 van 2');
    await pagination.getByRole('link', { name: 'Volgende pagina' }).click();
    await see(count(page)).text('11 interventies gevonden. U ziet 11 tot en met 11 van 11.');
    await see(pagination).contains('Pagina 2 van 2');
    expect(await resultTitles(page)).toHaveLength(1);
    await expectAccessible(page, 'databank-page-2');

    // A page past the last one leads back to the first.
    await page.goto(`${base}/interventies?thema=armoede&pagina=3`);
    await page.getByRole('link', { name: 'Naar de eerste pagina' }).click();
    await see(pagination).contains('Pagina 1 van 2');

    // Back to a search with results (the server renders the page; the script only swaps the results).
    await page.locator('#search-q').fill('oudere');
    await page.locator('#search-theme').selectOption('');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await see(count(page)).text('2 interventies gevonden.');

    await page.getByRole('link', { name: 'Ouderen in beweging' }).click();
    await page.waitForURL(/\/interventies\/ouderen-in-beweging$/);
    await see(heading(page)).text('Ouderen in beweging');
    await see(page.locator('main')).contains('Oudere wijkbewoners met weinig contacten.');
    await see(page.locator('main')).contains('Ouderen(participatie)');
    await see(page.locator('main')).contains('Erkend tot');
    const contact = page.locator('section[aria-labelledby="contact-heading"]');
    await see(contact).contains('Olga Voorbeeld');
    await see(contact).contains('Stichting Voorbeeld');
    await see(contact.getByRole('link', { name: 'olga@voorbeeld.nl' })).attribute('href', 'mailto:olga@voorbeeld.nl');
    await expectAccessible(page, 'databank-detail');

    // In English, with the dates formatted for it.
    await page.getByRole('link', { name: 'English' }).click();
    await see(page.locator('main')).contains('Contact the owner');
    await see(page.locator('.level-badge')).text('Well founded');
    await see(page.locator('main')).contains('15 January 2026');
    await expectAccessible(page, 'databank-detail-en');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await see(page.locator('.level-badge')).text('Goed onderbouwd');

    await page.goto(`${base}/interventies/bestaat-niet`);
    await see(heading(page)).text('Pagina niet gevonden');
    await expectAccessible(page, 'databank-not-found');
  });

  it('shows a signed-in owner the notifications the worker made, grouped per application and day, with the unread count in the menu, and marks a group read', async () => {
    // The owner's own steps (submitting, asking for feedback) came as receipts by mail, not in the app.
    const rows: { id: string; readAt: Date | null }[] = await t.dataSource.query(
      `SELECT id, read_at AS "readAt" FROM notifications WHERE recipient_id = $1 AND in_app ORDER BY created_at DESC, id`,
      [owner.user.id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((row) => row.readAt === null)).toBe(true);

    const page = await newPage();
    await logIn(page, owner.user.email);
    const inboxLink = menu(page).getByRole('link', { name: /^Meldingen/ });
    await see(inboxLink.locator('.nav-count')).text(String(rows.length));
    await see(inboxLink.locator('.visually-hidden')).text(`(${rows.length} ongelezen)`);
    await inboxLink.click();
    await page.waitForURL(/\/meldingen$/);
    await see(heading(page)).text('Meldingen');
    await see(page.locator('.unread-count')).text(rows.length === 1 ? 'U hebt 1 ongelezen melding.' : `U hebt ${rows.length} ongelezen meldingen.`);
    await see(page.locator('.inbox-item')).count(rows.length);
    const group = page.locator('.inbox-group').first();
    await see(group.locator('h2')).text(`${submitted.name} — vandaag: ${rows.length === 1 ? '1 melding' : `${rows.length} meldingen`}`);
    await see(page.getByRole('link', { name: `Uw aanmelding is toegelaten: ${submitted.name}` })).attribute('href', `/aanmeldingen/${submitted.id}`);
    await see(page.locator('main')).lacks('Aanmelding ontvangen');
    await expectAccessible(page, 'notifications-unread');

    await group.getByRole('button', { name: new RegExp(`^Markeer als gelezen\\s*: ${submitted.name}, vandaag$`) }).click();
    await see(page.locator('.status-message')).contains(rows.length === 1 ? '1 melding is als gelezen gemarkeerd.' : `${rows.length} meldingen zijn als gelezen gemarkeerd.`);
    await see(page.locator('.unread-count')).text('U hebt geen ongelezen meldingen.');
    await see(page.locator('.inbox-item--unread')).count(0);
    await see(inboxLink.locator('.nav-count')).count(0);
    await see(inboxLink).text('Meldingen');
    // A read group folds up; it opens again.
    await see(page.locator('.inbox-item').first()).hidden();
    await group.locator('summary').click();
    await see(page.locator('.inbox-item').first()).visible();
    await expectAccessible(page, 'notifications-read');
    const [{ unread }] = await t.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND in_app AND read_at IS NULL`, [owner.user.id]);
    expect(unread).toBe(0);
  });

  it('lists what awaits each user across applications, with due dates in Dutch, linking to where each is finished', async () => {
    const ownerPage = await newPage();
    await logIn(ownerPage, owner.user.email);
    await menu(ownerPage).getByRole('link', { name: 'Te doen' }).click();
    await ownerPage.waitForURL(/\/taken$/);
    await see(heading(ownerPage)).text('Te doen');
    // The submitted application waits for the coach: only the draft is the owner's to do.
    await see(ownerPage.locator('.todo-item')).count(1);
    const item = ownerPage.locator('.todo-item');
    await see(item).contains('Buurtkracht');
    await see(item).contains('Geen uiterste datum');
    await see(item.getByRole('link', { name: 'Aanmelding afmaken en indienen' })).attribute('href', `/aanmeldingen/${draft.id}`);
    await expectAccessible(ownerPage, 'todo-owner');

    const [deadline]: { dueAt: Date }[] = await t.dataSource.query(
      `SELECT due_at AS "dueAt" FROM deadlines WHERE application_id = $1 AND kind = 'coach_feedback' AND status = 'open'`,
      [submitted.id],
    );
    expect(deadline).toBeDefined();
    const dutchDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(deadline.dueAt);
    expect(dutchDate).toMatch(/^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/);

    const coachPage = await newPage();
    await logIn(coachPage, coach.user.email);
    await coachPage.goto(`${base}/taken`);
    const feedback = coachPage.locator('.todo-item', { hasText: submitted.name });
    // The item leads to where it is finished: the werkblad, where the coach gives feedback.
    await see(feedback.getByRole('link', { name: 'Feedback geven op het werkblad' })).attribute('href', `/aanmeldingen/${submitted.id}/werkblad`);
    await see(feedback.locator('time')).text(dutchDate);
    await expectAccessible(coachPage, 'todo-coach');
    await feedback.getByRole('link', { name: 'Feedback geven op het werkblad' }).click();
    await see(heading(coachPage)).text(`Werkblad: ${submitted.name}`);
  });

  it('passes the accessibility rules on the new screens at 390 px, without horizontal scrolling', async () => {
    const anonymous = await newPage(PHONE);
    for (const [path, name] of [
      ['/interventies', 'phone-databank-search'],
      ['/interventies?q=ruimtevaart', 'phone-databank-empty'],
      ['/interventies/vriendschappelijk-huisbezoek', 'phone-databank-detail'],
    ] as const) {
      await anonymous.goto(`${base}${path}`);
      await expectAccessible(anonymous, name);
      expect(await horizontalOverflow(anonymous)).toBeLessThanOrEqual(0);
    }

    const coachPage = await newPage(PHONE);
    await logIn(coachPage, coach.user.email);
    for (const [path, name] of [
      ['/meldingen', 'phone-notifications'],
      ['/taken', 'phone-todo'],
    ] as const) {
      await coachPage.goto(`${base}${path}`);
      await expectAccessible(coachPage, name);
      expect(await horizontalOverflow(coachPage)).toBeLessThanOrEqual(0);
    }
  });
});
