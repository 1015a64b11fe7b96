import type { Page } from 'playwright-core';
import request from 'supertest';
import { createDraft } from '../support/applications.js';
import { decidedCase } from '../committee-settings/support/decided-case.js';
import type { TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { DESKTOP, PHONE, expectAccessible, horizontalOverflow, screenshot, see, watchPageErrors } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';

/**
 * The server-rendered public website in Chromium: with JavaScript off (the GET form, paging
 * links, the detail page, the 404 page all work), with JavaScript on (the results are swapped in
 * place from the server's own HTML, the print button appears), printed (print media: no menu or
 * buttons, the level readable, URL and date on paper), at 1366 and 390 px, in Dutch, axe clean.
 */

type TestUser = Awaited<ReturnType<typeof createUser>>;

/** TEST-ONLY: listings written straight into `listings` (publishing has its own tests). */
async function insertListing(t: TestApp, owner: TestUser, slug: string, title: string, themes: string[], summary: string): Promise<string> {
  const draft = await createDraft(t, owner.auth, { name: title });
  const [row] = await t.dataSource.query(
    `INSERT INTO listings (slug, application_id, first_application_id, title, summary, goal, target_group, approach, active_elements, research,
                           organisations, level, decision_date, themes, contact_name, contact_email, contact_organisation, recognised_until)
     VALUES ($1, $2, $2, $3, $4, 'Minder isolement en meer contact in de buurt.', 'Ouderen die alleen wonen.', 'Tien bezoeken in zes maanden.',
             'Persoonlijk contact.', 'Een procesevaluatie onder deelnemers.', '{Stichting Voorbeeld}', 'goed_onderbouwd',
             (now() AT TIME ZONE 'Europe/Amsterdam')::date - 10, $5, 'Olga Voorbeeld', 'olga@voorbeeld.nl', 'Stichting Voorbeeld', '2031-01-15T10:00:00Z')
     RETURNING id`,
    [slug, draft.id, title, summary, themes],
  );
  return row.id;
}

describe('the public website in the browser', () => {
  const web = useBrowserApp();
  let base: string;

  beforeAll(async () => {
    base = web.base;
    const owner = await createUser(web.t, ['owner']);
    const listingId = await insertListing(web.t, owner, 'vriendschappelijk-huisbezoek', 'Vriendschappelijk huisbezoek', ['eenzaamheid', 'ouderen'], 'Getrainde vrijwilligers bezoeken eenzame ouderen thuis en gaan samen op pad in de wijk.');
    for (let index = 1; index <= 11; index++) await insertListing(web.t, owner, `buurtbudget-${index}`, `Buurtbudget ${index}`, ['armoede'], 'Bewoners besteden samen een budget voor hun buurt.');
    // A re-assessment under way for the first listing.
    const reassessment = await createDraft(web.t, owner.auth, { name: 'Vriendschappelijk huisbezoek (herbeoordeling)' });
    await web.t.dataSource.query(`UPDATE applications SET listing_id = $1, state = 'underReview' WHERE id = $2`, [listingId, reassessment.id]);
  });

  /** A page in a context with JavaScript switched off, as a reader with scripts blocked has it. */
  async function pageWithoutScripts(viewport = DESKTOP): Promise<Page> {
    const context = await web.browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', javaScriptEnabled: false });
    const page = await context.newPage();
    web.pageProblems.push(watchPageErrors(page));
    return page;
  }

  const count = (page: Page) => page.locator('.result-count');

  it('works without JavaScript: search by the GET form, page through, open a listing, meet the 404 page', async () => {
    const page = await pageWithoutScripts();
    await page.goto(`${base}/interventies`);
    await see(page.locator('main h1')).text('Interventies zoeken');
    await see(count(page)).text('12 interventies gevonden. U ziet 1 tot en met 10 van 12.');
    await screenshot(page, 'public-search-no-js');

    await page.locator('#search-theme').selectOption('armoede');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    // A GET form sends its empty fields too (?q=&thema=armoede&niveau=&doelgroep=).
    await page.waitForURL(/\/interventies\?.*thema=armoede/);
    await see(count(page)).text('11 interventies gevonden. U ziet 1 tot en met 10 van 11.');
    await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende pagina' }).click();
    await page.waitForURL(/pagina=2/);
    await see(count(page)).text('11 interventies gevonden. U ziet 11 tot en met 11 van 11.');
    await see(page.locator('#search-theme')).value('armoede');

    await page.goto(`${base}/interventies?q=eenzame`);
    await page.getByRole('link', { name: 'Vriendschappelijk huisbezoek' }).click();
    await page.waitForURL(/\/interventies\/vriendschappelijk-huisbezoek$/);
    expect(await page.title()).toBe('Vriendschappelijk huisbezoek | Databank Effectieve sociale interventies');
    await see(page.locator('main')).contains('Herbeoordeling loopt');
    await see(page.locator('main')).contains('Erkend tot');
    // Printing needs the script; without it the button stays hidden, the PDF link works.
    await see(page.getByRole('button', { name: 'Afdrukken' })).count(0);
    await see(page.getByRole('link', { name: /Download als PDF/ })).visible();
    await screenshot(page, 'public-detail-no-js');

    const missing = await page.goto(`${base}/interventies/bestaat-niet`);
    expect(missing?.status()).toBe(404);
    await see(page.locator('main h1')).text('Pagina niet gevonden');
    await see(page.getByRole('navigation', { name: 'Hoofdmenu' })).visible();
    await screenshot(page, 'public-not-found-no-js');
    await page.context().close();
  });

  it('is enhanced with JavaScript: results swap in place, the count is announced, accessible at 1366 and 390 px', async () => {
    for (const [viewport, name] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const page = await web.newPage(viewport);
      await page.goto(`${base}/interventies`);
      await expectAccessible(page, `public-search-${name}`);
      expect(await horizontalOverflow(page)).toBe(0);
      // A marker on the window survives only if the page is not reloaded.
      await page.evaluate(() => Object.assign(globalThis, { stillTheSamePage: true }));
      await page.locator('#search-q').fill('eenzame');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await see(count(page)).text('1 interventie gevonden.');
      await page.waitForURL(/\?q=eenzame$/);
      expect(await page.evaluate(() => 'stillTheSamePage' in globalThis)).toBe(true);
      await see(count(page)).attribute('role', 'status');
      await see(page.getByRole('link', { name: 'Zoekopdracht wissen' })).visible();
      await expectAccessible(page, `public-results-${name}`);

      await page.getByRole('link', { name: 'Vriendschappelijk huisbezoek' }).click();
      await page.waitForURL(/\/interventies\/vriendschappelijk-huisbezoek$/);
      await see(page.getByRole('button', { name: 'Afdrukken' })).visible();
      await expectAccessible(page, `public-detail-${name}`);
      expect(await horizontalOverflow(page)).toBe(0);

      // Printed: no menu, no buttons, the level in a bordered badge, the address and the date on paper.
      await page.emulateMedia({ media: 'print' });
      await see(page.getByRole('navigation', { name: 'Hoofdmenu' })).hidden();
      await see(page.getByRole('button', { name: 'Afdrukken' })).hidden();
      await see(page.locator('.print-source')).contains(`${base}/interventies/vriendschappelijk-huisbezoek`);
      await see(page.locator('.level-badge')).visible();
      await screenshot(page, `public-detail-print-${name}`);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows recently recognised listings and the statements, linked from the footer', async () => {
    const page = await web.newPage(PHONE);
    await page.goto(`${base}/recent-erkend`);
    await see(page.locator('main h1')).text('Recent erkend');
    await see(page.locator('main .card')).count(12);
    await expectAccessible(page, 'public-recent-phone');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await page.waitForURL(/\/toegankelijkheid$/);
    await see(page.locator('main h1')).text('Toegankelijkheidsverklaring');
    await expectAccessible(page, 'public-accessibility-statement');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await see(page.locator('main h1')).text('Privacyverklaring');
    await expectAccessible(page, 'public-privacy-statement');
  });

  it('lets the admin edit a statement, refuses a bad contact address, and the public page shows the new text', async () => {
    const admin = await createUser(web.t, ['admin'], { name: 'Bram Beheerder', language: 'nl' });
    const page = await web.newPage();
    await web.logIn(page, admin.user.email);
    await page.goto(`${base}/beheer`);
    await page.getByRole('link', { name: 'Verklaringen op de website' }).click();
    await page.waitForURL(/\/beheer\/verklaringen$/);
    const accessibility = page.locator('section[aria-labelledby="statement-accessibility-title"]');
    await see(accessibility.locator('h2')).text('Toegankelijkheidsverklaring');
    await expectAccessible(page, 'admin-statements');

    await accessibility.getByLabel('Contactadres (e-mail)').fill('geen adres');
    await accessibility.getByRole('button', { name: 'Toegankelijkheidsverklaring opslaan' }).click();
    await see(accessibility.getByRole('link', { name: /Contactadres \(e-mail\): Vul een geldig e-mailadres in/ })).visible();
    await expectAccessible(page, 'admin-statements-invalid');

    await accessibility.getByLabel('Contactadres (e-mail)').fill('toegankelijk@gemeente.example');
    const dutch = accessibility.getByLabel('Tekst in het Nederlands');
    await dutch.fill(`${await dutch.inputValue()}\n\n## Nieuw\n- Een nieuwe maatregel die de beheerder net heeft toegevoegd.`);
    await accessibility.getByRole('button', { name: 'Toegankelijkheidsverklaring opslaan' }).click();
    await see(page.locator('.status-message')).contains('Toegankelijkheidsverklaring is opgeslagen');

    const reader = await web.newPage(PHONE);
    await reader.goto(`${base}/toegankelijkheid`);
    await see(reader.locator('main')).contains('Een nieuwe maatregel die de beheerder net heeft toegevoegd.');
    await see(reader.getByRole('contentinfo').getByRole('link', { name: 'toegankelijk@gemeente.example' })).visible();
    await expectAccessible(reader, 'public-accessibility-statement-edited');
  });

  it("shows a partner's own databank with its published niet-erkend verdict, and the national search's databank filter, at 1366 and 390 px", async () => {
    const t = web.t;
    const [admin, secretary, owner, coach, chair] = await Promise.all([
      createUser(t, ['admin']),
      createUser(t, ['secretary']),
      createUser(t, ['owner']),
      createUser(t, ['coach']),
      createUser(t, ['chair']),
    ]);
    const reviewers = await Promise.all([1, 2, 3].map(() => createUser(t, ['reviewer'])));
    const committee = async (name: string, databank: string) =>
      (await request(t.server).post('/committees').set(admin.auth).send({ name, databank, chairId: chair.user.id, memberIds: [] }).expect(201)).body;
    await committee('Maatschappelijke ondersteuning', 'Databank Effectieve sociale interventies');
    const youth = await committee('Jeugd', 'Databank Effectieve jeugdinterventies');
    const settings = (await request(t.server).get(`/committees/${youth.id}/settings`).set(admin.auth).expect(200)).body;
    await request(t.server).put(`/committees/${youth.id}/settings`).set(admin.auth).send({ basedOnVersion: settings.version, settings: { ...settings.settings, publishNegativeVerdicts: true } }).expect(200);
    const reason = 'De beschrijving maakt niet duidelijk hoe de aanpak bij jongeren aansluit.';
    await decidedCase(t, { owner, secretary, coach, chair, reviewers }, youth.id, new Date(Date.now() - 50 * 86_400_000), { verdict: 'not_recognised', motivation: reason }, 'Sterk in de klas');

    for (const [viewport, name] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const page = await web.newPage(viewport);
      await page.goto(`${base}/databanken/${youth.databankSlug}/interventies`);
      await see(page.locator('main h1')).text('Databank Effectieve jeugdinterventies');
      const verdict = page.locator('#niet-erkend .card');
      await see(verdict).contains('Sterk in de klas');
      await see(verdict).contains('Niet erkend');
      await see(verdict).contains(reason);
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, `public-partner-databank-${name}`);
    }
    const national = await web.newPage(DESKTOP);
    await national.goto(`${base}/interventies`);
    await see(national.locator('#search-databank option')).count(3);
    await see(national.getByRole('navigation', { name: 'Databanken van de partners' }).getByRole('link')).count(2);
  });
});
