import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { Language } from '../users/role.js';
import { isPermanentMailError, MailSender } from './mail-sender.service.js';
import { findWording } from './mail-template-overrides.js';
import { renderNotification } from './notification-render.js';

/** `being-sent`: another worker claimed the notification a moment ago; look again once its claim has lapsed. */
export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing' | 'being-sent';

interface DeliveryRow {
  id: string;
  template: string;
  params: Record<string, unknown>;
  applicationId: string | null;
  recipientEmail: string;
  recipientName: string;
  recipientLanguage: Language;
  recipientDisabled: boolean;
  reference: string | null;
  applicationName: string | null;
}

/** A failure that no retry can fix; the job ends at once and the notification shows `failed`. */
class PermanentMailFailure extends Error {}

/**
 * The Message-ID of a notification's mail: the same on every try, so a duplicate that could not
 * be avoided (a worker killed between the server's 250 and recording it) is recognisable as one.
 */
export function notificationMessageId(notificationId: string, mailFrom: string): string {
  return `<${notificationId}@${mailFrom.slice(mailFrom.lastIndexOf('@') + 1)}>`;
}

/**
 * Mails one notification, at most once as far as a client can tell. No transaction or row lock is
 * held while the SMTP server talks:
 * 1. claim: one UPDATE, committed, marks the row `sending` (attempt counted, claim time and token)
 *    unless it is `sent` or another worker's claim is younger than the job lock
 *    (JOB_LOCK_DURATION_MS); an older claim is a worker that died mid-send, and is taken over;
 * 2. the SMTP exchange;
 * 3. on the server's 250, at once, one UPDATE to `sent`; on a failure the claim is released: back
 *    to `queued` for the next try, or `failed` after the last one or a permanent refusal.
 * The message is rendered when it is sent: in the recipient's language of that moment.
 */
@Injectable()
export class MailDelivery {
  private readonly logger = new Logger('mail');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: MailSender,
    private readonly config: AppConfig,
  ) {}

  /**
   * `final`: this is the last attempt BullMQ will make, so a failure marks the notification failed.
   * Throws on failure: UnrecoverableError when retrying cannot help, the SMTP error otherwise.
   */
  async deliver(notificationId: string, { final }: { final: boolean }): Promise<DeliveryOutcome> {
    const token = randomUUID();
    const claimed = await this.claim(notificationId, token);
    if (typeof claimed === 'string') return claimed;

    const messageId = notificationMessageId(claimed.id, this.config.MAIL_FROM);
    try {
      if (claimed.recipientDisabled) throw new PermanentMailFailure('the recipient account is disabled');
      const wording = await findWording(this.dataSource, claimed.template, claimed.recipientLanguage);
      const mail = renderNotification({
        wording,
        template: claimed.template,
        language: claimed.recipientLanguage,
        recipientName: claimed.recipientName,
        application: claimed.applicationId ? { id: claimed.applicationId, reference: claimed.reference ?? '', name: claimed.applicationName ?? '' } : null,
        params: claimed.params,
        appUrl: this.config.APP_URL,
      });
      await this.sender.send({
        messageId,
        to: claimed.recipientEmail,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'X-Notification-Id': claimed.id, 'X-Notification-Template': claimed.template },
      });
    } catch (error) {
      throw await this.release(claimed.id, token, error, final);
    }
    // The server has it: record that before anything else, to keep the window for a duplicate small.
    await this.dataSource.query(
      `UPDATE notifications SET mail_status = 'sent', sent_at = now(), mail_message_id = $2, mail_error = NULL, failed_at = NULL,
              mail_claimed_at = NULL, mail_claim_token = NULL, updated_at = now()
        WHERE id = $1 AND mail_status <> 'sent'`,
      [claimed.id, messageId],
    );
    return 'sent';
  }

  /**
   * The notification stays `sending` when its job ended without a try that could release it (it
   * stalled more often than BullMQ allows: its worker died each time). It is marked failed, so it
   * does not look as if it is still on its way.
   */
  async abandon(notificationId: string, reason: string): Promise<void> {
    // For an UPDATE the driver answers [rows, count].
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications SET mail_status = 'failed', failed_at = now(), mail_error = $2, mail_claimed_at = NULL, mail_claim_token = NULL,
              updated_at = now()
        WHERE id = $1 AND mail_status = 'sending'
        RETURNING id`,
      [notificationId, reason.slice(0, 1000)],
    );
    if (rows.length) this.logger.warn({ msg: 'notification mail failed', notificationId, error: withoutAddresses(reason) });
  }

  private async claim(notificationId: string, token: string): Promise<DeliveryRow | Exclude<DeliveryOutcome, 'sent'>> {
    const [row]: DeliveryRow[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE notifications
            SET mail_status = 'sending', mail_attempts = mail_attempts + 1, mail_claimed_at = now(), mail_claim_token = $2, updated_at = now()
          WHERE id = $1
            AND (mail_status IN ('queued', 'failed')
                 OR (mail_status = 'sending' AND mail_claimed_at <= now() - make_interval(secs => $3::double precision / 1000)))
          RETURNING id, template, params, application_id, recipient_id
       )
       SELECT c.id, c.template, c.params, c.application_id AS "applicationId",
              u.email AS "recipientEmail", u.name AS "recipientName", u.language AS "recipientLanguage",
              (u.disabled_at IS NOT NULL) AS "recipientDisabled", a.reference, a.name AS "applicationName"
         FROM claimed c
         JOIN users u ON u.id = c.recipient_id
         LEFT JOIN applications a ON a.id = c.application_id`,
      [notificationId, token, this.config.JOB_LOCK_DURATION_MS],
    );
    if (row) return row;
    const [current]: { mailStatus: string }[] = await this.dataSource.query(`SELECT mail_status AS "mailStatus" FROM notifications WHERE id = $1`, [
      notificationId,
    ]);
    if (!current) return 'missing';
    return current.mailStatus === 'sent' ? 'already-sent' : 'being-sent';
  }

  /** Gives the claim back after a failed try and returns the error for the job to throw. */
  private async release(notificationId: string, token: string, error: unknown, final: boolean): Promise<Error> {
    const permanent = error instanceof PermanentMailFailure || isPermanentMailError(error);
    const message = (error as Error).message.slice(0, 1000);
    await this.dataSource.query(
      `UPDATE notifications
          SET mail_error = $3, updated_at = now(), mail_claimed_at = NULL, mail_claim_token = NULL,
              mail_status = CASE WHEN $4 THEN 'failed' ELSE 'queued' END,
              failed_at = CASE WHEN $4 THEN now() ELSE failed_at END
        WHERE id = $1 AND mail_claim_token = $2`,
      [notificationId, token, message, permanent || final],
    );
    if (permanent || final)
      this.logger.warn({ msg: 'notification mail failed', notificationId, permanent, error: withoutAddresses(message) });
    return permanent ? new UnrecoverableError(message) : (error as Error);
  }
}

/** SMTP replies often echo the address; logs carry no e-mail addresses. */
function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>@]+@[^\s<>@]+/g, '<address>');
}
