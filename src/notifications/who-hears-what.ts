import type { TrackEventType } from '../track/track.events.js';
import type { TemplateKey } from './templates/index.js';

/**
 * Who hears what: for every transition of the track and every domain event outside it, the
 * people notified and the template they get. The README's table is written from this one;
 * test/notifications/who-hears-what.spec.ts checks they name the same triggers.
 *
 * Recipients, relative to the application:
 * - owners: every owner user of the application (also the one who acted: for them it is the receipt, by mail only);
 * - coach: the assigned coach;
 * - secretaries: every active user with the secretary role;
 * - chairs: every active user with the chair role;
 * - reviewers: the members of the application's review panel, from `PANEL_REVIEWERS`
 *   (recipients.ts), which finds nobody until the assessment module provides its own lookup;
 * - addressed: the people the message names itself (`recipientIds`), e.g. the invited reviewer.
 * Staff never get a mail about their own action: the actor is left out of every group but owners.
 * Nobody finds their own step in the in-app list (notification-fan-out.service.ts writes it with `in_app` false).
 */
export const RECIPIENT_ROLES = ['owners', 'coach', 'secretaries', 'chairs', 'reviewers', 'addressed'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Events outside the statechart that other modules report with `enqueueNotification`. */
export const DOMAIN_TRIGGERS = [
  'INVITATION_SENT',
  'INVITATION_ACCEPTED',
  'INVITATION_DECLINED',
  'INVITATION_EXPIRED',
  'REVIEW_SUBMITTED',
  'CONDITIONS_DUE',
] as const;
export type DomainTrigger = (typeof DOMAIN_TRIGGERS)[number];

export type NotificationTrigger = TrackEventType | DomainTrigger;

export interface WhoHearsWhatRule {
  to: readonly RecipientRole[];
  template: TemplateKey;
  /** Only when the transition ends in this state, or in a substate of it (`decided` matches `decided.recognised`). */
  toState?: string;
  /** Not when the transition starts in one of these states. */
  skipFrom?: readonly string[];
}

/** A `Record` over every trigger, so a new track event without an entry does not compile. */
export const WHO_HEARS_WHAT: Readonly<Record<NotificationTrigger, readonly WhoHearsWhatRule[]>> = {
  // Aanmelding en toelating
  SUBMIT: [
    { to: ['secretaries'], template: 'application-submitted' },
    { to: ['owners'], template: 'application-received' },
  ],
  ADMIT: [
    { to: ['owners'], template: 'application-admitted' },
    { to: ['coach'], template: 'coach-assigned' },
  ],
  REFUSE_ADMISSION: [{ to: ['owners'], template: 'application-refused' }],
  REQUEST_INFORMATION: [{ to: ['owners'], template: 'information-requested' }],
  PROVIDE_INFORMATION: [{ to: ['secretaries'], template: 'information-provided' }],

  // Beschrijven
  REQUEST_FEEDBACK: [{ to: ['coach'], template: 'feedback-requested' }],
  RETURN_FEEDBACK: [{ to: ['owners'], template: 'feedback-returned' }],
  MARK_READY: [{ to: ['owners'], template: 'description-ready' }],
  REOPEN_DESCRIPTION: [{ to: ['owners'], template: 'description-reopened' }],
  // Raised by the system after every upload; the documents page shows the state.
  DOCUMENTS_CHANGED: [],
  SUBMIT_FOR_ASSESSMENT: [
    { to: ['secretaries', 'coach'], template: 'submitted-for-assessment' },
    { to: ['owners'], template: 'assessment-submission-received' },
  ],

  // Beoordelen
  // The secretary starts it; owners hear when the panel is complete.
  START_PANEL_COMPOSITION: [],
  INVITATION_SENT: [{ to: ['addressed'], template: 'panel-invitation' }],
  INVITATION_ACCEPTED: [{ to: ['secretaries'], template: 'invitation-accepted' }],
  INVITATION_DECLINED: [{ to: ['secretaries'], template: 'invitation-declined' }],
  INVITATION_EXPIRED: [
    { to: ['secretaries'], template: 'invitation-expired' },
    { to: ['addressed'], template: 'invitation-expired-reviewer' },
  ],
  PANEL_COMPLETE: [
    { to: ['owners', 'secretaries'], template: 'panel-complete' },
    { to: ['reviewers'], template: 'review-requested' },
  ],
  REVIEW_SUBMITTED: [{ to: ['secretaries'], template: 'review-submitted' }],
  ALL_REVIEWS_SUBMITTED: [{ to: ['secretaries', 'chairs'], template: 'reviews-complete' }],

  // Commissie en besluit
  PLACE_ON_AGENDA: [{ to: ['owners', 'chairs'], template: 'placed-on-agenda' }],
  REMOVE_FROM_AGENDA: [{ to: ['owners', 'chairs'], template: 'removed-from-agenda' }],
  // Four eyes: the secretaries read the draft letter and send it; nobody else hears yet.
  RECORD_DECISION: [{ to: ['secretaries'], template: 'decision-letter-ready' }],
  SEND_DECISION_LETTER: [
    { to: ['owners'], template: 'decision' },
    { to: ['secretaries', 'chairs', 'coach', 'reviewers'], template: 'decision-staff' },
  ],
  CONDITIONS_DUE: [{ to: ['owners', 'secretaries'], template: 'conditions-due' }],
  CONFIRM_CONDITIONS_MET: [{ to: ['owners'], template: 'conditions-met' }],
  CONDITIONS_LAPSED: [{ to: ['owners', 'secretaries'], template: 'conditions-lapsed' }],
  SUBMIT_REVISION: [{ to: ['secretaries', 'reviewers'], template: 'revision-submitted' }],
  LODGE_OBJECTION: [
    { to: ['owners'], template: 'objection-received' },
    { to: ['secretaries', 'chairs'], template: 'objection-lodged' },
  ],
  RESOLVE_OBJECTION: [{ to: ['owners', 'secretaries'], template: 'objection-resolved' }],

  // Publicatie en geldigheid
  PUBLISH: [{ to: ['owners', 'coach'], template: 'published' }],
  UPDATE_LISTING: [{ to: ['owners'], template: 'listing-updated' }],
  REASSESSMENT_DUE: [{ to: ['owners', 'secretaries'], template: 'reassessment-due' }],
  EXPIRE: [{ to: ['owners', 'secretaries'], template: 'recognition-expired' }],

  // A draft was never seen by staff: only a withdrawal after submission concerns them.
  WITHDRAW: [
    { to: ['owners'], template: 'application-withdrawn' },
    { to: ['secretaries', 'coach'], template: 'application-withdrawn', skipFrom: ['draft'] },
  ],
};

export function isNotificationTrigger(value: unknown): value is NotificationTrigger {
  return typeof value === 'string' && Object.hasOwn(WHO_HEARS_WHAT, value);
}

/** The rules that apply to this trigger and transition. */
export function rulesFor(trigger: NotificationTrigger, transition: { fromState?: string | null; toState?: string | null } = {}): WhoHearsWhatRule[] {
  return WHO_HEARS_WHAT[trigger].filter((rule) => {
    if (rule.toState && !(transition.toState === rule.toState || transition.toState?.startsWith(`${rule.toState}.`))) return false;
    if (rule.skipFrom && transition.fromState && rule.skipFrom.includes(transition.fromState)) return false;
    return true;
  });
}
