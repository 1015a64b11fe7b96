import { casesCte, inPeriod, quarterOf, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * Lead times in working days with median, p75 and p90 over the period and per quarter (a row with
 * `quarter` NULL is the whole period), from the stays in `insight_spans` that ended in the period
 * (src/insight/insight-refresh.sql.ts defines a stay). A stay counts in the quarter it ended;
 * stays still running are no lead time yet.
 */
export function leadTimesQuery(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const period = inPeriod('s.ended_at', filter, params);
  const sql = `
    WITH ${cases},
    counted AS (
      SELECT s.measure, ${quarterOf('s.ended_at')} AS quarter, s.working_days AS days
        FROM insight_spans s JOIN cases c ON c.id = s.application_id
       WHERE s.ended_at IS NOT NULL AND ${period})
    SELECT measure, quarter, count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY days) AS p75,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
      FROM counted
     GROUP BY GROUPING SETS ((measure), (measure, quarter))`;
  return { sql, parameters: params.values };
}
