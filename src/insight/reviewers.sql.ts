import { DEADLINE_STILL_RELEVANT_SQL } from '../deadlines/deadline-kinds.js';
import { casesCte, inPeriod, SqlParameters, type InsightFilter } from './insight-filter.js';

/**
 * Per reviewer who was invited in the period or had a review due in it, or has reviews to write now:
 * the invitations sent in the period by how they ended (accepted; declined, a conflict of
 * interest counted with them; expired; still pending), the median working days from invitation to
 * answer, the reviews due in the period written on time / late / missed (as the deadline figures
 * judge them), and the load now: reviews still to write (the to-do list's rule).
 */
export function reviewersQuery(filter: InsightFilter, now: Date): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const invitedInPeriod = inPeriod('i.invited_at', filter, params);
  const dueInPeriod = inPeriod('d.due_at', filter, params);
  const at = params.add(now);
  const sql = `
    WITH ${cases},
    invitations AS (
      SELECT i.reviewer_id,
             count(*)::int AS invited,
             count(*) FILTER (WHERE i.status = 'accepted')::int AS accepted,
             count(*) FILTER (WHERE i.status IN ('declined', 'conflict'))::int AS declined,
             count(*) FILTER (WHERE i.status = 'expired')::int AS expired,
             count(*) FILTER (WHERE i.status = 'pending')::int AS pending,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days_between(i.invited_at, i.responded_at))
               FILTER (WHERE i.responded_at IS NOT NULL) AS "medianResponseDays"
        FROM panel_invitations i JOIN cases c ON c.id = i.application_id
       WHERE ${invitedInPeriod}
       GROUP BY i.reviewer_id),
    -- No CTE is named after a table: DEADLINE_STILL_RELEVANT_SQL reads the tables reviews and panel_members.
    review_punctuality AS (
      SELECT d.assignee_ids[1] AS reviewer_id,
             count(*) FILTER (WHERE d.met_at IS NOT NULL AND d.met_at <= d.due_at)::int AS "reviewsOnTime",
             count(*) FILTER (WHERE d.met_at > d.due_at)::int AS "reviewsLate",
             count(*) FILTER (WHERE d.met_at IS NULL
               AND (d.missed_at IS NOT NULL OR (d.status IN ('open', 'missed') AND d.due_at < ${at}::timestamptz)))::int AS "reviewsMissed"
        FROM deadlines d JOIN cases c ON c.id = d.application_id
       WHERE d.kind = 'review' AND cardinality(d.assignee_ids) > 0 AND ${dueInPeriod}
       GROUP BY 1),
    open_reviews AS (
      SELECT d.assignee_ids[1] AS reviewer_id, count(*)::int AS "openReviews"
        FROM deadlines d
        JOIN cases c ON c.id = d.application_id
        JOIN applications a ON a.id = d.application_id
       WHERE d.kind = 'review' AND d.status IN ('open', 'missed') AND ${DEADLINE_STILL_RELEVANT_SQL}
       GROUP BY 1),
    reviewers AS (
      SELECT reviewer_id FROM invitations UNION SELECT reviewer_id FROM review_punctuality UNION SELECT reviewer_id FROM open_reviews)
    SELECT u.id AS "reviewerId", u.name,
           coalesce(i.invited, 0) AS invited, coalesce(i.accepted, 0) AS accepted, coalesce(i.declined, 0) AS declined,
           coalesce(i.expired, 0) AS expired, coalesce(i.pending, 0) AS pending, i."medianResponseDays",
           coalesce(r."reviewsOnTime", 0) AS "reviewsOnTime", coalesce(r."reviewsLate", 0) AS "reviewsLate",
           coalesce(r."reviewsMissed", 0) AS "reviewsMissed", coalesce(l."openReviews", 0) AS "openReviews"
      FROM reviewers x
      JOIN users u ON u.id = x.reviewer_id
      LEFT JOIN invitations i ON i.reviewer_id = x.reviewer_id
      LEFT JOIN review_punctuality r ON r.reviewer_id = x.reviewer_id
      LEFT JOIN open_reviews l ON l.reviewer_id = x.reviewer_id
     ORDER BY u.name, u.id`;
  return { sql, parameters: params.values };
}

/** The same invitations taken together, for the median over all answers (a median of medians would not be one). */
export function invitationTotalsQuery(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const params = new SqlParameters();
  const cases = casesCte(filter, params);
  const invitedInPeriod = inPeriod('i.invited_at', filter, params);
  const sql = `
    WITH ${cases}
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days_between(i.invited_at, i.responded_at))
             FILTER (WHERE i.responded_at IS NOT NULL) AS "medianResponseDays"
      FROM panel_invitations i JOIN cases c ON c.id = i.application_id
     WHERE ${invitedInPeriod}`;
  return { sql, parameters: params.values };
}
