/**
 * Recall and precision of the ways to match Dutch compounds, on the relevance set of
 * test/publication/search-relevance.fixture.ts (docs/decisions/0018).
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/search-relevance.js [--verbose]
 *
 * It creates its own database (BENCH_DATABASE, default `erk_bench_relevance`, on the server of
 * TEST_ADMIN_DATABASE_URL), loads the fixture's listings into a plain table with their text and
 * `dutch` tsvector, runs every query through every option and prints, per option: micro-averaged
 * recall (expected listings found ÷ expected) and precision (expected listings found ÷ found),
 * the queries answered completely, and the queries that found nothing. The Hunspell option is
 * tried on PostgreSQL itself: when the server cannot load the Dutch dictionary, the table says why.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { RELEVANCE_LISTINGS, RELEVANCE_QUERIES } from '../test/publication/search-relevance.fixture.js';
import { DUTCH_WORDS_CONFIGURATION_SQL } from '../migrations/1764002600000-databank-compound-search.js';
import { compoundQuery, prefixLexemes } from '../src/publication/compound-query.js';

const DATABASE = process.env.BENCH_DATABASE ?? 'erk_bench_relevance';
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const { values: args } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });

interface MatchingOption {
  name: string;
  /** A condition over `r` (slug, doc text, vec tsvector) with the query text in $1 and `query`'s tsquery in $2. */
  condition: string;
  query?: (stems: string, words: string) => string;
  setup?: string[];
}

/** The stemmed query and the words as typed, as PREPARE_SQL gives them to the service. */
const PREPARE = `SELECT websearch_to_tsquery('dutch', $1)::text AS stems, websearch_to_tsquery('dutch_words', $1)::text AS words`;

const OPTIONS: MatchingOption[] = [
  { name: 'dutch snowball (before)', condition: `r.vec @@ $2::tsquery`, query: (stems) => stems },
  { name: 'prefix of every stem', condition: `r.vec @@ $2::tsquery`, query: (stems) => prefixLexemes(stems, 1) },
  { name: 'prefix of stem >= 4 letters', condition: `r.vec @@ $2::tsquery`, query: (stems) => prefixLexemes(stems, 4) },
  { name: 'prefix of stem or word (chosen)', condition: `r.vec @@ $2::tsquery`, query: compoundQuery },
  {
    name: 'trigram word_similarity >= 0.6',
    condition: `(SELECT bool_and(word <% r.doc) FROM regexp_split_to_table(lower($1), '\\s+') AS word WHERE word <> '')`,
  },
  {
    name: 'trigram substring (LIKE %w%)',
    condition: `(SELECT bool_and(r.doc LIKE '%' || word || '%') FROM regexp_split_to_table(lower($1), '\\s+') AS word WHERE word <> '')`,
  },
  {
    name: 'Hunspell nl (ispell template)',
    setup: [`CREATE TEXT SEARCH DICTIONARY nl_hunspell (TEMPLATE = ispell, DictFile = nl, AffFile = nl, StopWords = dutch)`,
      `CREATE TEXT SEARCH CONFIGURATION dutch_hunspell (COPY = dutch)`,
      `ALTER TEXT SEARCH CONFIGURATION dutch_hunspell ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart, asciihword, hword WITH nl_hunspell, dutch_stem`],
    condition: `to_tsvector('dutch_hunspell', r.doc) @@ websearch_to_tsquery('dutch_hunspell', $1)`,
  },
];

async function main(): Promise<void> {
  const benchUrl = new URL(ADMIN_URL);
  benchUrl.pathname = `/${DATABASE}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DATABASE}"`);
  const client = new pg.Client({ connectionString: benchUrl.toString() });
  await client.connect();
  try {
    await client.query(`CREATE EXTENSION pg_trgm`);
    for (const statement of DUTCH_WORDS_CONFIGURATION_SQL) await client.query(statement);
    await client.query(`CREATE TABLE r (slug text PRIMARY KEY, doc text NOT NULL, vec tsvector NOT NULL)`);
    for (const listing of RELEVANCE_LISTINGS) {
      const doc = `${listing.title} ${listing.summary} ${listing.targetGroup}`;
      await client.query(`INSERT INTO r VALUES ($1, lower($2), to_tsvector('dutch', $2))`, [listing.slug, doc]);
    }
    console.log(`${RELEVANCE_LISTINGS.length} listings, ${RELEVANCE_QUERIES.length} queries (test/publication/search-relevance.fixture.ts)\n`);
    console.log(`${'option'.padEnd(34)}  recall  precision  complete  empty`);
    for (const option of OPTIONS) {
      try {
        for (const statement of option.setup ?? []) await client.query(statement);
      } catch (error) {
        console.log(`${option.name.padEnd(34)}  not available: ${(error as Error).message}`);
        continue;
      }
      let expectedTotal = 0;
      let foundTotal = 0;
      let hits = 0;
      let complete = 0;
      let empty = 0;
      const misses: string[] = [];
      for (const [query, expected] of RELEVANCE_QUERIES) {
        const { rows: [prepared] } = await client.query<{ stems: string; words: string }>(PREPARE, [query]);
        const tsquery = option.query?.(prepared.stems, prepared.words) ?? '';
        const { rows } = await client.query<{ slug: string }>(`SELECT r.slug FROM r WHERE $1::text IS NOT NULL AND $2::text IS NOT NULL AND ${option.condition}`, [query, tsquery]);
        const found = rows.map((row) => row.slug);
        const good = found.filter((slug) => expected.includes(slug)).length;
        expectedTotal += expected.length;
        foundTotal += found.length;
        hits += good;
        if (good === expected.length) complete += 1;
        if (found.length === 0) empty += 1;
        const missing = expected.filter((slug) => !found.includes(slug));
        const extra = found.filter((slug) => !expected.includes(slug));
        if (missing.length + extra.length > 0) misses.push(`    "${query}": missing ${missing.join(', ') || '-'}; extra ${extra.join(', ') || '-'}`);
      }
      const recall = hits / expectedTotal;
      const precision = foundTotal === 0 ? 1 : hits / foundTotal;
      console.log(
        `${option.name.padEnd(34)}  ${recall.toFixed(2).padStart(6)}  ${precision.toFixed(2).padStart(9)}  ${`${complete}/${RELEVANCE_QUERIES.length}`.padStart(8)}  ${String(empty).padStart(5)}`,
      );
      if (args.verbose) for (const line of misses) console.log(line);
    }
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
