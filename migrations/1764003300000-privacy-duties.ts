import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The AVG duties (src/privacy): the admin's retention terms per kind of record (defaults in code,
 * src/privacy/retention-kinds.ts, so a missing row means the default), the log of every retention
 * run with its counts per kind, the log of every erasure, and the marks that say a user or an
 * application has been anonymised; an index for deleting notifications.
 */
export class PrivacyDuties1764003300000 implements MigrationInterface {
  name = 'PrivacyDuties1764003300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE retention_settings (
         kind text NOT NULL CONSTRAINT retention_settings_pkey PRIMARY KEY,
         days integer NOT NULL CONSTRAINT retention_settings_days_check CHECK (days BETWEEN 1 AND 3650),
         updated_by uuid CONSTRAINT retention_settings_updated_by_fkey REFERENCES users (id) ON DELETE SET NULL,
         updated_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await db.query(
      `CREATE TABLE retention_runs (
         id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT retention_runs_pkey PRIMARY KEY,
         trigger text NOT NULL CONSTRAINT retention_runs_trigger_check CHECK (trigger IN ('schedule', 'admin')),
         requested_by uuid CONSTRAINT retention_runs_requested_by_fkey REFERENCES users (id) ON DELETE SET NULL,
         started_at timestamptz NOT NULL,
         finished_at timestamptz NOT NULL DEFAULT now(),
         counts jsonb NOT NULL CONSTRAINT retention_runs_counts_check CHECK (jsonb_typeof(counts) = 'object')
       )`,
    );
    await db.query(`CREATE INDEX retention_runs_finished_at_idx ON retention_runs (finished_at DESC)`);
    await db.query(
      `CREATE TABLE privacy_erasures (
         id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT privacy_erasures_pkey PRIMARY KEY,
         subject_id uuid NOT NULL CONSTRAINT privacy_erasures_subject_fkey REFERENCES users (id),
         performed_by uuid NOT NULL CONSTRAINT privacy_erasures_performed_by_fkey REFERENCES users (id),
         performed_at timestamptz NOT NULL DEFAULT now(),
         counts jsonb NOT NULL CONSTRAINT privacy_erasures_counts_check CHECK (jsonb_typeof(counts) = 'object')
       )`,
    );
    // Deleting notifications (retention, erasure) sets the digest_id of the ones that point at them
    // to NULL: without an index that is a scan of the whole table per deleted row.
    await db.query(`CREATE INDEX notifications_digest_id_idx ON notifications (digest_id) WHERE digest_id IS NOT NULL`);
    await db.query(`ALTER TABLE users ADD COLUMN erased_at timestamptz`);
    await db.query(`ALTER TABLE applications ADD COLUMN anonymised_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE applications DROP COLUMN anonymised_at`);
    await db.query(`ALTER TABLE users DROP COLUMN erased_at`);
    await db.query(`DROP INDEX notifications_digest_id_idx`);
    await db.query(`DROP TABLE privacy_erasures`);
    await db.query(`DROP TABLE retention_runs`);
    await db.query(`DROP TABLE retention_settings`);
  }
}
