import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764000400000 implements MigrationInterface {
  name = 'Notifications1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        source_key text NOT NULL,
        recipient_id uuid NOT NULL,
        application_id uuid,
        trigger text NOT NULL,
        template text NOT NULL,
        audience text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        mail_status text NOT NULL DEFAULT 'queued',
        mail_attempts integer NOT NULL DEFAULT 0,
        mail_message_id text,
        mail_error text,
        sent_at timestamptz,
        failed_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_pkey PRIMARY KEY (id),
        CONSTRAINT notifications_source_key_recipient_key UNIQUE (source_key, recipient_id),
        CONSTRAINT notifications_recipient_fkey FOREIGN KEY (recipient_id) REFERENCES users (id),
        CONSTRAINT notifications_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT notifications_mail_status_check CHECK (mail_status IN ('queued', 'sent', 'failed')),
        CONSTRAINT notifications_sent_at_check CHECK ((mail_status = 'sent') = (sent_at IS NOT NULL)),
        CONSTRAINT notifications_mail_attempts_check CHECK (mail_attempts >= 0)
      )`);
    await db.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC)`);
    await db.query(`CREATE INDEX notifications_recipient_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    await db.query(`CREATE INDEX notifications_application_idx ON notifications (application_id, created_at)`);
    // The relay asks for rows that are due; reminders are written with a future available_at.
    await db.query(`CREATE INDEX outbox_due_idx ON outbox (available_at) WHERE dispatched_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_due_idx`);
    await db.query(`DROP TABLE notifications`);
  }
}
