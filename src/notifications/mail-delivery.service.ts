import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { Language } from '../users/role.js';
import { isPermanentMailError, MailSender } from './mail-sender.service.js';
import type { MailStatus } from './notification.entity.js';
import { renderNotification } from './notification-render.js';

export type DeliveryOutcome = 'sent' | 'already-sent' | 'missing';

interface DeliveryRow {
  id: string;
  template: string;
  params: Record<string, unknown>;
  mailStatus: MailStatus;
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
 * Mails one notification, at most once. The row is locked while the mail goes out, so a job
 * delivered twice (even at the same moment) finds it `sent` and does nothing. The message is
 * rendered when it is sent: in the recipient's language of that moment.
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
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row]: DeliveryRow[] = await manager.query(
          `SELECT n.id, n.template, n.params, n.mail_status AS "mailStatus", n.application_id AS "applicationId",
                  u.email AS "recipientEmail", u.name AS "recipientName", u.language AS "recipientLanguage",
                  (u.disabled_at IS NOT NULL) AS "recipientDisabled", a.reference, a.name AS "applicationName"
             FROM notifications n
             JOIN users u ON u.id = n.recipient_id
             LEFT JOIN applications a ON a.id = n.application_id
            WHERE n.id = $1
              FOR UPDATE OF n`,
          [notificationId],
        );
        if (!row) return 'missing';
        if (row.mailStatus === 'sent') return 'already-sent';
        if (row.recipientDisabled) throw new PermanentMailFailure('the recipient account is disabled');

        const mail = renderNotification({
          template: row.template,
          language: row.recipientLanguage,
          recipientName: row.recipientName,
          application: row.applicationId ? { id: row.applicationId, reference: row.reference ?? '', name: row.applicationName ?? '' } : null,
          params: row.params,
          appUrl: this.config.APP_URL,
        });
        const { messageId } = await this.sender.send({
          to: row.recipientEmail,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: { 'X-Notification-Id': row.id, 'X-Notification-Template': row.template },
        });
        await manager.query(
          `UPDATE notifications SET mail_status = 'sent', sent_at = now(), mail_message_id = $2, mail_attempts = mail_attempts + 1,
                  mail_error = NULL, failed_at = NULL, updated_at = now()
            WHERE id = $1`,
          [row.id, messageId],
        );
        return 'sent';
      });
    } catch (error) {
      const permanent = error instanceof PermanentMailFailure || isPermanentMailError(error);
      const message = (error as Error).message.slice(0, 1000);
      await this.dataSource.query(
        `UPDATE notifications
            SET mail_attempts = mail_attempts + 1, mail_error = $2, updated_at = now(),
                mail_status = CASE WHEN $3 THEN 'failed' ELSE mail_status END,
                failed_at = CASE WHEN $3 THEN now() ELSE failed_at END
          WHERE id = $1 AND mail_status <> 'sent'`,
        [notificationId, message, permanent || final],
      );
      // SMTP replies often echo the address; logs carry no e-mail addresses.
      if (permanent || final)
        this.logger.warn({ msg: 'notification mail failed', notificationId, permanent, error: message.replace(/[^\s<>@]+@[^\s<>@]+/g, '<address>') });
      if (permanent) throw new UnrecoverableError(message);
      throw error;
    }
  }
}
