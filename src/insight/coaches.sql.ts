import { casesCte, inPeriod, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * Per coach with cases now or feedback asked in the period: the caseload now (cases they coach
 * in one of `activePhaseStates`), and the feedback rounds whose deadline was met in the period
 * with the median working days from the owner's request (the deadline opening) to the feedback,
 * and how many of those came by the due date.
 */
export function coachesQuery(filter: InsightFilter, activeStates: readonly string[]): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const states = params.add([...activeStates]);
  const metInPeriod = inPeriod('d.met_at', filter, params);
  const sql = `
    WITH ${cases},
    caseload AS (
      SELECT a.coach_id, count(*)::int AS caseload
        FROM applications a JOIN cases c ON c.id = a.id
       WHERE a.coach_id IS NOT NULL AND a.state = ANY(${states}::text[])
       GROUP BY a.coach_id),
    feedback AS (
      SELECT d.assignee_ids[1] AS coach_id,
             count(*)::int AS "feedbackGiven",
             count(*) FILTER (WHERE d.met_at <= d.due_at)::int AS "feedbackOnTime",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days_between(d.created_at, d.met_at)) AS "medianTurnaroundDays"
        FROM deadlines d JOIN cases c ON c.id = d.application_id
       WHERE d.kind = 'coach_feedback' AND cardinality(d.assignee_ids) > 0 AND d.met_at IS NOT NULL AND ${metInPeriod}
       GROUP BY 1),
    coaches AS (SELECT coach_id FROM caseload UNION SELECT coach_id FROM feedback)
    SELECT u.id AS "coachId", u.name, coalesce(l.caseload, 0) AS caseload,
           coalesce(f."feedbackGiven", 0) AS "feedbackGiven", coalesce(f."feedbackOnTime", 0) AS "feedbackOnTime", f."medianTurnaroundDays"
      FROM coaches x
      JOIN users u ON u.id = x.coach_id
      LEFT JOIN caseload l ON l.coach_id = x.coach_id
      LEFT JOIN feedback f ON f.coach_id = x.coach_id
     ORDER BY u.name, u.id`;
  return { sql, parameters: params.values };
}

/** Feedback turnaround over every coach together (a median of the coaches' medians would not be one). */
export function feedbackTotalsQuery(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const metInPeriod = inPeriod('d.met_at', filter, params);
  const sql = `
    WITH ${cases}
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days_between(d.created_at, d.met_at)) AS "medianTurnaroundDays"
      FROM deadlines d JOIN cases c ON c.id = d.application_id
     WHERE d.kind = 'coach_feedback' AND d.met_at IS NOT NULL AND ${metInPeriod}`;
  return { sql, parameters: params.values };
}
