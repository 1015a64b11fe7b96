import type { EntityManager } from 'typeorm';
import { jsonb } from '../database/jsonb.js';
import { OutboxMessage } from '../track/outbox-message.entity.js';
import { TRACK_TRANSITION_TOPIC } from '../track/track-effects.js';
import type { TemplateKey } from './templates/index.js';
import type { NotificationTrigger } from './who-hears-what.js';

/** Outbox topics the notification module relays (see outbox-routes.ts). */
export const OUTBOX_TOPICS = {
  trackTransition: TRACK_TRANSITION_TOPIC,
  /** A trigger or a template for some people, now or at `available_at` (reminders). */
  notify: 'notification',
  /** One notification row to be mailed; written by the fan-out. */
  mail: 'notification.mail',
  /** One reminder stage of a deadline, at its time (src/deadlines/). */
  deadlineReminder: 'deadline.reminder',
} as const;

/**
 * What other modules ask for. Either a `trigger` from the who-hears-what table (its recipients
 * and templates apply; `recipientIds` are the `addressed` people), or one `template` sent to
 * exactly `recipientIds` (reminders and other one-off messages).
 */
export interface NotifyMessage {
  trigger?: NotificationTrigger;
  template?: TemplateKey;
  applicationId: string | null;
  recipientIds?: string[];
  actorId?: string | null;
  /** Values the templates may use (a deadline, a reviewer's name for staff); each template takes only what it declares. */
  details?: Record<string, unknown>;
  /**
   * Send only while the application is still at this version: a reminder scheduled for a state
   * that has moved on by the time it is due is dropped instead of sent stale.
   */
  ifVersion?: number;
  /**
   * Send only while this deadline is still open (or missed) at this version: a reminder of a
   * deadline that was met, cancelled or extended meanwhile is dropped. Checked under a lock on the
   * deadline row, in the transaction that writes the notifications.
   */
  ifDeadline?: { id: string; version: number };
}

export interface MailMessage {
  notificationId: string;
}

export interface OutboxEntry {
  topic: string;
  applicationId?: string | null;
  payload: object;
  /** The absolute time the effect is due; now when left out. */
  availableAt?: Date;
}

/** Writes one outbox row in the caller's transaction; the worker's relay takes it from there. */
export async function enqueueOutbox(manager: EntityManager, entry: OutboxEntry): Promise<string> {
  const result = await manager.getRepository(OutboxMessage).insert({
    applicationId: entry.applicationId ?? null,
    topic: entry.topic,
    payload: jsonb(entry.payload as Record<string, unknown>),
    availableAt: entry.availableAt ?? new Date(),
    attempts: 0,
  });
  return result.identifiers[0].id as string;
}

/**
 * Asks for a notification, in the caller's transaction, so it is sent if and only if the
 * change that causes it commits. A future `availableAt` makes it a reminder: the relay leaves
 * the row alone until then.
 */
export function enqueueNotification(manager: EntityManager, message: NotifyMessage, availableAt?: Date): Promise<string> {
  if (!message.trigger === !message.template) throw new RangeError('A notification names either a trigger or a template');
  if (message.template && !message.recipientIds?.length) throw new RangeError('A template notification needs recipientIds');
  return enqueueOutbox(manager, { topic: OUTBOX_TOPICS.notify, applicationId: message.applicationId, payload: message, availableAt });
}
