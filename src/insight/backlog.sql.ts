import { casesCte, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * The backlog per phase at the end of each month of the period (the end of its last day, Amsterdam
 * time; for a month not over yet, now): the stays in `insight_spans` that had begun by then and
 * not yet ended. Rows are (month `2025-03`, measure, count); months with nothing in a phase have no row.
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
             least((month + interval '1 month')::timestamp AT TIME ZONE 'Europe/Amsterdam', ${at}::timestamptz) AS at
        FROM generate_series(date_trunc('month', ${from}::date::timestamp), date_trunc('month', ${to}::date::timestamp), interval '1 month') AS month)
    SELECT m.month, s.measure, count(*)::int AS count
      FROM months m
      JOIN insight_spans s ON tstzrange(s.started_at, s.ended_at, '[)') @> m.at AND s.measure <> 'submissionToDecision'
      JOIN cases c ON c.id = s.application_id
     GROUP BY m.month, s.measure`;
  return { sql, parameters: params.values };
}
