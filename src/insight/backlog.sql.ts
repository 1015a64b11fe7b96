import { casesCte, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * The backlog per phase for each month of the period, from the stays in `insight_spans`:
 * - `atEnd`: the stays that had begun by the end of the month (the end of its last day, Amsterdam
 *   time; for a month not over yet, now) and not yet ended;
 * - `entered` / `left`: the stays that began / ended after the end of the month before and by the
 *   end of this one, so that a month's `atEnd` is the month before's plus `entered` minus `left`.
 * Rows are (month `2025-03`, measure, atEnd, entered, left); a phase with nothing in a month has no row.
 */
export function backlogQuery(filter: InsightFilter, now: Date): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const from = params.add(filter.from);
  const to = params.add(filter.to);
  const at = params.add(now);
  const sql = `
    WITH ${cases},
    months AS (
      SELECT to_char(month, 'YYYY-MM') AS month,
             least(month::timestamp AT TIME ZONE 'Europe/Amsterdam', ${at}::timestamptz) AS since,
             least((month + interval '1 month')::timestamp AT TIME ZONE 'Europe/Amsterdam', ${at}::timestamptz) AS at
        FROM generate_series(date_trunc('month', ${from}::date::timestamp), date_trunc('month', ${to}::date::timestamp), interval '1 month') AS month),
    counts AS (
      SELECT m.month, s.measure, s.application_id, 1 AS at_end, 0 AS entered, 0 AS left_
        FROM months m
        JOIN insight_spans s ON tstzrange(s.started_at, s.ended_at, '[)') @> m.at AND s.measure <> 'submissionToDecision'
      UNION ALL
      SELECT m.month, s.measure, s.application_id, 0, 1, 0
        FROM months m
        JOIN insight_spans s ON s.started_at > m.since AND s.started_at <= m.at AND s.measure <> 'submissionToDecision'
      UNION ALL
      SELECT m.month, s.measure, s.application_id, 0, 0, 1
        FROM months m
        JOIN insight_spans s ON s.ended_at > m.since AND s.ended_at <= m.at AND s.measure <> 'submissionToDecision')
    SELECT c.month, c.measure, sum(c.at_end)::int AS "atEnd", sum(c.entered)::int AS entered, sum(c.left_)::int AS "left"
      FROM counts c
      JOIN cases ON cases.id = c.application_id
     GROUP BY c.month, c.measure`;
  return { sql, parameters: params.values };
}
