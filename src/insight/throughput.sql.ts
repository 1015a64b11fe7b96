import { casesCte, inPeriod, quarterOf, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * How many cases passed each milestone per quarter: submitted (`submitted_at`), admitted, not
 * admitted, withdrawn, published for the first time and expired (transitions in the audit trail),
 * and the committee's decisions by verdict (decisions of kind `decision`; an objection's decision
 * is not counted again). Rows are (quarter, measure, count).
 */
export function throughputQuery(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const period = inPeriod('at', filter, params);
  const sql = `
    WITH ${cases},
    milestones AS (
      SELECT 'submitted' AS measure, a.submitted_at AS at
        FROM cases c JOIN applications a ON a.id = c.id
       WHERE a.submitted_at IS NOT NULL
      UNION ALL
      SELECT CASE e.to_state
               WHEN 'description' THEN 'admitted'
               WHEN 'notAdmitted' THEN 'notAdmitted'
               WHEN 'withdrawn' THEN 'withdrawn'
               WHEN 'expired' THEN 'expired'
               ELSE 'published' END,
             e.created_at
        FROM audit_events e JOIN cases c ON c.id = e.application_id
       WHERE (e.to_state = 'description' AND e.from_state = 'intake')
          OR (e.to_state IN ('notAdmitted', 'withdrawn', 'expired') AND e.from_state IS DISTINCT FROM e.to_state)
          OR (e.to_state = 'published.listed' AND (e.from_state IS NULL OR e.from_state NOT LIKE 'published.%'))
      UNION ALL
      SELECT CASE d.verdict
               WHEN 'recognised' THEN 'recognised'
               WHEN 'conditionally_recognised' THEN 'conditionallyRecognised'
               WHEN 'deferred' THEN 'deferred'
               ELSE 'notRecognised' END,
             d.decided_at
        FROM decisions d JOIN cases c ON c.id = d.application_id
       WHERE d.kind = 'decision')
    SELECT ${quarterOf('at')} AS quarter, measure, count(*)::int AS count
      FROM milestones
     WHERE ${period}
     GROUP BY 1, 2`;
  return { sql, parameters: params.values };
}
