import { phaseOf, TRACK_STATE_KEYS } from '../track/track.snapshot.js';
import { SqlParameters } from './insight-filter.js';
import { LEAD_TIME_PHASES } from './insight-measures.js';

/**
 * Every stay in a measured phase and every way from submission to the first decision, for
 * `insight_spans`.
 *
 * A stay in a phase runs from the transition that entered it to the transition that entered the
 * next phase: an audit row whose from_state lies in another phase than its to_state (rows that
 * leave the state as it is, such as an uploaded document, drop out before anything is sorted). A
 * case that returns to a phase (a deferral sends it back to review) has a second stay; a stay still
 * running has no end. Submission to decision runs from `submitted_at` to the first decision of the
 * committee that is not a deferral.
 */
export function spansQuery(): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const states = params.add([...TRACK_STATE_KEYS]);
  const phases = params.add(TRACK_STATE_KEYS.map((state) => phaseOf(state).phase));
  const measured = params.add([...LEAD_TIME_PHASES]);
  const sql = `
    WITH state_phase AS (SELECT * FROM unnest(${states}::text[], ${phases}::text[]) AS p(state, phase)),
    entries AS (
      SELECT e.application_id, e.id, e.created_at AS entered_at, entered.phase
        FROM audit_events e
        JOIN state_phase entered ON entered.state = e.to_state
        LEFT JOIN state_phase left_behind ON left_behind.state = e.from_state
       WHERE e.from_state IS DISTINCT FROM e.to_state AND left_behind.phase IS DISTINCT FROM entered.phase),
    stays AS (
      SELECT application_id, phase, entered_at,
             lead(entered_at) OVER (PARTITION BY application_id ORDER BY entered_at, id) AS left_at
        FROM entries)
    SELECT application_id, phase AS measure, entered_at AS started_at, left_at AS ended_at,
           working_days_between(entered_at, left_at) AS working_days
      FROM stays
     WHERE phase = ANY(${measured}::text[])
    UNION ALL
    SELECT a.id, 'submissionToDecision', a.submitted_at, first_decision.decided_at,
           working_days_between(a.submitted_at, first_decision.decided_at)
      FROM applications a
      JOIN (SELECT d.application_id, min(d.decided_at) AS decided_at FROM decisions d
             WHERE d.kind = 'decision' AND d.verdict <> 'deferred'
             GROUP BY d.application_id) first_decision ON first_decision.application_id = a.id
     WHERE a.submitted_at IS NOT NULL`;
  return { sql, parameters: params.values };
}

/**
 * The throughput's events for `insight_milestones`: submitted (`submitted_at`), admitted, not
 * admitted, withdrawn, published for the first time and expired (transitions in the audit trail),
 * and the committee's decisions by verdict (decisions of kind `decision`; an objection's decision
 * is not counted again).
 */
export const MILESTONES_SQL = `
    SELECT a.id AS application_id, 'submitted' AS measure, a.submitted_at AS at
      FROM applications a
     WHERE a.submitted_at IS NOT NULL
    UNION ALL
    SELECT e.application_id,
           CASE e.to_state
             WHEN 'description' THEN 'admitted'
             WHEN 'notAdmitted' THEN 'notAdmitted'
             WHEN 'withdrawn' THEN 'withdrawn'
             WHEN 'expired' THEN 'expired'
             ELSE 'published' END,
           e.created_at
      FROM audit_events e
     WHERE e.from_state IS DISTINCT FROM e.to_state
       AND ((e.to_state = 'description' AND e.from_state = 'intake')
         OR e.to_state IN ('notAdmitted', 'withdrawn', 'expired')
         OR (e.to_state = 'published.listed' AND (e.from_state IS NULL OR e.from_state NOT LIKE 'published.%')))
    UNION ALL
    SELECT d.application_id,
           CASE d.verdict
             WHEN 'recognised' THEN 'recognised'
             WHEN 'conditionally_recognised' THEN 'conditionallyRecognised'
             WHEN 'deferred' THEN 'deferred'
             ELSE 'notRecognised' END,
           d.decided_at
      FROM decisions d
     WHERE d.kind = 'decision'`;
