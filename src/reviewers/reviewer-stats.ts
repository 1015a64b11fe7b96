import type { EntityManager } from 'typeorm';

export interface ReviewerLoad {
  /** Invitations the reviewer has not answered yet. */
  pendingInvitations: number;
  /** Panels in composition or under review where the reviewer's review of the current round is not in yet. */
  openAssignments: number;
  /** What counts against maxConcurrentReviews: pending invitations plus open assignments. */
  current: number;
}

export interface ReviewerHistory {
  invitations: number;
  accepted: number;
  declined: number;
  conflicts: number;
  expired: number;
  reviewsSubmitted: number;
  /** Calendar days from the start of the review round (or joining later) to submission; null without reviews. */
  averageDaysToReview: number | null;
  /** Calendar days from invitation to answer; null without answers. */
  averageDaysToRespond: number | null;
}

export interface ReviewerStats {
  load: ReviewerLoad;
  history: ReviewerHistory;
}

interface StatsRow {
  id: string;
  pending: number;
  open: number;
  invitations: number;
  accepted: number;
  declined: number;
  conflicts: number;
  expired: number;
  submitted: number;
  avgReview: string | null;
  avgRespond: string | null;
}

const toNumber = (value: string | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

/**
 * Load and history per reviewer, in one query. The start of a review round is the last
 * transition into `underReview` before the review was submitted (the audit log keeps it),
 * or the moment the reviewer joined, when that was later (a replacement).
 */
export async function reviewerStats(manager: EntityManager, reviewerIds: string[]): Promise<Map<string, ReviewerStats>> {
  if (reviewerIds.length === 0) return new Map();
  const rows: StatsRow[] = await manager.query(
    `SELECT u.id,
            inv.pending, inv.invitations, inv.accepted, inv.declined, inv.conflicts, inv.expired, inv."avgRespond",
            (SELECT count(*)::int FROM panel_members m JOIN applications a ON a.id = m.application_id
              WHERE m.reviewer_id = u.id AND m.status = 'active' AND a.state IN ('panelComposition', 'underReview')
                AND NOT EXISTS (SELECT 1 FROM reviews r
                                 WHERE r.application_id = m.application_id AND r.reviewer_id = m.reviewer_id
                                   AND r.round = (a.snapshot->'context'->>'reviewRound')::int AND r.status = 'submitted')) AS open,
            rev.submitted, rev."avgReview"
       FROM users u
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE i.status = 'pending')::int AS pending,
                count(*)::int AS invitations,
                count(*) FILTER (WHERE i.status = 'accepted')::int AS accepted,
                count(*) FILTER (WHERE i.status = 'declined')::int AS declined,
                count(*) FILTER (WHERE i.status = 'conflict')::int AS conflicts,
                count(*) FILTER (WHERE i.status = 'expired')::int AS expired,
                avg(extract(epoch FROM i.responded_at - i.invited_at) / 86400)
                  FILTER (WHERE i.responded_at IS NOT NULL)::text AS "avgRespond"
           FROM panel_invitations i WHERE i.reviewer_id = u.id) inv
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS submitted,
                avg(extract(epoch FROM r.submitted_at - GREATEST(start.at, m.joined_at)) / 86400)::text AS "avgReview"
           FROM reviews r
           JOIN panel_members m ON m.application_id = r.application_id AND m.reviewer_id = r.reviewer_id
           CROSS JOIN LATERAL (
             SELECT max(e.created_at) AS at FROM audit_events e
              WHERE e.application_id = r.application_id AND e.to_state = 'underReview'
                AND e.from_state IS DISTINCT FROM 'underReview' AND e.created_at <= r.submitted_at) start
          WHERE r.reviewer_id = u.id AND r.status = 'submitted') rev
      WHERE u.id = ANY($1::uuid[])`,
    [reviewerIds],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        load: { pendingInvitations: row.pending, openAssignments: row.open, current: row.pending + row.open },
        history: {
          invitations: row.invitations,
          accepted: row.accepted,
          declined: row.declined,
          conflicts: row.conflicts,
          expired: row.expired,
          reviewsSubmitted: row.submitted,
          averageDaysToReview: toNumber(row.avgReview),
          averageDaysToRespond: toNumber(row.avgRespond),
        },
      },
    ]),
  );
}

export const EMPTY_STATS: ReviewerStats = {
  load: { pendingInvitations: 0, openAssignments: 0, current: 0 },
  history: {
    invitations: 0,
    accepted: 0,
    declined: 0,
    conflicts: 0,
    expired: 0,
    reviewsSubmitted: 0,
    averageDaysToReview: null,
    averageDaysToRespond: null,
  },
};
