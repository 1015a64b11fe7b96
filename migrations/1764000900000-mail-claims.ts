import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mail is claimed before it is sent (`sending`, with the claim's time and token) and the claim
 * is committed before the SMTP exchange starts, so no transaction stays open while the server
 * talks. A claim left by a worker that died is taken over once it is older than the job lock.
 */
export class MailClaims1764000900000 implements MigrationInterface {
  name = 'MailClaims1764000900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications ADD COLUMN mail_claimed_at timestamptz, ADD COLUMN mail_claim_token uuid`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_mail_status_check`);
    await db.query(
      `ALTER TABLE notifications
         ADD CONSTRAINT notifications_mail_status_check CHECK (mail_status IN ('queued', 'sending', 'sent', 'failed')),
         ADD CONSTRAINT notifications_mail_claim_check CHECK ((mail_status = 'sending') = (mail_claimed_at IS NOT NULL AND mail_claim_token IS NOT NULL))`,
    );
    // The watchdog looks for mails not sent yet, claimed ones included.
    await db.query(`DROP INDEX notifications_queued_idx`);
    await db.query(`CREATE INDEX notifications_unsent_idx ON notifications (created_at) WHERE mail_status IN ('queued', 'sending')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifications_unsent_idx`);
    await db.query(`CREATE INDEX notifications_queued_idx ON notifications (created_at) WHERE mail_status = 'queued'`);
    await db.query(`UPDATE notifications SET mail_status = 'queued' WHERE mail_status = 'sending'`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_mail_claim_check, DROP CONSTRAINT notifications_mail_status_check`);
    await db.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_mail_status_check CHECK (mail_status IN ('queued', 'sent', 'failed'))`);
    await db.query(`ALTER TABLE notifications DROP COLUMN mail_claim_token, DROP COLUMN mail_claimed_at`);
  }
}
