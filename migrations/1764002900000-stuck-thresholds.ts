import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-phase stuck thresholds in working days, admin-editable, seeded with the values that were
 * constants until now (src/track/stuck-rule.ts DEFAULT_STUCK_THRESHOLDS), and the history of who
 * changed which threshold from what to what.
 */
export class StuckThresholds1764002900000 implements MigrationInterface {
  name = 'StuckThresholds1764002900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE stuck_thresholds (
         phase text NOT NULL CONSTRAINT stuck_thresholds_phase_check CHECK (phase IN ('intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit')),
         working_days integer NOT NULL CONSTRAINT stuck_thresholds_working_days_check CHECK (working_days BETWEEN 1 AND 250),
         updated_by uuid CONSTRAINT stuck_thresholds_updated_by_fkey REFERENCES users (id) ON DELETE SET NULL,
         updated_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT stuck_thresholds_pkey PRIMARY KEY (phase)
       )`,
    );
    await db.query(
      `INSERT INTO stuck_thresholds (phase, working_days) VALUES ('intake', 10), ('beschrijven', 60), ('beoordelen', 30), ('commissie', 40), ('besluit', 20)`,
    );
    await db.query(
      `CREATE TABLE stuck_threshold_changes (
         id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT stuck_threshold_changes_pkey PRIMARY KEY,
         phase text NOT NULL,
         from_working_days integer NOT NULL,
         to_working_days integer NOT NULL,
         changed_by uuid NOT NULL CONSTRAINT stuck_threshold_changes_changed_by_fkey REFERENCES users (id),
         changed_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await db.query(`CREATE INDEX stuck_threshold_changes_changed_at_idx ON stuck_threshold_changes (changed_at DESC)`);
    // The history is append-only, as the applications' audit_events are.
    await db.query(`
      CREATE FUNCTION stuck_threshold_changes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stuck_threshold_changes is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER stuck_threshold_changes_append_only BEFORE UPDATE OR DELETE ON stuck_threshold_changes
      FOR EACH ROW EXECUTE FUNCTION stuck_threshold_changes_refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stuck_threshold_changes`);
    await db.query(`DROP FUNCTION stuck_threshold_changes_refuse_change`);
    await db.query(`DROP TABLE stuck_thresholds`);
  }
}
