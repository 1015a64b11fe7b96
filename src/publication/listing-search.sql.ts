import type { LevelCode } from '../track/track.levels.js';
import { compoundQuery } from './compound-query.js';
import { factConditions, type ListingFactFilters } from './listing-facts.js';

/**
 * The SQL of the public databank search, kept apart from the service so that the benchmark
 * (bench/search.ts) runs exactly the statements the API runs.
 *
 * A result list holds at most RESULT_WINDOW listings. `ts_rank_cd` has to read (and decompress)
 * the tsvector of every row it ranks, and counting has to visit every matching row, so ranking
 * and counting all matches of a common word ("ouderen" in a third of 100,000 listings) costs
 * hundreds of milliseconds. Up to RESULT_WINDOW matches, every match is ranked. Past it the
 * window is filled title matches first (through the small title_vector index), then other
 * matches as the scan hands them out; the title matches rank above the rest, and the answer says
 * `truncated`. So a listing whose title matches is never left out for one that only mentions the
 * word. See docs/decisions/0007-databank-search-window.md and 0018.
 */
export const RESULT_WINDOW = 1000;

export interface PreparedQuery {
  /** The stemmed query and the words as typed, with prefixes (compoundQuery); null when q has no searchable word. */
  tsquery: string | null;
  /** plainto_tsquery('dutch', targetGroup) as text; null when there is no usable filter. */
  targetGroupQuery: string | null;
}

/**
 * One round trip that turns the user's text into tsqueries: the stemmed query and the words as
 * typed (`dutch_words`, see compound-query.ts). websearch_to_tsquery never raises a syntax error
 * (quotes, `&`, `!`, `:*` are read as web-search syntax or dropped); a query of only stop words
 * or punctuation yields an empty tsquery (numnode 0), which counts as "no query".
 */
export const PREPARE_SQL = `
  SELECT CASE WHEN numnode(q) > 0 THEN q::text END AS stems,
         CASE WHEN numnode(w) > 0 THEN w::text END AS words,
         CASE WHEN numnode(tg) > 0 THEN tg::text END AS "targetGroupQuery"
    FROM websearch_to_tsquery('dutch', coalesce($1::text, '')) AS q,
         websearch_to_tsquery('dutch_words', coalesce($1::text, '')) AS w,
         plainto_tsquery('dutch', coalesce($2::text, '')) AS tg`;

export interface PreparedRow {
  stems: string | null;
  words: string | null;
  targetGroupQuery: string | null;
}

export function preparedQuery(row: PreparedRow): PreparedQuery {
  return {
    tsquery: row.stems === null ? null : compoundQuery(row.stems, row.words),
    targetGroupQuery: row.targetGroupQuery,
  };
}

export interface ListingSearchFilters {
  prepared: PreparedQuery;
  /** A theme slug (validated by the caller). */
  theme?: string;
  level?: LevelCode;
  /** Setting, age group and maximum cost (listing-facts.ts). */
  facts?: ListingFactFilters;
  /** A committee's databank slug (validated by the caller). */
  databank?: string;
  page: number;
  pageSize: number;
}

export interface ListingSearchRow {
  slug: string;
  title: string;
  summary: string;
  level: LevelCode;
  themes: string[];
  organisations: string[];
  decisionDate: string;
}

export interface ListingSearchResult {
  /** Matches counted up to RESULT_WINDOW + 1; more than RESULT_WINDOW means the list is truncated. */
  matched: number;
  items: ListingSearchRow[];
}

/** The tokens of the `facets` column (see the migration): `theme:<slug>`, `level:<code>`. */
export function facetQuery(filters: Pick<ListingSearchFilters, 'theme' | 'level'>): string | null {
  const tokens = [];
  if (filters.theme !== undefined) tokens.push(`theme:${filters.theme}`);
  if (filters.level !== undefined) tokens.push(`level:${filters.level}`);
  if (tokens.length === 0) return null;
  return tokens.map((token) => `'${token.replace(/['\\]/g, '\\$&')}'`).join(' & ');
}

/** The listing's current application belongs to the committee of that databank. */
function databankCondition(slug: string): string {
  return `EXISTS (SELECT 1 FROM applications a JOIN committees c ON c.id = a.committee_id WHERE a.id = l.application_id AND c.databank_slug = ${slug})`;
}

/** Enough of the summary for a result line; the service cuts it at a word boundary. */
const ITEM_COLUMNS = `l.slug, l.title, left(l.summary, 400) AS summary, l.level, l.themes, l.organisations,
                      to_char(l.decision_date, 'YYYY-MM-DD') AS "decisionDate"`;

export function searchListingsStatement(filters: ListingSearchFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { tsquery, targetGroupQuery } = filters.prepared;
  const facets = facetQuery(filters);
  const query = tsquery === null ? null : bind(tsquery);
  // Every condition is a column of listings_search_idx, so the index intersects them.
  const exact = ['l.withdrawn_at IS NULL'];
  if (facets !== null) exact.push(`l.facets @@ ${bind(facets)}::tsquery`);
  if (targetGroupQuery !== null) exact.push(`l.target_group_vector @@ ${bind(targetGroupQuery)}::tsquery`);
  if (filters.facts) exact.push(...factConditions(filters.facts, bind));
  if (filters.databank !== undefined) exact.push(databankCondition(bind(filters.databank)));
  const filterConditions = exact.join(' AND ');
  const conditions = query ? `${filterConditions} AND l.search_vector @@ ${query}::tsquery` : filterConditions;
  // Pages past the window are empty rather than an error.
  const offset = (filters.page - 1) * filters.pageSize;
  const limit = bind(Math.max(0, Math.min(filters.pageSize, RESULT_WINDOW - offset)));
  const offsetParam = bind(Math.min(offset, RESULT_WINDOW));

  // Both forms pick the page's ids first and read the full rows of those ids only, so a deep page
  // walks the narrow (title, id) index or the small ranked set rather than wide rows.
  if (query === null) {
    return {
      sql: `
        WITH page AS (
          SELECT l.id, l.title FROM listings l WHERE ${conditions}
           ORDER BY l.title, l.id LIMIT ${limit} OFFSET ${offsetParam}
        )
        SELECT (SELECT count(*) FROM (SELECT 1 FROM listings l WHERE ${conditions} LIMIT ${RESULT_WINDOW + 1}) m)::int AS matched,
               coalesce((SELECT json_agg(p ORDER BY p.title, p.id) FROM (
                 SELECT l.id, ${ITEM_COLUMNS} FROM page JOIN listings l ON l.id = page.id) p), '[]'::json) AS items`,
      params,
    };
  }
  // Title matches first (a GIN index over the title alone answers them; the title is part of the
  // search vector, so a title match needs no test of that large vector, unless the query excludes
  // a word, which the rest of the text may hold), then the others in scan order, until the window
  // is full; the title matches stay on top when ranking.
  const titleConditions = tsquery!.includes('!') ? conditions : filterConditions;
  return {
    sql: `
      WITH title_matches AS MATERIALIZED (
        SELECT l.id FROM listings l WHERE ${titleConditions} AND l.title_vector @@ ${query}::tsquery LIMIT ${RESULT_WINDOW + 1}
      ), other_matches AS MATERIALIZED (
        SELECT l.id FROM listings l WHERE ${conditions} AND NOT (l.title_vector @@ ${query}::tsquery)
         LIMIT greatest(0, ${RESULT_WINDOW + 1} - (SELECT count(*) FROM title_matches))
      ), matches AS (
        SELECT id, true AS in_title FROM title_matches UNION ALL SELECT id, false FROM other_matches
      ), ranked AS (
        SELECT w.id, w.in_title, l.title, ts_rank_cd(l.search_vector, ${query}::tsquery) AS rank
          FROM (SELECT * FROM matches ORDER BY in_title DESC LIMIT ${RESULT_WINDOW}) w JOIN listings l ON l.id = w.id
      ), page AS (
        SELECT id, in_title, rank FROM ranked ORDER BY in_title DESC, rank DESC, title, id LIMIT ${limit} OFFSET ${offsetParam}
      )
      SELECT (SELECT count(*) FROM matches)::int AS matched,
             coalesce((SELECT json_agg(p ORDER BY p.in_title DESC, p.rank DESC, p.title, p.id) FROM (
               SELECT l.id, page.in_title, page.rank, ${ITEM_COLUMNS} FROM page JOIN listings l ON l.id = page.id) p), '[]'::json) AS items`,
    params,
  };
}
