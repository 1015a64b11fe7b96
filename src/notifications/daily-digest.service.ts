import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language } from '../users/role.js';
import { amsterdamDay } from './notification-groups.js';
import { messageText } from './notification-render.js';
import { enqueueOutbox, OUTBOX_TOPICS, type MailMessage } from './outbox.js';
import { OutboxRelay } from './outbox-relay.service.js';
import type { DailyDigestItem } from './templates/daily-digest.templates.js';

interface PendingRow {
  id: string;
  template: string;
  params: Record<string, unknown>;
  applicationId: string | null;
  reference: string | null;
  applicationName: string | null;
}

/**
 * The daily digest: one mail per user per day with every notification they chose to hear of once a
 * day (`mail_status = 'digest'`). The digest is a notification itself (`daily-digest:<day>`, not in
 * the in-app list), so the unique `(source_key, recipient_id)` sends at most one a day, and the
 * items it took along are marked `digested` with its id in the same transaction: a repeated run
 * sends nothing new, and what arrives after today's digest waits for tomorrow's.
 */
@Injectable()
export class DailyDigest {
  private readonly logger = new Logger('notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async send(now: Date = new Date()): Promise<{ digests: number; items: number }> {
    const day = amsterdamDay(now);
    const recipients: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT recipient_id AS id FROM notifications WHERE mail_status = 'digest' AND created_at <= $1`,
      [now],
    );
    let digests = 0;
    let items = 0;
    for (const { id } of recipients) {
      const sent = await this.sendTo(id, day, now);
      if (sent > 0) {
        digests += 1;
        items += sent;
      }
    }
    if (digests > 0) {
      this.logger.log({ msg: 'daily digests written', day, digests, items });
      void this.relay.kick().catch(() => undefined);
    }
    return { digests, items };
  }

  /** Writes one user's digest for `day`; returns how many notifications it took along (0: none, or already sent today). */
  private sendTo(recipientId: string, day: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending: PendingRow[] = await manager.query(
        `SELECT n.id, n.template, n.params, n.application_id AS "applicationId", a.reference, a.name AS "applicationName"
           FROM notifications n LEFT JOIN applications a ON a.id = n.application_id
          WHERE n.recipient_id = $1 AND n.mail_status = 'digest' AND n.created_at <= $2
          ORDER BY n.created_at, n.id
          FOR UPDATE OF n`,
        [recipientId, now],
      );
      if (pending.length === 0) return 0;
      const [reader]: { name: string; language: Language }[] = await manager.query(`SELECT name, language FROM users WHERE id = $1`, [recipientId]);
      const items: DailyDigestItem[] = pending.map((row) => ({
        title: messageText({
          template: row.template,
          language: reader.language,
          recipientName: reader.name,
          application: row.applicationId ? { id: row.applicationId, reference: row.reference ?? '', name: row.applicationName ?? '' } : null,
          params: row.params,
        }).subject,
        reference: row.reference,
        name: row.applicationName,
      }));
      const [digest]: { id: string }[] = await manager.query(
        `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params, mail_status, in_app)
         VALUES ($1, $2, NULL, 'DAILY_DIGEST', 'daily-digest', 'addressed', $3, 'queued', false)
         ON CONFLICT ON CONSTRAINT notifications_source_key_recipient_key DO NOTHING
         RETURNING id`,
        [`daily-digest:${day}`, recipientId, { day, items }],
      );
      if (!digest) return 0;
      await manager.query(`UPDATE notifications SET mail_status = 'digested', digest_id = $1, updated_at = now() WHERE id = ANY($2::uuid[])`, [
        digest.id,
        pending.map((row) => row.id),
      ]);
      const mail: MailMessage = { notificationId: digest.id };
      await enqueueOutbox(manager, { topic: OUTBOX_TOPICS.mail, applicationId: null, payload: mail });
      return pending.length;
    });
  }
}
