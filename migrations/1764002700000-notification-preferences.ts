import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quieter notifications: a user's own step never shows in their in-app list (`in_app`), each user
 * chooses per topic how they hear of things (e-mail at once, a daily digest, in the app only), and
 * the notifications waiting for a digest say which digest mail took them along.
 */
export class NotificationPreferences1764002700000 implements MigrationInterface {
  name = 'NotificationPreferences1764002700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE notifications
         ADD COLUMN in_app boolean NOT NULL DEFAULT true,
         ADD COLUMN digest_id uuid CONSTRAINT notifications_digest_fkey REFERENCES notifications (id) ON DELETE SET NULL,
         DROP CONSTRAINT notifications_mail_status_check,
         ADD CONSTRAINT notifications_mail_status_check CHECK (mail_status IN ('queued', 'sending', 'sent', 'failed', 'digest', 'digested', 'in_app'))`,
    );
    await db.query(`CREATE INDEX notifications_digest_pending_idx ON notifications (recipient_id, created_at) WHERE mail_status = 'digest'`);
    await db.query(`CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, created_at DESC) WHERE in_app`);
    await db.query(
      `CREATE TABLE notification_preferences (
         user_id uuid NOT NULL CONSTRAINT notification_preferences_user_fkey REFERENCES users (id) ON DELETE CASCADE,
         topic text NOT NULL,
         delivery text NOT NULL CONSTRAINT notification_preferences_delivery_check CHECK (delivery IN ('immediate', 'daily_digest', 'in_app')),
         updated_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT notification_preferences_pkey PRIMARY KEY (user_id, topic)
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP INDEX notifications_inbox_idx`);
    await db.query(`DROP INDEX notifications_digest_pending_idx`);
    await db.query(`UPDATE notifications SET mail_status = 'sent', sent_at = COALESCE(sent_at, now()) WHERE mail_status IN ('digested', 'in_app', 'digest')`);
    await db.query(
      `ALTER TABLE notifications
         DROP CONSTRAINT notifications_mail_status_check,
         ADD CONSTRAINT notifications_mail_status_check CHECK (mail_status IN ('queued', 'sending', 'sent', 'failed')),
         DROP COLUMN digest_id,
         DROP COLUMN in_app`,
    );
  }
}
