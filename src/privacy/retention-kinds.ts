/**
 * The kinds of record with a retention term the admin sets, each with its default in days, and
 * what happens when the term has passed. Decisions, letters, objections and the audit trail have
 * no term here: the public task and the archive duty keep them (docs/decisions/0025).
 */
export const RETENTION_KINDS = ['draftApplications', 'closedApplications', 'reviewRemarks', 'notifications', 'ownerInvitations', 'signInLogs'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** What the job does to a record past its term. */
export type RetentionAction = 'anonymise' | 'delete';

export interface RetentionKindRule {
  defaultDays: number;
  action: RetentionAction;
}

export const RETENTION_RULES: Record<RetentionKind, RetentionKindRule> = {
  /** Drafts never submitted, counted from their last change: contact details cleared. */
  draftApplications: { defaultDays: 365, action: 'anonymise' },
  /** Not admitted and withdrawn applications, counted from that step: contact details cleared; the step and who took it stay in the audit trail. */
  closedApplications: { defaultDays: 730, action: 'anonymise' },
  /** Confidential remarks of reviews and the reviewers' conflict declarations and decline reasons in finished cases, counted from the case's last step; the review itself stays with the decision. */
  reviewRemarks: { defaultDays: 1825, action: 'anonymise' },
  /** In-app notifications and their e-mail log, counted from their creation; never one whose mail is still on its way. */
  notifications: { defaultDays: 365, action: 'delete' },
  /** Invitations of an e-mail address to co-own an application, counted from the invitation. */
  ownerInvitations: { defaultDays: 90, action: 'delete' },
  /** The sign-in logs (two-step sign-in, links, identity provider): what happened, from which IP address, counted from the event. */
  signInLogs: { defaultDays: 365, action: 'delete' },
};

export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;

export type RetentionTerms = Record<RetentionKind, number>;

export const DEFAULT_RETENTION_TERMS = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, RETENTION_RULES[kind].defaultDays])) as RetentionTerms;
