import { phaseOf, TRACK_STATE_KEYS } from '../track/track.snapshot.js';
import { casesCte, inPeriod, quarterOf, SqlParameters, type InsightFilter } from './insight-filter.js';
import { LEAD_TIME_PHASES } from './insight-measures.js';

/**
 * Lead times in working days from the audit trail, with median, p75 and p90 over the period and
 * per quarter (a row with `quarter` NULL is the whole period).
 *
 * A stay in a phase runs from the transition that entered it to the transition that entered the
 * next phase: an audit row whose from_state lies in another phase than its to_state (rows that
 * leave the state as it is, such as an uploaded document, drop out before anything is sorted). A
 * case that returns to a phase (a deferral sends it back to review) has a second stay. A stay
 * counts in the quarter it ended; stays still running are no lead time yet. Submission to decision
 * runs from `submitted_at` to the first decision of the committee that is not a deferral.
 */
export function leadTimesQuery(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const states = params.add([...TRACK_STATE_KEYS]);
  const phases = params.add(TRACK_STATE_KEYS.map((state) => phaseOf(state).phase));
  const measured = params.add([...LEAD_TIME_PHASES]);
  const cases = casesCte(filter, params);
  const period = inPeriod('ended_at', filter, params);
  const sql = `
    WITH ${cases},
    state_phase AS (SELECT * FROM unnest(${states}::text[], ${phases}::text[]) AS p(state, phase)),
    entries AS (
      SELECT e.application_id, e.id, e.created_at AS entered_at, entered.phase
        FROM audit_events e
        JOIN cases c ON c.id = e.application_id
        JOIN state_phase entered ON entered.state = e.to_state
        LEFT JOIN state_phase left_behind ON left_behind.state = e.from_state
       WHERE e.from_state IS DISTINCT FROM e.to_state AND left_behind.phase IS DISTINCT FROM entered.phase),
    stays AS (
      SELECT application_id, phase, entered_at,
             lead(entered_at) OVER (PARTITION BY application_id ORDER BY entered_at, id) AS left_at
        FROM entries),
    spans AS (
      SELECT phase AS measure, left_at AS ended_at, working_days_between(entered_at, left_at) AS days
        FROM stays
       WHERE left_at IS NOT NULL AND phase = ANY(${measured}::text[])
      UNION ALL
      SELECT 'submissionToDecision', first_decision.decided_at, working_days_between(a.submitted_at, first_decision.decided_at)
        FROM cases c
        JOIN applications a ON a.id = c.id
        JOIN LATERAL (
          SELECT min(d.decided_at) AS decided_at FROM decisions d
           WHERE d.application_id = a.id AND d.kind = 'decision' AND d.verdict <> 'deferred') first_decision ON true
       WHERE a.submitted_at IS NOT NULL AND first_decision.decided_at IS NOT NULL),
    counted AS (
      SELECT measure, ${quarterOf('ended_at')} AS quarter, days FROM spans WHERE ${period})
    SELECT measure, quarter, count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY days) AS p75,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
      FROM counted
     GROUP BY GROUPING SETS ((measure), (measure, quarter))`;
  return { sql, parameters: params.values };
}
