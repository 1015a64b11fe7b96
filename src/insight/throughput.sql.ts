import { casesCte, inPeriod, quarterOf, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * How many cases passed each milestone per quarter, from `insight_milestones`
 * (src/insight/insight-refresh.sql.ts says which events count). Rows are (quarter, measure, count).
 */
export function throughputQuery(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const period = inPeriod('m.at', filter, params);
  const sql = `
    WITH ${cases}
    SELECT ${quarterOf('m.at')} AS quarter, m.measure, count(*)::int AS count
      FROM insight_milestones m JOIN cases c ON c.id = m.application_id
     WHERE ${period}
     GROUP BY 1, 2`;
  return { sql, parameters: params.values };
}
