import type { TestApp } from '../support/test-app.js';

/** One transition of the fixed history: the state entered, when (an ISO instant). */
export interface FixedTransition {
  to: string;
  at: string;
}

export interface FixedCase {
  name: string;
  targetLevel: string;
  state: string;
  stateDetail?: Record<string, string>;
  submittedAt?: string;
  history: FixedTransition[];
}

/**
 * An application with a history written straight into the tables, at fixed moments in the past:
 * the figures are computed from the audit trail, which the real services only write at `now()`.
 */
export async function insertFixedCase(t: TestApp, createdBy: string, fixed: FixedCase): Promise<{ id: string; reference: string }> {
  const [row]: { id: string; reference: string }[] = await t.dataSource.query(
    `INSERT INTO applications (name, organisation, contact_name, contact_email, target_level, created_by, state, state_detail, snapshot, machine_version, submitted_at, state_changed_at)
     VALUES ($1, 'Stichting Vast', 'Vera Vast', 'vera@example.nl', $2, $3, $4, $5, '{}', 2, $6, $7)
     RETURNING id, reference`,
    [fixed.name, fixed.targetLevel, createdBy, fixed.state, fixed.stateDetail ?? null, fixed.submittedAt ?? null, fixed.history.at(-1)?.at ?? new Date()],
  );
  let from: string | null = null;
  let version = 1;
  for (const transition of fixed.history) {
    await t.dataSource.query(
      `INSERT INTO audit_events (application_id, actor_kind, event_type, from_state, to_state, application_version, created_at)
       VALUES ($1, 'system', 'FIXTURE', $2, $3, $4, $5)`,
      [row.id, from, transition.to, version++, transition.at],
    );
    from = transition.to;
  }
  return row;
}

export interface FixedDecision {
  applicationId: string;
  committeeId: string;
  decidedBy: string;
  verdict: 'recognised' | 'not_recognised';
  decidedAt: string;
  meetingId?: string;
}

export async function insertDecision(t: TestApp, decision: FixedDecision): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO decisions (application_id, committee_id, round, verdict, level, motivation, panel, departs_from_panel, decided_by, decided_at, meeting_id)
     VALUES ($1, $2, 1, $3, $4, $5, '[]', false, $6, $7, $8)`,
    [
      decision.applicationId,
      decision.committeeId,
      decision.verdict,
      decision.verdict === 'recognised' ? 'goed_beschreven' : null,
      decision.verdict === 'not_recognised' ? 'Onvoldoende onderbouwd.' : null,
      decision.decidedBy,
      decision.decidedAt,
      decision.meetingId ?? null,
    ],
  );
}

export interface FixedDeadline {
  applicationId: string;
  kind: string;
  dueAt: string;
  status: 'open' | 'missed' | 'met' | 'cancelled';
  metAt?: string;
  missedAt?: string;
  assigneeRole?: string;
  assigneeIds?: string[];
  createdAt?: string;
}

let deadlineCounter = 0;

export async function insertDeadline(t: TestApp, deadline: FixedDeadline): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO deadlines (application_id, kind, key, assignee_role, due_at, status, met_at, missed_at, closed_at, assignee_ids, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce($11::timestamptz, now()))`,
    [
      deadline.applicationId,
      deadline.kind,
      `insight-${++deadlineCounter}`,
      deadline.assigneeRole ?? 'secretaries',
      deadline.dueAt,
      deadline.status,
      deadline.metAt ?? null,
      deadline.missedAt ?? null,
      deadline.status === 'met' || deadline.status === 'cancelled' ? (deadline.metAt ?? deadline.missedAt ?? deadline.dueAt) : null,
      deadline.assigneeIds ?? [],
      deadline.createdAt ?? null,
    ],
  );
}

export interface FixedInvitation {
  applicationId: string;
  reviewerId: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired';
  invitedAt: string;
  respondedAt?: string;
}

/** A panel invitation answered (or not) at fixed moments; an expired one closes a week after it was sent. */
export async function insertInvitation(t: TestApp, invitation: FixedInvitation): Promise<void> {
  const closedAt = invitation.status === 'pending' ? null : (invitation.respondedAt ?? new Date(Date.parse(invitation.invitedAt) + 7 * 86_400_000).toISOString());
  await t.dataSource.query(
    `INSERT INTO panel_invitations (application_id, reviewer_id, kind, status, invited_at, response_due_at, responded_at, closed_at, decline_reason)
     VALUES ($1, $2, 'science', $3, $4, $4::timestamptz + interval '7 days', $5, $6, $7)`,
    [
      invitation.applicationId,
      invitation.reviewerId,
      invitation.status,
      invitation.invitedAt,
      invitation.respondedAt ?? null,
      closedAt,
      invitation.status === 'declined' ? 'Geen tijd.' : null,
    ],
  );
}
