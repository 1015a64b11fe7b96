import type { TemplateKey } from './templates/index.js';

/** How a user hears of the notifications of one topic. */
export const DELIVERIES = ['immediate', 'daily_digest', 'in_app'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Groups of templates a user can set a delivery for; a template outside them is always mailed at once. */
export const NOTIFICATION_TOPICS = ['intake', 'description', 'assessment', 'committee', 'publication', 'deadlines'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

/**
 * The topic of every template, or `always` for the mails nobody can turn off: formal decisions and
 * letters (admission refused, the decision, the objection's outcome, lapsed conditions, an expired
 * recognition), a personal request with a deadline (the panel invitation) and the digests
 * themselves. A `Record` over every template, so a new template without a topic does not compile.
 */
export const TEMPLATE_TOPIC: Readonly<Record<TemplateKey, NotificationTopic | 'always'>> = {
  'application-submitted': 'intake',
  'application-received': 'intake',
  'application-admitted': 'intake',
  'coach-assigned': 'intake',
  'application-refused': 'always',
  'information-requested': 'intake',
  'information-provided': 'intake',
  'application-withdrawn': 'intake',
  'feedback-requested': 'description',
  'feedback-returned': 'description',
  'description-ready': 'description',
  'description-reopened': 'description',
  'submitted-for-assessment': 'description',
  'assessment-submission-received': 'description',
  'panel-invitation': 'always',
  'invitation-accepted': 'assessment',
  'invitation-declined': 'assessment',
  'invitation-expired': 'assessment',
  'invitation-expired-reviewer': 'assessment',
  'review-requested': 'assessment',
  'review-submitted': 'assessment',
  'panel-complete': 'assessment',
  'reviews-complete': 'assessment',
  'revision-submitted': 'assessment',
  'placed-on-agenda': 'committee',
  'removed-from-agenda': 'committee',
  // The secretary sends it by hand to prepare the meeting: the confirmation names who receives it, so nobody may turn it off.
  'committee-agenda': 'always',
  decision: 'always',
  'decision-staff': 'committee',
  'decision-letter-ready': 'committee',
  'conditions-due': 'committee',
  'conditions-met': 'committee',
  'conditions-lapsed': 'always',
  'objection-received': 'committee',
  'objection-lodged': 'committee',
  'objection-resolved': 'always',
  published: 'publication',
  'listing-updated': 'publication',
  'reassessment-due': 'publication',
  'recognition-expired': 'always',
  'deadline-reminder': 'deadlines',
  'deadline-missed': 'deadlines',
  'review-deadline-reminder': 'deadlines',
  'review-deadline-missed': 'deadlines',
  'deadline-escalation': 'deadlines',
  'deadline-extended': 'deadlines',
  'review-deadline-extended': 'deadlines',
  'weekly-digest': 'always',
  'daily-digest': 'always',
};

export function isDelivery(value: unknown): value is Delivery {
  return typeof value === 'string' && (DELIVERIES as readonly string[]).includes(value);
}

export function isNotificationTopic(value: unknown): value is NotificationTopic {
  return typeof value === 'string' && (NOTIFICATION_TOPICS as readonly string[]).includes(value);
}

/** The templates a user may not turn off, for the preferences screen. */
export function alwaysMailedTemplates(): TemplateKey[] {
  return (Object.keys(TEMPLATE_TOPIC) as TemplateKey[]).filter((key) => TEMPLATE_TOPIC[key] === 'always');
}

export function templatesOf(topic: NotificationTopic): TemplateKey[] {
  return (Object.keys(TEMPLATE_TOPIC) as TemplateKey[]).filter((key) => TEMPLATE_TOPIC[key] === topic);
}

/** The notification's mail status given the recipient's choice for its topic (`queued`: mail it now). */
export function mailStatusFor(template: TemplateKey, delivery: Delivery | undefined): 'queued' | 'digest' | 'in_app' {
  if (TEMPLATE_TOPIC[template] === 'always') return 'queued';
  if (delivery === 'daily_digest') return 'digest';
  if (delivery === 'in_app') return 'in_app';
  return 'queued';
}
