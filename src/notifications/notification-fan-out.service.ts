import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { TrackTransitionMessage } from '../track/track-effects.js';
import { templateParams } from './notification-render.js';
import { enqueueOutbox, OUTBOX_TOPICS, type MailMessage, type NotifyMessage } from './outbox.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { RecipientResolver, type RecipientContext } from './recipients.js';
import { isTemplateKey, type TemplateKey } from './templates/index.js';
import { mailStatusFor, TEMPLATE_TOPIC, type Delivery } from './notification-topics.js';
import { isNotificationTrigger, rulesFor, type RecipientRole, type WhoHearsWhatRule } from './who-hears-what.js';

const AUDIENCE: Record<RecipientRole, string> = {
  owners: 'owner',
  coach: 'coach',
  secretaries: 'secretary',
  chairs: 'chair',
  reviewers: 'reviewer',
  addressed: 'addressed',
};

export interface FanOutResult {
  /** Notifications created by this call (0 when a redelivered job finds them all there). */
  created: number;
  skipped?: 'no-rules' | 'stale' | 'unknown-trigger';
}

interface FanOutInput {
  outboxId: string;
  trigger: string;
  applicationId: string | null;
  details: Record<string, unknown>;
  rules: readonly WhoHearsWhatRule[];
  context: RecipientContext;
  /** Checked in the fan-out's transaction; false: the reason for the message is gone, nothing is written. */
  stillDue?: (manager: EntityManager) => Promise<boolean>;
}

/**
 * Turns one relayed outbox message into notification rows, one per (template, recipient), and a
 * mail outbox row for each new one, in one transaction. The unique `(source_key, recipient_id)`
 * makes a second run of the same job create nothing, so nothing is mailed twice.
 */
@Injectable()
export class NotificationFanOut {
  private readonly logger = new Logger('notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recipients: RecipientResolver,
    private readonly relay: OutboxRelay,
  ) {}

  fromTransition(outboxId: string, message: TrackTransitionMessage): Promise<FanOutResult> {
    if (!isNotificationTrigger(message.event)) return Promise.resolve({ created: 0, skipped: 'unknown-trigger' });
    return this.fanOut({
      outboxId,
      trigger: message.event,
      applicationId: message.applicationId,
      details: message.details ?? {},
      rules: rulesFor(message.event, message),
      context: { applicationId: message.applicationId, actorId: message.actorId, addressedIds: [] },
    });
  }

  async fromNotify(outboxId: string, message: NotifyMessage): Promise<FanOutResult> {
    const context: RecipientContext = {
      applicationId: message.applicationId,
      actorId: message.actorId ?? null,
      addressedIds: message.recipientIds ?? [],
    };
    let rules: readonly WhoHearsWhatRule[];
    let trigger: string;
    if (message.template) {
      if (!isTemplateKey(message.template)) throw new RangeError(`Unknown notification template: ${message.template}`);
      rules = [{ to: ['addressed'], template: message.template }];
      trigger = message.template;
    } else if (isNotificationTrigger(message.trigger)) {
      rules = rulesFor(message.trigger);
      trigger = message.trigger;
    } else {
      this.logger.warn({ msg: 'notification without a known trigger or template', outboxId });
      return { created: 0, skipped: 'unknown-trigger' };
    }
    const { ifVersion, ifDeadline: deadline, applicationId } = message;
    // Under a share lock, so a transition (which locks the application row) or a change of the
    // deadline either comes before this check and drops the message, or waits until it is written.
    const stillDue =
      (ifVersion !== undefined && applicationId) || deadline
        ? async (manager: EntityManager) => {
            if (ifVersion !== undefined && applicationId) {
              const [row]: { version: number }[] = await manager.query(`SELECT version FROM applications WHERE id = $1 FOR SHARE`, [applicationId]);
              if (!row || row.version !== ifVersion) return false;
            }
            if (!deadline) return true;
            const rows: unknown[] = await manager.query(
              `SELECT 1 FROM deadlines WHERE id = $1 AND version = $2 AND status IN ('open', 'missed') FOR SHARE`,
              [deadline.id, deadline.version],
            );
            return rows.length > 0;
          }
        : undefined;
    return this.fanOut({ outboxId, trigger, applicationId, details: message.details ?? {}, rules, context, stillDue });
  }

  private async fanOut(input: FanOutInput): Promise<FanOutResult> {
    if (input.rules.length === 0) return { created: 0, skipped: 'no-rules' };
    const created = await this.dataSource.transaction(async (manager) => {
      if (input.stillDue && !(await input.stillDue(manager))) return null;
      let count = 0;
      for (const rule of input.rules) {
        const audiences = await this.audiences(manager, rule, input.context);
        for (const [recipientId, audience] of audiences) {
          // Owners get their own step as a receipt by mail; nobody finds their own step in the in-app list.
          const ownStep = recipientId === input.context.actorId;
          const mailStatus = mailStatusFor(rule.template, await this.deliveryFor(manager, recipientId, rule.template));
          if (ownStep && mailStatus === 'in_app') continue;
          const inserted: { id: string }[] = await manager.query(
            `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params, mail_status, in_app)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT ON CONSTRAINT notifications_source_key_recipient_key DO NOTHING
             RETURNING id`,
            [
              `${input.outboxId}:${rule.template}`,
              recipientId,
              input.applicationId,
              input.trigger,
              rule.template,
              audience,
              templateParams(rule.template, input.details),
              mailStatus,
              !ownStep,
            ],
          );
          for (const { id } of inserted) {
            if (mailStatus === 'queued') {
              const mail: MailMessage = { notificationId: id };
              await enqueueOutbox(manager, { topic: OUTBOX_TOPICS.mail, applicationId: input.applicationId, payload: mail });
            }
            count += 1;
          }
        }
      }
      return count;
    });
    if (created === null) return { created: 0, skipped: 'stale' };
    // The mail rows are due now: relay them without waiting for the next tick.
    if (created > 0) void this.relay.kick().catch(() => undefined);
    return { created };
  }

  /** The recipient's choice for the template's topic; none for templates that are always mailed. */
  private async deliveryFor(manager: EntityManager, recipientId: string, template: TemplateKey): Promise<Delivery | undefined> {
    const topic = TEMPLATE_TOPIC[template];
    if (topic === 'always') return undefined;
    const [row]: { delivery: Delivery }[] = await manager.query(`SELECT delivery FROM notification_preferences WHERE user_id = $1 AND topic = $2`, [
      recipientId,
      topic,
    ]);
    return row?.delivery;
  }

  /** Recipient id -> the capacity in which they hear of it (the first of the rule's roles that names them). */
  private async audiences(manager: EntityManager, rule: WhoHearsWhatRule, context: RecipientContext): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    for (const role of rule.to) {
      for (const id of await this.recipients.resolve(manager, role, context)) if (!result.has(id)) result.set(id, AUDIENCE[role]);
    }
    return result;
  }
}
