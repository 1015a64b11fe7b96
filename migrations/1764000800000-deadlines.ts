import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `('invitation_response', 'review', 'coach_feedback', 'owner_revision', 'conditions', 'committee_agenda', 'recognition_expiry')`;

/**
 * Deadlines as rows (their reminders are outbox rows with a future `available_at`), the cursor
 * that applies track transitions to them in order, and the indexes the watchdog needs.
 */
export class Deadlines1764000800000 implements MigrationInterface {
  name = 'Deadlines1764000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deadlines (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        kind text NOT NULL,
        key text NOT NULL,
        subject_id uuid,
        round integer,
        assignee_role text NOT NULL,
        assignee_ids uuid[] NOT NULL DEFAULT '{}',
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'open',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        missed_at timestamptz,
        met_at timestamptz,
        closed_at timestamptz,
        close_reason text,
        extended_count integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT deadlines_pkey PRIMARY KEY (id),
        CONSTRAINT deadlines_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT deadlines_application_id_key_key UNIQUE (application_id, key),
        CONSTRAINT deadlines_kind_check CHECK (kind IN ${KINDS}),
        CONSTRAINT deadlines_status_check CHECK (status IN ('open', 'missed', 'met', 'cancelled')),
        CONSTRAINT deadlines_assignee_role_check CHECK (assignee_role IN ('owners', 'coach', 'secretaries', 'reviewer')),
        CONSTRAINT deadlines_assignee_ids_check CHECK (assignee_role <> 'reviewer' OR cardinality(assignee_ids) > 0),
        CONSTRAINT deadlines_met_at_check CHECK ((status = 'met') = (met_at IS NOT NULL)),
        CONSTRAINT deadlines_closed_at_check CHECK ((status IN ('met', 'cancelled')) = (closed_at IS NOT NULL)),
        CONSTRAINT deadlines_missed_at_check CHECK (status <> 'missed' OR missed_at IS NOT NULL),
        CONSTRAINT deadlines_round_check CHECK (round IS NULL OR round > 0),
        CONSTRAINT deadlines_extended_count_check CHECK (extended_count >= 0),
        CONSTRAINT deadlines_version_check CHECK (version > 0)
      )`);
    await db.query(`CREATE INDEX deadlines_due_at_idx ON deadlines (due_at) WHERE status IN ('open', 'missed')`);
    await db.query(`CREATE INDEX deadlines_application_id_idx ON deadlines (application_id, kind, status)`);
    await db.query(`CREATE INDEX deadlines_assignee_ids_idx ON deadlines USING gin (assignee_ids) WHERE status IN ('open', 'missed')`);

    // How far the deadlines have followed each application's transitions (audit versions applied).
    await db.query(`
      CREATE TABLE deadline_sync (
        application_id uuid NOT NULL,
        applied_version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deadline_sync_pkey PRIMARY KEY (application_id),
        CONSTRAINT deadline_sync_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT deadline_sync_applied_version_check CHECK (applied_version >= 0)
      )`);
    // Applications that existed before deadlines: their history is not replayed.
    await db.query(`INSERT INTO deadline_sync (application_id, applied_version) SELECT id, version FROM applications`);

    // Pending reminders of one deadline (cleanup when it is extended, met or cancelled).
    await db.query(
      `CREATE INDEX outbox_deadline_id_idx ON outbox ((payload->>'deadlineId')) WHERE topic = 'deadline.reminder' AND dispatched_at IS NULL`,
    );
    // The watchdog looks at recently dispatched rows, and at mails still queued.
    await db.query(`CREATE INDEX outbox_dispatched_at_idx ON outbox (dispatched_at) WHERE dispatched_at IS NOT NULL`);
    await db.query(`CREATE INDEX notifications_queued_idx ON notifications (created_at) WHERE mail_status = 'queued'`);
    await db.query(`CREATE INDEX outbox_notification_id_idx ON outbox ((payload->>'notificationId')) WHERE topic = 'notification.mail'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_notification_id_idx`);
    await db.query(`DROP INDEX notifications_queued_idx`);
    await db.query(`DROP INDEX outbox_dispatched_at_idx`);
    await db.query(`DROP INDEX outbox_deadline_id_idx`);
    await db.query(`DROP TABLE deadline_sync`);
    await db.query(`DROP TABLE deadlines`);
  }
}
