/**
 * Latency of the public databank search with 100,000 listed interventions.
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/search.js
 *
 * Options (all optional):
 *   --listings <n>   listed interventions to generate          (default 100000)
 *   --runs <n>       measured runs per query                    (default 200)
 *   --warmup <n>     unmeasured runs per query before measuring (default 20)
 *   --keep           keep the database afterwards (and reuse it when it is already filled)
 *   --naive          also time the naive form (rank and count every match; slow, minutes)
 *
 * It creates its own database (BENCH_DATABASE, default `erk_bench_search`, on the server of TEST_ADMIN_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/test), runs the migrations, generates the listings
 * deterministically (a seeded PRNG over a vocabulary of Dutch social-domain words; one rare
 * word in 0.01% of the listings), VACUUM ANALYZEs, and then times, one query at a time on one
 * connection:
 *   - pk          a primary-key read of one listing (the baseline);
 *   - rare/common/multi-word text searches through the service's own statements
 *     (PREPARE_SQL, then searchListingsStatement: two round trips, as in the API);
 *   - the same searches ranking every match (the naive form the ranking window replaces);
 *   - the same with filters, and browsing without a text query (ordered by title).
 * Ratios are p50 and p95 against the primary-key read's. The database is dropped at the end
 * unless --keep is given.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import os from 'node:os';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { runMigrations } from '../src/database/run-migrations.js';
import {
  PREPARE_SQL,
  RESULT_WINDOW,
  preparedQuery,
  searchListingsStatement,
  type ListingSearchFilters,
  type ListingSearchResult,
  type PreparedRow,
} from '../src/publication/listing-search.sql.js';

/** BENCH_DATABASE names the database, so that two benches (or two checkouts) can run side by side. */
const DATABASE = process.env.BENCH_DATABASE ?? 'erk_bench_search';
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
    naive: { type: 'boolean', default: false },
  },
});
const LISTINGS = Number(args.listings);
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);

// ---------------------------------------------------------------------------
// Deterministic Dutch-ish listings
// ---------------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Target groups with a skewed share: about a third of the listings is for older people. */
const TARGET_GROUPS: [string, number][] = [
  ['eenzame ouderen', 20],
  ['ouderen met een kleine beurs', 10],
  ['jongeren', 12],
  ['kwetsbare gezinnen', 10],
  ['mantelzorgers', 8],
  ['statushouders', 6],
  ['mensen met schulden', 8],
  ['dak- en thuislozen', 5],
  ['wijkbewoners', 8],
  ['vrijwilligers', 5],
  ['laaggeletterden', 4],
  ['slachtoffers van huiselijk geweld', 4],
];
const THEMES = ['eenzaamheid', 'armoede', 'schulden', 'activering', 'ouderen', 'vrijwillige-inzet', 'wijkontwikkeling',
  'maatschappelijke-participatie', 'basisvaardigheden', 'huiselijk-en-seksueel-geweld', 'informele-zorg', 'hulpverlening'];
const LEVELS = ['goed_beschreven', 'goed_onderbouwd', 'effectief_eerste', 'effectief_goede', 'effectief_sterke'];
const METHODS = ['Maatjesproject', 'Huisbezoekprogramma', 'Buurtcirkel', 'Groepstraining', 'Coachingstraject', 'Wijkaanpak',
  'Steunpunt', 'Ontmoetingsgroep', 'Budgetcursus', 'Taalcafé', 'Netwerkversterking', 'Ervaringsdeskundigheid'];
const WORDS = `aandacht aanpak activiteiten advies afspraken alleenstaanden begeleiding behoeften bereik betrokkenheid bewoners
bijeenkomsten buurt buurthuis contact cursus deelnemers dagbesteding digitale doelen doelgroep eigen empowerment ervaringen
evaluatie financiën gemeente gesprekken gezondheid groep handvatten herstel hulpvraag huisbezoeken inkomen inzet kennis
kracht krachtgerichte laagdrempelig leefstijl leren maatschappelijk medewerkers methodiek motivatie netwerk ondersteuning
ontmoeting opvoeding organisaties participatie persoonlijke preventie professionals regie relaties samenwerking school
signalering sociaal sociale stappen stress structuur taal thuis training uitvoerders veiligheid verbinding vertrouwen
vaardigheden vrijwillige welzijn werk werkers wijkteam wonen zelfredzaamheid zelfvertrouwen zorg gesprek schaamte
eenzaamheid armoede isolement mantelzorg opvang praktijk onderzoek procesevaluatie effecten vragenlijst nameting voormeting
interviews tevredenheid resultaten uitkomsten handboek training scholing supervisie intervisie protocol fasering duur
contactmomenten wekelijks maandelijks afsluiting nazorg doorverwijzing toeleiding huisarts wijkverpleging bibliotheek`
  .split(/\s+/)
  .filter(Boolean);
/** Appears in one listing in ten thousand. */
const RARE_WORD = 'kraamzorgpaspoort';

function listing(i: number) {
  const random = prng(i * 7919 + 17);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const weighted = () => {
    const total = TARGET_GROUPS.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [group, w] of TARGET_GROUPS) if ((r -= w) < 0) return group;
    return TARGET_GROUPS[0][0];
  };
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const group = weighted();
  const title = `${pick(METHODS)} ${words(2)} ${i}`;
  const rare = i % 10_000 === 4_321 ? ` ${RARE_WORD}` : '';
  return {
    title,
    summary: `${title} is een aanpak voor ${group}. ${words(70)}.`,
    goal: `Meer ${words(3)} en minder ${words(2)} bij ${group}.`,
    targetGroup: `${group[0].toUpperCase()}${group.slice(1)} ${words(6)}.`,
    approach: `${words(40)}.`,
    organisations: [`Stichting ${pick(WORDS)} ${i % 997}`],
    activeElements: `${words(25)}.`,
    research: `${words(20)}${rare}.`,
    level: pick(LEVELS),
    decisionDate: new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 2400) * 86_400_000).toISOString().slice(0, 10),
    themes: [pick(THEMES), pick(THEMES)].filter((theme, index, all) => all.indexOf(theme) === index),
  };
}

async function fill(dataSource: DataSource): Promise<void> {
  // A kept database from an interrupted run starts over.
  await dataSource.query(`TRUNCATE listings, applications, users CASCADE`);
  const [{ id: userId }] = await dataSource.query(
    `INSERT INTO users (email, name, organisation, roles, password_hash)
     VALUES ('bench@example.nl', 'Bench', 'Bench', '{owner}', 'x') RETURNING id`,
  );
  // Minimal source applications: the listings' foreign keys need them; their content is not measured.
  await dataSource.query(
    `INSERT INTO applications (id, reference, name, organisation, contact_name, contact_email, target_level, created_by, state, snapshot, machine_version)
     SELECT md5('bench' || i)::uuid, 'BENCH-' || i, 'Bench ' || i, 'Bench', 'Bench', 'bench@example.nl', 'goed_beschreven', $1,
            'published.listed', '{}'::jsonb, 1
       FROM generate_series(1, $2::int) AS i`,
    [userId, LISTINGS],
  );
  const BATCH = 2000;
  for (let start = 1; start <= LISTINGS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, LISTINGS - start + 1) }, (_, k) => ({ i: start + k, ...listing(start + k) }));
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
    await dataSource.query(
      `INSERT INTO listings (slug, application_id, first_application_id, title, summary, goal, target_group, approach,
                             organisations, active_elements, research, level, decision_date, themes,
                             contact_name, contact_email, contact_organisation, recognised_until)
       SELECT 'interventie-' || i, md5('bench' || i)::uuid, md5('bench' || i)::uuid, title, summary, goal, target_group, approach,
              string_to_array(organisations, '|'), active_elements, research, level, decision_date::date, string_to_array(themes, '|'),
              'Contact', 'contact@example.nl', 'Stichting', decision_date::date + interval '5 years'
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[])
           AS t(i, title, summary, goal, target_group, approach, organisations, active_elements, research, level, decision_date, themes)`,
      [
        column('i'), column('title'), column('summary'), column('goal'), column('targetGroup'), column('approach'),
        rows.map((row) => row.organisations.join('|')), column('activeElements'), column('research'), column('level'),
        column('decisionDate'), rows.map((row) => row.themes.join('|')),
      ],
    );
    if ((start - 1) % 20_000 === 0) process.stdout.write(`  generated ${start - 1 + rows.length} listings\n`);
  }
  await dataSource.query(`VACUUM ANALYZE listings`);
  await dataSource.query(`VACUUM ANALYZE applications`);
}

// ---------------------------------------------------------------------------
// Measurement
// ---------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** What DatabankService.search does, minus the HTTP layer and the view mapping. */
async function serviceSearch(client: pg.Client, q: string | null, filters: Partial<ListingSearchFilters> = {}) {
  const { rows: [row] } = await client.query<PreparedRow>(PREPARE_SQL, [q, null]);
  const statement = searchListingsStatement({ prepared: preparedQuery(row), page: 1, pageSize: 20, ...filters });
  const { rows: [result] } = await client.query<ListingSearchResult>(statement.sql, statement.params);
  return result;
}

/** The form the window replaces: rank and count every match. */
async function naiveSearch(client: pg.Client, q: string) {
  const { rows } = await client.query(
    `SELECT l.slug, l.title, ts_rank_cd(l.search_vector, query) AS rank, count(*) OVER () AS total
       FROM listings l, websearch_to_tsquery('dutch', $1) AS query
      WHERE l.withdrawn_at IS NULL AND l.search_vector @@ query
      ORDER BY rank DESC, l.title, l.id LIMIT 20`,
    [q],
  );
  return rows;
}

async function main(): Promise<void> {
  const adminUrl = new URL(ADMIN_URL);
  const benchUrl = new URL(ADMIN_URL);
  benchUrl.pathname = `/${DATABASE}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])).rowCount === 1;
  if (exists && !args.keep) await admin.query(`DROP DATABASE "${DATABASE}" WITH (FORCE)`);
  if (!exists || !args.keep) await admin.query(`CREATE DATABASE "${DATABASE}"`);

  const dataSource = new DataSource({ ...dataSourceOptions({ DATABASE_URL: benchUrl.toString() }, 'bench-search'), extra: { max: 2 } });
  await dataSource.initialize();
  const client = new pg.Client({ connectionString: benchUrl.toString(), application_name: 'bench-search' });
  try {
    await runMigrations(dataSource);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM listings`);
    if (count !== LISTINGS) {
      const started = Date.now();
      await fill(dataSource);
      console.log(`generated ${LISTINGS} listings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.connect();

    const [{ version }] = (await client.query(`SELECT split_part(version(), ' on ', 1) AS version`)).rows;
    const [{ size }] = (await client.query(`SELECT pg_size_pretty(pg_total_relation_size('listings')) AS size`)).rows;
    console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), loadavg ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`${version}; ${LISTINGS} listings, table with indexes ${size}; ${WARMUP} warm-up + ${RUNS} measured runs per query, one connection, page size 20, result window ${RESULT_WINDOW}`);

    // The classes of the issue: a rare word, a common word (in about a quarter of the listings
    // after prefix matching), two words, a compound query (a word that begins compounds), and
    // below a theme + level filter without words and page 50 of the common word.
    const queries: [string, string][] = [
      ['rare', RARE_WORD],
      ['common', 'ouderen'],
      ['two words', 'eenzame ouderen'],
      ['multi-word', 'eenzame ouderen in de buurt'],
      ['compound', 'taal'],
    ];
    const matches = new Map<string, number>();
    for (const [, q] of queries) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM listings WHERE withdrawn_at IS NULL AND search_vector @@ $1::tsquery`,
        [preparedQuery((await client.query<PreparedRow>(PREPARE_SQL, [q, null])).rows[0]).tsquery],
      );
      matches.set(q, rows[0].n);
    }

    const { rows: [{ level: levelOfRare }] } = await client.query(
      `SELECT level FROM listings WHERE search_vector @@ websearch_to_tsquery('dutch', $1) LIMIT 1`, [RARE_WORD]);
    const { rows: ids } = await client.query<{ id: string }>(`SELECT id FROM listings ORDER BY id LIMIT 500`);
    let next = 0;
    const results: { name: string; detail: string; p50: number; p95: number }[] = [];
    const measure = async (name: string, detail: string, run: () => Promise<unknown>) => {
      results.push({ name, detail, ...(await time(run)) });
    };

    await measure('pk', 'SELECT * FROM listings WHERE id = $1', () =>
      client.query('SELECT * FROM listings WHERE id = $1', [ids[next++ % ids.length].id]));
    for (const [kind, q] of queries) {
      const sample = await serviceSearch(client, q);
      if (sample.items.length === 0) throw new Error(`the ${kind} query "${q}" found nothing`);
      await measure(kind, `"${q}": ${matches.get(q)} matches, ${sample.matched > RESULT_WINDOW ? `window of ${RESULT_WINDOW}` : 'all'} ranked`, () =>
        serviceSearch(client, q));
    }
    const filtered: [string, string | null, Partial<ListingSearchFilters>][] = [
      ['common, page 50', 'ouderen', { page: 50 }],
      ['theme + level only', null, { theme: 'eenzaamheid', level: 'goed_onderbouwd' }],
      ['common + theme + level', 'ouderen', { theme: 'eenzaamheid', level: 'goed_onderbouwd' }],
      ['rare + level', RARE_WORD, { level: levelOfRare }],
      ['browse', null, {}],
      ['browse + theme, page 40', null, { theme: 'eenzaamheid', page: 40 }],
    ];
    for (const [name, q, filters] of filtered) {
      const sample = await serviceSearch(client, q, filters);
      if (sample.items.length === 0) throw new Error(`${name} found nothing`);
      const shown = Object.entries(filters).map(([key, value]) => `${key}=${value}`).join(', ');
      await measure(name, `${q === null ? 'no text query, by title' : `"${q}"`}${shown ? `, ${shown}` : ''}: ${sample.matched > RESULT_WINDOW ? `more than ${RESULT_WINDOW}` : sample.matched} matches`, () =>
        serviceSearch(client, q, filters));
    }
    if (args.naive) for (const [kind, q] of queries.slice(1, 3))
      await measure(`naive ${kind}`, `"${q}": rank and count every match`, () => naiveSearch(client, q));

    const base = results[0];
    const pad = (text: string, width: number) => text.padEnd(width);
    const num = (value: number, width: number) => value.toFixed(2).padStart(width);
    console.log('');
    console.log(`${pad('query', 24)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'p50 ×pk'.padStart(8)}  ${'p95 ×pk'.padStart(8)}  detail`);
    console.log(`${'-'.repeat(24)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}  ${'-'.repeat(8)}  ------`);
    for (const row of results)
      console.log(
        `${pad(row.name, 24)}  ${num(row.p50, 8)}  ${num(row.p95, 8)}  ${num(row.p50 / base.p50, 8)}  ${num(row.p95 / base.p95, 8)}  ${row.detail}`,
      );
  } finally {
    await client.end().catch(() => undefined);
    await dataSource.destroy();
    if (!args.keep) await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
