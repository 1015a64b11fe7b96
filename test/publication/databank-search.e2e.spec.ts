import request from 'supertest';
import { RESULT_WINDOW } from '../../src/publication/listing-search.sql.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

type TestUser = Awaited<ReturnType<typeof createUser>>;

interface ListingFixture {
  slug: string;
  title: string;
  summary?: string;
  goal?: string;
  targetGroup?: string;
  approach?: string;
  level?: string;
  themes?: string[];
  withdrawn?: boolean;
}

/**
 * TEST-ONLY: a listing written straight into `listings` for a draft application, so the search
 * can be tested on many listings without driving each through the whole track (the publication
 * path has its own tests in publication.e2e.spec.ts).
 */
async function insertListing(t: TestApp, owner: TestUser, listing: ListingFixture): Promise<void> {
  const draft = await createDraft(t, owner.auth, { name: listing.title });
  await t.dataSource.query(
    `INSERT INTO listings (slug, application_id, first_application_id, title, summary, goal, target_group, approach,
                           organisations, level, decision_date, themes, contact_name, contact_email, contact_organisation,
                           recognised_until, withdrawn_at, withdrawn_reason)
     VALUES ($1, $2, $2, $3, $4, $5, $6, $7, '{Stichting Voorbeeld}', $8, '2026-01-15', $9, 'Olga', 'olga@example.nl',
             'Stichting Voorbeeld', '2031-01-15T10:00:00Z', $10, $11)`,
    [
      listing.slug, draft.id, listing.title, listing.summary ?? '', listing.goal ?? '', listing.targetGroup ?? '',
      listing.approach ?? '', listing.level ?? 'goed_beschreven', listing.themes ?? [],
      listing.withdrawn ? new Date() : null, listing.withdrawn ? 'expired' : null,
    ],
  );
}

const LISTINGS: ListingFixture[] = [
  {
    slug: 'vriendschappelijk-huisbezoek',
    title: 'Vriendschappelijk huisbezoek',
    summary: 'Getrainde vrijwilligers bezoeken eenzame ouderen thuis en gaan samen op pad in de wijk.',
    goal: 'Minder gevoelens van isolement.',
    targetGroup: 'Ouderen van 75 jaar en ouder die alleen wonen.',
    themes: ['eenzaamheid', 'ouderen'],
    level: 'goed_beschreven',
  },
  {
    slug: 'ouderen-in-beweging',
    title: 'Ouderen in beweging',
    summary: 'Beweeggroepen in buurthuizen.',
    targetGroup: 'Oudere wijkbewoners met weinig contacten.',
    themes: ['ouderen'],
    level: 'goed_onderbouwd',
  },
  {
    slug: 'schuldhulp-dichtbij',
    title: 'Schuldhulp dichtbij',
    summary: 'Vrijwillige thuisadministrateurs helpen huishoudens met betalingsachterstanden.',
    targetGroup: 'Gezinnen met problematische schulden.',
    themes: ['schulden', 'armoede'],
    level: 'goed_onderbouwd',
  },
  {
    slug: 'jongeren-aan-zet',
    title: 'Jongeren aan zet',
    summary: 'Jongeren organiseren zelf activiteiten in hun buurt. '.repeat(20).trim(),
    targetGroup: 'Jongeren van 14 tot 23 jaar.',
    themes: ['activering'],
    level: 'effectief_eerste',
  },
  {
    slug: 'teruggetrokken-eenzaamheidsaanpak',
    title: 'Teruggetrokken eenzaamheidsaanpak',
    summary: 'Een aanpak tegen eenzaamheid die niet meer erkend is.',
    themes: ['eenzaamheid'],
    withdrawn: true,
  },
];

const FILLERS = Array.from({ length: 21 }, (_, i) => ({
  slug: `buurtproject-${String(i + 1).padStart(2, '0')}`,
  title: `Buurtproject ${String(i + 1).padStart(2, '0')}`,
  summary: 'Bewoners knappen samen hun straat op.',
  targetGroup: 'Wijkbewoners.',
  themes: ['wijkontwikkeling'],
}));

const LISTED = LISTINGS.length - 1 + FILLERS.length;

describe('public databank search', () => {
  let t: TestApp;

  const search = async (query: Record<string, string | number>) => {
    const response = await request(t.server).get('/databank/interventions').query(query);
    expect({ query, status: response.status }).toEqual({ query, status: 200 });
    return response.body as { items: { slug: string; [key: string]: unknown }[]; total: number; truncated: boolean; page: number; pageSize: number };
  };
  const slugs = async (query: Record<string, string | number>) => (await search(query)).items.map((item) => item.slug);

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    const owner = await createUser(t, ['owner']);
    for (const listing of [...LISTINGS, ...FILLERS]) await insertListing(t, owner, listing);
  });
  afterAll(() => t.close());

  it('finds Dutch word forms the text does not literally contain', async () => {
    // The Dutch snowball stemmer reduces eenzaamheid/eenzame/eenzaam to "eenzam", and
    // ouderen/oudere/ouder to "ouder"; "wijken" to "wijk". (It does not join gezin and gezinnen.)
    expect(await slugs({ q: 'eenzaamheid' })).toEqual(['vriendschappelijk-huisbezoek']);
    expect(await slugs({ q: 'eenzaam' })).toEqual(['vriendschappelijk-huisbezoek']);
    expect((await slugs({ q: 'oudere' })).sort()).toEqual(['ouderen-in-beweging', 'vriendschappelijk-huisbezoek']);
    expect(await slugs({ q: 'wijken' })).toContain('vriendschappelijk-huisbezoek');
    expect(await slugs({ q: 'thuisadministrateur' })).toEqual(['schuldhulp-dichtbij']);
  });

  it('ranks a title match above a match in the body, and needs every word of a multi-word query', async () => {
    expect(await slugs({ q: 'ouderen' })).toEqual(['ouderen-in-beweging', 'vriendschappelijk-huisbezoek']);
    expect(await slugs({ q: 'eenzame oudere' })).toEqual(['vriendschappelijk-huisbezoek']);
    expect(await slugs({ q: 'ouderen or schulden' })).toHaveLength(3);
    expect(await slugs({ q: 'ouderen -eenzaam' })).toEqual(['ouderen-in-beweging']);
    expect(await slugs({ q: '"ouderen in beweging"' })).toEqual(['ouderen-in-beweging']);
  });

  it('filters exactly by theme, level and target group, alone and with a query', async () => {
    expect(await slugs({ theme: 'schulden' })).toEqual(['schuldhulp-dichtbij']);
    expect((await slugs({ theme: 'ouderen' })).sort()).toEqual(['ouderen-in-beweging', 'vriendschappelijk-huisbezoek']);
    expect(await slugs({ theme: 'eenzaamheid' })).toEqual(['vriendschappelijk-huisbezoek']);
    expect(await slugs({ theme: 'discriminatie' })).toEqual([]);
    expect(await slugs({ level: 'effectief_eerste' })).toEqual(['jongeren-aan-zet']);
    expect((await slugs({ level: 'goed_onderbouwd' })).sort()).toEqual(['ouderen-in-beweging', 'schuldhulp-dichtbij']);
    expect(await slugs({ q: 'ouderen', level: 'goed_beschreven' })).toEqual(['vriendschappelijk-huisbezoek']);
    expect(await slugs({ q: 'ouderen', theme: 'eenzaamheid', level: 'goed_onderbouwd' })).toEqual([]);
    // Target group: all words, in any inflection, within the target group text only.
    expect((await slugs({ targetGroup: 'ouderen' })).sort()).toEqual(['ouderen-in-beweging', 'vriendschappelijk-huisbezoek']);
    expect(await slugs({ targetGroup: 'oudere alleen' })).toEqual(['vriendschappelijk-huisbezoek']);
    expect(await slugs({ targetGroup: 'schulden', theme: 'armoede' })).toEqual(['schuldhulp-dichtbij']);
    // "eenzame" is in a summary, never in a target group.
    expect(await slugs({ targetGroup: 'eenzame' })).toEqual([]);
  });

  it('refuses malformed filters with a 400 that names them', async () => {
    for (const [query, field] of [
      [{ level: 'heel_goed' }, 'level'],
      [{ theme: 'Eenzaamheid!' }, 'theme'],
      [{ page: 0 }, 'page'],
      [{ page: 'twee' }, 'page'],
      [{ pageSize: 101 }, 'pageSize'],
      [{ q: 'x'.repeat(201) }, 'q'],
      [{ targetGroup: 'x'.repeat(201) }, 'targetGroup'],
      [{ q: '\u0000ouderen' }, 'q'],
    ] as const) {
      const response = await request(t.server).get('/databank/interventions').query(query);
      expect({ query, status: response.status, fields: response.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        query,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
    await search({ q: `${'ouderen '.repeat(25)}`.slice(0, 200) });
  });

  it('answers empty queries and odd characters normally', async () => {
    for (const q of ['', '   ', 'de het een', '!!!', '-']) {
      const result = await search({ q });
      expect({ q, total: result.total }).toEqual({ q, total: LISTED });
    }
    const odd = ["'", '&', '!', ':*', 'eenzaam:*', 'ouderen & | ! (', '"', '"ouderen', '(((', ')', '\\', '%', '_', '<script>alert(1)</script>',
      'é ü ñ 中文 🙂', "o'neill", 'a:b:c', '&&&|||!!!', 'or', 'and', 'not', '<->', '<2>', "'; DROP TABLE listings; --", '\u202e\u200b'];
    for (const q of odd) {
      const result = await search({ q });
      expect(Array.isArray(result.items)).toBe(true);
    }
    expect(await slugs({ q: "ouderen'" })).toEqual(['ouderen-in-beweging', 'vriendschappelijk-huisbezoek']);
    expect(await slugs({ q: 'ouderen:*' })).toEqual(['ouderen-in-beweging', 'vriendschappelijk-huisbezoek']);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM listings`)).toEqual([{ n: LISTINGS.length + FILLERS.length }]);
  });

  it('lists everything by title without a query, in pages', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const result = await search({ page, pageSize: 10 });
      expect(result).toMatchObject({ total: LISTED, truncated: false, page, pageSize: 10 });
      seen.push(...result.items.map((item) => item.slug));
    }
    expect(seen).toHaveLength(LISTED);
    expect(new Set(seen).size).toBe(LISTED);
    const titles = (await search({ pageSize: 100 })).items.map((item) => item.title as string);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(seen).not.toContain('teruggetrokken-eenzaamheidsaanpak');
    expect((await search({ page: 4, pageSize: 10 })).items).toEqual([]);
    expect((await search({ q: 'buurtproject', pageSize: 5, page: 5 })).items.map((item) => item.slug)).toEqual(['buurtproject-21']);
    expect((await search({})).pageSize).toBe(20);
  });

  it('shows result items with a short summary and public fields only', async () => {
    const [item] = (await search({ q: 'jongeren' })).items;
    expect(item).toEqual({
      slug: 'jongeren-aan-zet',
      title: 'Jongeren aan zet',
      summary: expect.stringMatching(/^Jongeren organiseren zelf activiteiten in hun buurt\..*…$/),
      level: 'effectief_eerste',
      levelLabel: 'Effectief – eerste aanwijzingen',
      levelLabelEn: 'Effective – first indications',
      // Written without a committee: the national words and no partner databank.
      databank: null,
      databankName: null,
      themes: ['activering'],
      organisations: ['Stichting Voorbeeld'],
      decisionDate: '2026-01-15',
    });
    expect((item.summary as string).length).toBeLessThanOrEqual(281);
  });

  it('answers 404 for unknown, malformed and withdrawn slugs', async () => {
    await request(t.server).get('/databank/interventions/schuldhulp-dichtbij').expect(200);
    for (const slug of ['bestaat-niet', 'teruggetrokken-eenzaamheidsaanpak', 'Schuldhulp-Dichtbij', '%00', 'a'.repeat(300), "x'--"]) {
      const response = await request(t.server).get(`/databank/interventions/${encodeURIComponent(slug)}`);
      expect({ slug, status: response.status, code: response.body.code }).toEqual({ slug, status: 404, code: 'LISTING_NOT_FOUND' });
    }
  });

  it(`caps a result list at ${RESULT_WINDOW} listings and says it is truncated`, async () => {
    // TEST-ONLY: bulk rows straight in SQL, all mentioning one word.
    const [{ id: userId }] = await t.dataSource.query(`SELECT id FROM users LIMIT 1`);
    await t.dataSource.query(
      `WITH apps AS (
         INSERT INTO applications (reference, name, organisation, contact_name, contact_email, target_level, created_by, state, snapshot, machine_version)
         SELECT 'BULK-' || i, 'Kraamzorg ' || i, 'S', 'C', 'c@example.nl', 'goed_beschreven', $1, 'published.listed', '{}', 1
           FROM generate_series(1, $2::int) AS i
         RETURNING id, name)
       INSERT INTO listings (slug, application_id, first_application_id, title, summary, level, decision_date, themes,
                             contact_name, contact_email, contact_organisation, recognised_until)
       SELECT 'kraamzorg-' || substr(id::text, 1, 8) || '-' || substr(md5(id::text), 1, 6), id, id, name, 'Kraamzorg thuis.',
              'goed_beschreven', '2026-01-01', '{}', 'C', 'c@example.nl', 'S', '2031-01-01'
         FROM apps`,
      [userId, RESULT_WINDOW + 5],
    );
    const first = await search({ q: 'kraamzorg', pageSize: 100 });
    expect(first).toMatchObject({ total: RESULT_WINDOW, truncated: true });
    expect(first.items).toHaveLength(100);
    const last = await search({ q: 'kraamzorg', pageSize: 100, page: RESULT_WINDOW / 100 });
    expect(last.items).toHaveLength(100);
    expect((await search({ q: 'kraamzorg', pageSize: 100, page: RESULT_WINDOW / 100 + 1 })).items).toEqual([]);
    expect(await search({ q: 'kraamzorg', level: 'effectief_sterke' })).toMatchObject({ total: 0, truncated: false });
    expect(await search({})).toMatchObject({ total: RESULT_WINDOW, truncated: true });
    expect((await search({ q: 'schuldhulp' })).items.map((item) => item.slug)).toEqual(['schuldhulp-dichtbij']);
  });
});
