import request from 'supertest';
import { CSV_COLUMNS, factCell } from '../../src/open-data/listings-csv.js';
import { listingUrl } from '../../src/open-data/recognitions-atom.js';
import { PublicationService } from '../../src/publication/publication.service.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { createCommittee } from '../committee/support/committee-fixtures.js';
import { applicationVersion, recognise, type RecognitionCast } from '../publication/publication-fixtures.js';

type Detail = Record<string, unknown> & { slug: string; summary: string; themes: string[]; organisations: string[]; contact: Record<string, string> };

/** A minimal CSV reader for RFC 4180 as listingsCsv writes it (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    else cell += char;
  }
  return rows;
}

/** What a spreadsheet shows of a cell: the apostrophe that disarms a formula is not part of the value. */
const cellValue = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const decodeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Structured facts of one listing, with a text that a spreadsheet would run as a formula. */
const LISTING_FACTS = {
  costAmountCents: 12550,
  costBasis: 'per_participant',
  costIncludes: '=training; werkboek, "intake"',
  durationWeeks: 12,
  sessions: 10,
  sessionMinutes: 90,
  staffQualifications: 'Vrijwilligers met een training van 3 dagdelen.',
  training: 'Basistraining Schuldhulpmaatje',
  trainingRequired: true,
  settings: ['home', 'community_centre'],
  ageMin: 18,
  ageMax: null,
};

describe('open data: JSON API, CSV export and Atom feed of the public listings', () => {
  let t: TestApp;
  let cast: RecognitionCast;
  const published: string[] = [];
  let withdrawnSlug: string;
  /** Strings that exist in the system for these applications but are never public. */
  const secrets: string[] = [];

  const publicDetail = async (slug: string) => (await request(t.server).get(`/databank/interventions/${slug}`).expect(200)).body as Detail;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_API_MAX_REQUESTS: '1000' });
    await t.reset();
    const owner = await createUser(t, ['owner'], { name: 'Olaf Eigenaar', email: 'olaf.privé@voorbeeld.nl' });
    const secretary = await createUser(t, ['secretary']);
    const coach = await createUser(t, ['coach'], { name: 'Coby Begeleider', email: 'coby.begeleider@movisie.example' });
    const chair = await createUser(t, ['chair'], { name: 'Cor Voorzitter' });
    const admin = await createUser(t, ['admin']);
    const reviewers = await Promise.all(
      ['Rita Referent', 'Ruud Beoordelaar', 'Roos Recensent'].map((name, index) =>
        createUser(t, ['reviewer'], { name, email: `referent${index}.geheim@universiteit.example` }),
      ),
    );
    secrets.push('Olaf Eigenaar', 'olaf.privé@voorbeeld.nl', 'Coby Begeleider', 'coby.begeleider', 'Cor Voorzitter', 'Vertrouwelijk', 'Feedback van',
      ...reviewers.flatMap((reviewer) => [reviewer.user.name, reviewer.user.email]));
    const committeeId = await createCommittee(t, admin, chair, []);
    cast = { owner, secretary, coach, chair, reviewers, committeeId };
    const publication = t.app.get(PublicationService);
    const intakes: { name: string; summary: string; themes: string[]; facts?: typeof LISTING_FACTS }[] = [
      { name: 'Taalcafé "De Brug" & meer', summary: '=HYPERLINK("x") taalvaardigheid; oefenen, met vrijwilligers.\nTweede regel <b>vet</b>.', themes: ['basisvaardigheden'] },
      { name: 'Schuldhulpmaatje', summary: 'Vrijwilligers helpen bij schuldhulpverlening.', themes: ['schulden', 'armoede'], facts: LISTING_FACTS },
      { name: 'Teruggetrokken aanpak', summary: 'Niet meer erkend.', themes: ['schulden'] },
    ];
    for (const { facts, ...intake } of intakes) {
      const draft = await createDraft(t, owner.auth, intake);
      const whileDescribing = facts
        ? async () => void (await request(t.server).put(`/applications/${draft.id}/description/facts`).set(owner.auth).send({ version: 0, ...facts }).expect(200))
        : undefined;
      const { id } = await recognise(t, cast, draft.id, { whileDescribing });
      const response = await request(t.server).post(`/applications/${id}/publish`).set(secretary.auth).send({ version: await applicationVersion(t, id) });
      expect(response.status).toBe(200);
      published.push(response.body.listing.slug);
      if (intake.name.startsWith('Teruggetrokken')) {
        withdrawnSlug = response.body.listing.slug;
        await publication.expire(id, new Date('2099-01-01T00:00:00Z'));
      }
    }
  });
  afterAll(() => t.close());

  const listed = () => published.filter((slug) => slug !== withdrawnSlug);

  it('serves the list with the databank filters and paging, and the detail exactly as the public detail', async () => {
    const all = await request(t.server).get('/api/open/v1/interventions').expect(200);
    expect(all.body.items.map((item: { slug: string }) => item.slug).sort()).toEqual(listed().sort());
    const filtered = await request(t.server).get('/api/open/v1/interventions').query({ q: 'schuld', theme: 'armoede', pageSize: 1 }).expect(200);
    expect(filtered.body).toMatchObject({ total: 1, page: 1, pageSize: 1, truncated: false });
    for (const slug of listed()) {
      const open = await request(t.server).get(`/api/open/v1/interventions/${slug}`).expect(200);
      expect(open.body).toEqual(await publicDetail(slug));
    }
    await request(t.server).get(`/api/open/v1/interventions/${withdrawnSlug}`).expect(404);
    await request(t.server).get('/api/open/v1/interventions').query({ bogus: '1' }).expect(400);
    // The fact filters: setting, age band, maximum cost per participant (whole euros).
    const bySetting = await request(t.server).get('/api/open/v1/interventions').query({ setting: 'home', ageGroup: '65+', maxCost: 126 }).expect(200);
    expect(bySetting.body.items.map((item: { title: string }) => item.title)).toEqual(['Schuldhulpmaatje']);
    for (const query of [{ maxCost: 125 }, { ageGroup: '12-17' }, { setting: 'school' }, { maxCost: 126, costBasis: 'per_year' }])
      expect({ query, total: (await request(t.server).get('/api/open/v1/interventions').query(query).expect(200)).body.total }).toEqual({ query, total: 0 });
    for (const [field, value] of [['setting', 'strand'], ['ageGroup', '0-99'], ['maxCost', '12,50'], ['maxCost', '-1'], ['costBasis', 'per_uur']]) {
      const bad = await request(t.server).get('/api/open/v1/interventions').query({ [field]: value }).expect(400);
      expect({ field, value, fields: [...new Set(bad.body.errors.map((e: { field: string }) => e.field))] }).toEqual({ field, value, fields: [field] });
    }
  });

  it('shows in every open-data output only what the public detail of that listing shows', async () => {
    const details = new Map<string, Detail>();
    for (const slug of listed()) details.set(slug, await publicDetail(slug));

    // JSON list: every field equals the detail's, the summary being its start.
    const list = (await request(t.server).get('/api/open/v1/interventions').query({ pageSize: 100 }).expect(200)).body;
    for (const item of list.items as Record<string, unknown>[]) {
      const detail = details.get(item.slug as string)!;
      for (const [key, value] of Object.entries(item)) {
        if (key === 'summary') expect(detail.summary.replace(/\s+/g, ' ').startsWith((value as string).replace(/…$/, ''))).toBe(true);
        else expect({ key, value }).toEqual({ key, value: detail[key] });
      }
    }

    // CSV: one row per listed listing, every cell a field of its detail.
    const csv = await request(t.server).get('/api/open/v1/export/interventions.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(header).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(rows.map((row) => row[0]).sort()).toEqual(listed().sort());
    const detailValue: Record<string, (detail: Detail) => string> = {
      contactName: (d) => d.contact.name,
      contactEmail: (d) => d.contact.email,
      contactOrganisation: (d) => d.contact.organisation,
      themes: (d) => d.themes.join('; '),
      organisations: (d) => d.organisations.join('; '),
      ...Object.fromEntries(
        header.filter((column) => column.startsWith('facts.')).map((column) => [column, (d: Detail) => factCell((d.facts as Record<string, never> | null)?.[column.slice(6)])]),
      ),
    };
    for (const row of rows) {
      const detail = details.get(row[0])!;
      header.forEach((column, index) => {
        const expected = detailValue[column]?.(detail) ?? detail[column];
        expect({ column, value: cellValue(row[index]) }).toEqual({ column, value: expected });
      });
    }
    expect(csv.text).toContain(`"'=HYPERLINK(""x"") taalvaardigheid;`);
    // The facts are in the CSV as the detail has them, one column each.
    const withFacts = rows.find((row) => details.get(row[0])!.facts !== null)!;
    expect(details.get(withFacts[0])!.facts).toMatchObject({ ...LISTING_FACTS, ageBands: ['18-26', '27-64', '65+'] });
    expect(withFacts[header.indexOf('facts.settings')]).toBe('home; community_centre');
    expect(withFacts[header.indexOf('facts.costIncludes')]).toBe(`'=training; werkboek, "intake"`);

    // Atom: every entry's text is the detail's title, summary, dates, themes, level or organisation, or its public URL.
    for (const path of ['/api/open/v1/feed/recognitions.atom', '/api/open/v1/feed/recognitions.atom?theme=schulden']) {
      const feed = await request(t.server).get(path).buffer(true).parse((res, done) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => done(null, body));
      }).expect(200);
      expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const entries = [...(feed.body as string).matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((match) => match[1]);
      const slugs = entries.map((entry) => /<id>[^<]*\/interventies\/([^<]+)<\/id>/.exec(entry)![1]);
      expect(slugs.sort()).toEqual((path.includes('theme') ? listed().filter((slug) => details.get(slug)!.themes.includes('schulden')) : listed()).sort());
      entries.forEach((entry, index) => {
        const detail = details.get(slugs[index])!;
        const url = listingUrl(t.config.APP_URL, detail.slug);
        const allowed = new Set([detail.title, detail.summary, detail.publishedAt, detail.updatedAt, detail.contact.organisation, detail.level,
          detail.levelLabel, url, ...detail.themes].map(String));
        const texts = [...entry.matchAll(/>([^<]+)</g)].map((match) => decodeXml(match[1])).filter((text) => text.trim() !== '');
        const attributes = [...entry.matchAll(/ (?:href|term|label)="([^"]*)"/g)].map((match) => decodeXml(match[1]));
        for (const value of [...texts, ...attributes]) expect({ slug: detail.slug, value, allowed: allowed.has(value) }).toEqual({ slug: detail.slug, value, allowed: true });
      });
      for (const secret of secrets) expect({ path, secret, found: (feed.body as string).includes(secret) }).toEqual({ path, secret, found: false });
    }
    for (const secret of secrets) {
      expect({ secret, inCsv: csv.text.includes(secret), inList: JSON.stringify(list).includes(secret) }).toEqual({ secret, inCsv: false, inList: false });
    }
  });

  it('answers conditional requests with 304 and allows any origin to read', async () => {
    for (const path of ['/api/open/v1/interventions', `/api/open/v1/interventions/${listed()[0]}`, '/api/open/v1/export/interventions.csv',
      '/api/open/v1/feed/recognitions.atom', `/databank/interventions/${listed()[0]}`]) {
      const first = await request(t.server).get(path).set('Origin', 'https://gemeente.example').expect(200);
      expect({ path, etag: typeof first.headers.etag }).toEqual({ path, etag: 'string' });
      if (path.startsWith('/api/open')) expect({ path, cors: first.headers['access-control-allow-origin'] }).toEqual({ path, cors: '*' });
      await request(t.server).get(path).set('If-None-Match', first.headers.etag).expect(304);
    }
    const preflight = await request(t.server)
      .options('/api/open/v1/interventions')
      .set('Origin', 'https://gemeente.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'if-none-match')
      .expect(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, HEAD' });
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('refuses a malformed feed theme and is described in the OpenAPI document', async () => {
    const bad = await request(t.server).get('/api/open/v1/feed/recognitions.atom').query({ theme: 'Geen slug!' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['theme']);
    const openapi = (await request(t.server).get('/api/openapi.json').expect(200)).body;
    for (const path of ['/api/open/v1/interventions', '/api/open/v1/interventions/{slug}', '/api/open/v1/export/interventions.csv', '/api/open/v1/feed/recognitions.atom'])
      expect({ path, tags: openapi.paths[path]?.get?.tags }).toEqual({ path, tags: ['open data v1'] });
  });
});
