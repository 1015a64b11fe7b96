import request from 'supertest';
import { LISTING_VERSION_TTL_MS } from '../../src/public-site/public-pages.controller.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

/**
 * The public website as curl and search engines see it (src/public-site/): complete HTML with
 * title, description, canonical URL, Open Graph and JSON-LD; the 404 page; the sitemap and
 * robots.txt; the recently recognised page with each listing's dates and re-assessment status;
 * the statements and their admin endpoint; compression, caching headers, ETag/304.
 */
type TestUser = Awaited<ReturnType<typeof createUser>>;

const APP_URL = 'https://databank.example.nl';

/** TEST-ONLY: a listing written straight into `listings` (publishing has its own tests). */
async function insertListing(t: TestApp, owner: TestUser, slug: string, title: string, decisionDate: string, summary = 'Vrijwilligers bezoeken eenzame ouderen thuis.'): Promise<{ id: string; applicationId: string }> {
  const draft = await createDraft(t, owner.auth, { name: title });
  const [row] = await t.dataSource.query(
    `INSERT INTO listings (slug, application_id, first_application_id, title, summary, goal, target_group, approach, active_elements, research,
                           organisations, level, decision_date, themes, contact_name, contact_email, contact_organisation, recognised_until)
     VALUES ($1, $2, $2, $3, $4, 'Minder eenzaamheid.', 'Ouderen die alleen wonen.', 'Tien bezoeken.', 'Persoonlijk contact.', 'Een procesevaluatie.',
             '{Stichting Voorbeeld}', 'goed_onderbouwd', $5, '{eenzaamheid}', 'Olga Voorbeeld', 'olga@voorbeeld.nl', 'Stichting Voorbeeld', '2031-01-15T10:00:00Z')
     RETURNING id`,
    [slug, draft.id, title, summary, decisionDate],
  );
  return { id: row.id, applicationId: draft.id };
}

function today(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('the public website, server-rendered', () => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ APP_URL });
    await t.reset();
    owner = await createUser(t, ['owner']);
    admin = await createUser(t, ['admin']);
    await insertListing(t, owner, 'vriendschappelijk-huisbezoek', 'Vriendschappelijk <huis>bezoek', today(-3), 'Getrainde vrijwilligers bezoeken eenzame ouderen thuis en gaan samen op pad in de wijk. '.repeat(4));
    const old = await insertListing(t, owner, 'oud-en-wijs', 'Oud en wijs', '2020-03-01');
    // A submitted re-assessment of "Oud en wijs": a newer application linked to the listing, beyond draft.
    const reassessment = await createDraft(t, owner.auth, { name: 'Oud en wijs (herbeoordeling)' });
    await t.dataSource.query(`UPDATE applications SET listing_id = $1, state = 'underReview' WHERE id = $2`, [old.id, reassessment.id]);
    for (let index = 1; index <= 11; index++) await insertListing(t, owner, `buurtbudget-${index}`, `Buurtbudget ${index}`, today(-30));
  });

  afterAll(async () => t?.close());

  it('renders a listing as a complete page with title, description, canonical URL, Open Graph and JSON-LD', async () => {
    const response = await request(t.server).get('/interventies/vriendschappelijk-huisbezoek').set('Accept', '*/*').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const page = response.text;
    // The title is escaped, never markup.
    expect(page).toContain('<title>Vriendschappelijk &lt;huis&gt;bezoek | Databank Effectieve sociale interventies</title>');
    expect(page).toContain('<h1 tabindex="-1">Vriendschappelijk &lt;huis&gt;bezoek</h1>');
    expect(page).toMatch(/<meta name="description" content="Erkende interventie, niveau Goed onderbouwd\. Getrainde vrijwilligers[^"]{20,160}">/);
    expect(page).toContain(`<link rel="canonical" href="${APP_URL}/interventies/vriendschappelijk-huisbezoek">`);
    expect(page).toContain('<meta property="og:title" content="Vriendschappelijk &lt;huis&gt;bezoek">');
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toContain(`<meta property="og:url" content="${APP_URL}/interventies/vriendschappelijk-huisbezoek">`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: `${APP_URL}/interventies/vriendschappelijk-huisbezoek`,
      mainEntity: { '@type': 'Service', name: 'Vriendschappelijk <huis>bezoek', provider: [{ '@type': 'Organization', name: 'Stichting Voorbeeld' }] },
    });
    // The whole content, the recognition dates and the owner's contact are in the HTML itself.
    expect(page).toContain('Ouderen die alleen wonen.');
    expect(page).toContain('Erkend tot</dt><dd><time datetime="2031-01-15T10:00:00.000Z">15 januari 2031</time>');
    expect(page).toContain('href="mailto:olga@voorbeeld.nl"');
    expect(page).toContain('href="/interventies/vriendschappelijk-huisbezoek/pdf"');
    expect(page).not.toContain('Herbeoordeling loopt');
  });

  it('says "herbeoordeling loopt" on a listing whose re-assessment is under way', async () => {
    const page = (await request(t.server).get('/interventies/oud-en-wijs').expect(200)).text;
    expect(page).toContain('Herbeoordeling loopt');
    expect(page).toContain('Erkend op</dt><dd><time datetime="2020-03-01">1 maart 2020</time>');
  });

  it('answers an unknown or malformed slug with the 404 page in the site layout, for browsers and curl', async () => {
    for (const path of ['/interventies/bestaat-niet', '/interventies/NIET..geldig', '/interventies/bestaat-niet/extra']) {
      const response = await request(t.server).get(path).set('Accept', '*/*').expect(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<title>Pagina niet gevonden | Databank Effectieve sociale interventies</title>');
      expect(response.text).toContain('<meta name="robots" content="noindex">');
      expect(response.text).toContain('<nav class="site-nav"');
      expect(response.text).not.toContain('Cannot GET');
    }
  });

  it('renders the search as a GET form with the results, count and paging links, in Dutch and English', async () => {
    const page = (await request(t.server).get('/interventies?thema=eenzaamheid&pagina=2').expect(200)).text;
    expect(page).toContain('<form class="search-form" role="search" method="get" action="/interventies"');
    expect(page).toContain('<option value="eenzaamheid" selected>');
    expect(page).toContain('13 interventies gevonden. U ziet 11 tot en met 13 van 13.');
    expect(page).toContain('<a rel="prev" href="/interventies?thema=eenzaamheid">Vorige pagina</a>');
    expect(page).toContain('Pagina 2 van 2');
    expect(page).toContain('<meta name="robots" content="noindex">');
    const english = (await request(t.server).get('/interventies?q=wijk&lang=en').expect(200)).text;
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('1 intervention found.');
    expect(english).toContain('href="/interventies/vriendschappelijk-huisbezoek?lang=en"');
  });

  it('refuses a bad search with 400 and says in the form what is wrong, never a 500', async () => {
    const cases: [string, string][] = [
      [`q=${'a'.repeat(201)}`, 'Zoekwoorden mogen samen hoogstens 200 tekens lang zijn.'],
      ['pagina=10000', 'Het paginanummer moet een getal van 1 tot en met 1000 zijn.'],
      ['niveau=best', 'Kies een niveau uit de lijst.'],
      ['thema=Geen%20Slug', 'Kies een thema uit de lijst.'],
      ['q=a&q=b', 'Zoekwoorden mogen samen hoogstens 200 tekens lang zijn.'],
    ];
    for (const [query, message] of cases) {
      const response = await request(t.server).get(`/interventies?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('Er is een probleem met uw zoekopdracht');
      expect(response.text).toContain(message);
    }
  });

  it('lists recently recognised listings, newest first, with decision date, validity and status', async () => {
    const page = (await request(t.server).get('/recent-erkend').expect(200)).text;
    expect(page).toContain('<title>Recent erkend | Databank Effectieve sociale interventies</title>');
    expect(page).toContain('Vriendschappelijk &lt;huis&gt;bezoek');
    // Decided in 2020: not recent.
    expect(page).not.toContain('Oud en wijs');
    const newest = page.indexOf('Vriendschappelijk');
    expect(newest).toBeGreaterThan(0);
    expect(newest).toBeLessThan(page.indexOf('Buurtbudget'));
    expect(page).toContain('Erkend tot</dt><dd><time datetime="2031-01-15T10:00:00.000Z">');
  });

  it('offers a sitemap of every listed listing and a robots.txt that keeps crawlers out of staff pages and the API', async () => {
    const sitemap = await request(t.server).get('/sitemap.xml').expect(200);
    expect(sitemap.headers['content-type']).toMatch(/^application\/xml/);
    const locations = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toEqual(expect.arrayContaining([`${APP_URL}/interventies`, `${APP_URL}/recent-erkend`, `${APP_URL}/interventies/oud-en-wijs`, `${APP_URL}/interventies/buurtbudget-11`]));
    expect(locations).toHaveLength(4 + 13);
    const robots = await request(t.server).get('/robots.txt').expect(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.text).toContain('Disallow: /aanmeldingen');
    expect(robots.text).toContain('Disallow: /beheer');
    expect(robots.text).toContain('Disallow: /api/');
    expect(robots.text).toContain(`Sitemap: ${APP_URL}/sitemap.xml`);
  });

  it('compresses pages with Brotli or gzip, as the client accepts', async () => {
    // superagent decodes br and gzip itself: the page reads whole only if the encoding was right.
    const page = '<h1 tabindex="-1">Interventies zoeken</h1>';
    const brotli = await request(t.server).get('/interventies').set('Accept-Encoding', 'gzip, br').expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(brotli.headers['content-length'])).toBeLessThan(Buffer.byteLength(brotli.text) / 2);
    expect(brotli.text).toContain(page);
    const gzip = await request(t.server).get('/interventies').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toContain(page);
    const plain = await request(t.server).get('/interventies').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text));
  });

  it('lets browsers revalidate a page: ETag, then 304 without a body while it has not changed', async () => {
    const first = await request(t.server).get('/interventies/vriendschappelijk-huisbezoek').expect(200);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await request(t.server).get('/interventies/vriendschappelijk-huisbezoek').set('If-None-Match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    await t.dataSource.query(`UPDATE listings SET goal = 'Een nieuw doel.', updated_at = now() WHERE slug = 'vriendschappelijk-huisbezoek'`);
    // A listing's version is read again at most once a second (LISTING_VERSION_TTL_MS).
    await new Promise((resolve) => setTimeout(resolve, LISTING_VERSION_TTL_MS + 50));
    const changed = await request(t.server).get('/interventies/vriendschappelijk-huisbezoek').set('If-None-Match', etag).expect(200);
    expect(changed.text).toContain('Een nieuw doel.');
  });

  it('offers the listing summary as a PDF', async () => {
    const response = await request(t.server).get('/interventies/oud-en-wijs/pdf').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="oud-en-wijs.pdf"');
    const body = response.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    await request(t.server).get('/interventies/bestaat-niet/pdf').expect(404);
  });

  it('shows the statements, which only the admin can change, with validation', async () => {
    const accessibility = (await request(t.server).get('/toegankelijkheid').expect(200)).text;
    expect(accessibility).toContain('<h1 tabindex="-1">Toegankelijkheidsverklaring</h1>');
    expect(accessibility).toContain('<h2>Status</h2>');
    expect(accessibility).toContain('<h2>Bekende problemen</h2>');
    const privacy = (await request(t.server).get('/privacy?lang=en').expect(200)).text;
    expect(privacy).toContain('<h2>Your rights</h2>');
    // The footer links both statements and gives a contact address.
    expect(privacy).toContain('href="/toegankelijkheid?lang=en"');
    expect(privacy).toMatch(/href="mailto:[^"]+@[^"]+"/);

    const body = { bodyNl: `Nieuwe verklaring.\n\n## Status\nVoldoet volledig <script>alert(1)</script>.\n\n- punt een\n- punt twee`, bodyEn: 'A new statement that is long enough to pass the minimum length rule.', contactEmail: 'toegankelijk@gemeente.example' };
    await request(t.server).put('/admin/statements/accessibility').set(owner.auth).send(body).expect(403);
    await request(t.server).put('/admin/statements/accessibility').send(body).expect(401);
    const bad = await request(t.server).put('/admin/statements/accessibility').set(admin.auth).send({ ...body, contactEmail: 'geen-adres' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('contactEmail');
    await request(t.server).put('/admin/statements/unknown').set(admin.auth).send(body).expect(400);
    const saved = await request(t.server).put('/admin/statements/accessibility').set(admin.auth).send(body).expect(200);
    expect(saved.body).toMatchObject({ kind: 'accessibility', contactEmail: 'toegankelijk@gemeente.example' });
    const page = (await request(t.server).get('/toegankelijkheid').expect(200)).text;
    expect(page).toContain('<p>Voldoet volledig &lt;script&gt;alert(1)&lt;/script&gt;.</p>');
    expect(page).toContain('<ul><li>punt een</li><li>punt twee</li></ul>');
    expect(page).toContain('href="mailto:toegankelijk@gemeente.example"');
  });
});
