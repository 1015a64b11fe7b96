/**
 * The kinds of deadline in the recognition track, who must act on each, and what happens around
 * its due date. Pure data: no Nest, no database.
 */

export const DEADLINE_KINDS = [
  'invitation_response',
  'review',
  'coach_feedback',
  'owner_revision',
  'conditions',
  'committee_agenda',
  'recognition_expiry',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** `missed` is past due and still awaiting action; `met` and `cancelled` are closed. */
export const DEADLINE_STATUSES = ['open', 'missed', 'met', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const OPEN_STATUSES: readonly DeadlineStatus[] = ['open', 'missed'];

/** Owners, coach and secretaries are looked up when a reminder fires (an owner added later hears of it too). */
export const ASSIGNEE_ROLES = ['owners', 'coach', 'secretaries', 'reviewer'] as const;
export type AssigneeRole = (typeof ASSIGNEE_ROLES)[number];

/**
 * What fires around a deadline:
 * - `before`, `missed`, `escalation`: a reminder to the assignees, one after the due time (which
 *   also marks the deadline `missed`), and one to the secretaries;
 * - `conditions-due`: the CONDITIONS_DUE notice to owners and secretaries, weeks ahead;
 * - `expire-invitation`, `lapse-conditions`, `reassessment-due`, `expire-recognition`: the timer
 *   steps of the track, sent as system events through the modules that own them.
 */
export const REMINDER_STAGES = [
  'before',
  'missed',
  'escalation',
  'conditions-due',
  'expire-invitation',
  'lapse-conditions',
  'reassessment-due',
  'expire-recognition',
] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/** The stages that step the track; they never act before their time by the clock. */
export const TIMER_STAGES: readonly ReminderStage[] = ['expire-invitation', 'lapse-conditions', 'reassessment-due', 'expire-recognition'];

export interface DeadlineKindSpec {
  stages: readonly ReminderStage[];
  /**
   * Only deadlines whose row is the truth may be extended. An invitation's answer date lives on the
   * invitation, the conditions' deadline in the decision, the recognition's end in the listing.
   */
  extendable: boolean;
  /** A secretary may mark it met by hand (nothing in the system tells when the agenda went out). */
  completedByHand: boolean;
}

export const DEADLINE_KIND_SPECS: Readonly<Record<DeadlineKind, DeadlineKindSpec>> = {
  invitation_response: { stages: ['before', 'expire-invitation'], extendable: false, completedByHand: false },
  review: { stages: ['before', 'missed', 'escalation'], extendable: true, completedByHand: false },
  coach_feedback: { stages: ['before', 'missed', 'escalation'], extendable: true, completedByHand: false },
  owner_revision: { stages: ['before', 'missed', 'escalation'], extendable: true, completedByHand: false },
  conditions: { stages: ['conditions-due', 'lapse-conditions'], extendable: false, completedByHand: false },
  // The secretaries are the assignees: an escalation to themselves would add nothing.
  committee_agenda: { stages: ['before', 'missed'], extendable: true, completedByHand: true },
  recognition_expiry: { stages: ['reassessment-due', 'expire-recognition'], extendable: false, completedByHand: false },
};

export function isDeadlineKind(value: unknown): value is DeadlineKind {
  return typeof value === 'string' && (DEADLINE_KINDS as readonly string[]).includes(value);
}

export function isReminderStage(value: unknown): value is ReminderStage {
  return typeof value === 'string' && (REMINDER_STAGES as readonly string[]).includes(value);
}

/**
 * Whether an open deadline still asks for action, in SQL over `d` (deadlines) and `a` (its
 * application). One definition for the reminders, the to-do list and the digest, so a reminder is
 * never sent for something the to-do list no longer shows. A reminder whose deadline fails this
 * is dropped (and the deadline cancelled), unless the case is only paused by an objection.
 */
export const DEADLINE_STILL_RELEVANT_SQL = `(CASE d.kind
  WHEN 'invitation_response' THEN EXISTS (SELECT 1 FROM panel_invitations i WHERE i.id = d.subject_id AND i.status = 'pending')
  WHEN 'review' THEN a.state = 'underReview'
    AND (a.snapshot->'context'->>'reviewRound')::int = d.round
    AND EXISTS (SELECT 1 FROM panel_members pm WHERE pm.application_id = d.application_id AND pm.reviewer_id = d.assignee_ids[1] AND pm.status = 'active')
    AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.application_id = d.application_id AND r.reviewer_id = d.assignee_ids[1] AND r.round = d.round AND r.status = 'submitted')
  WHEN 'coach_feedback' THEN a.state = 'description' AND a.state_detail->>'werkblad' = 'feedbackRequested'
  WHEN 'owner_revision' THEN a.state = 'decided.deferred'
  WHEN 'conditions' THEN a.state = 'decided.conditionallyRecognised'
  WHEN 'committee_agenda' THEN a.state = 'onAgenda' AND a.snapshot->'context'->>'meetingId' = d.subject_id::text
  WHEN 'recognition_expiry' THEN a.state LIKE 'published.%'
  ELSE false END)`;

/** States in which a deadline is on hold rather than gone: the committee reconsiders its decision. */
export const PAUSED_STATES: readonly string[] = ['objection'];
