import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit rows that change the state, per application in time order: the lead-time figures
 * (src/insight/lead-times.sql.ts) read only these, most audit rows (uploads, comments, reviews)
 * leave the state as it is.
 */
export class AuditStateChangesIndex1764003010000 implements MigrationInterface {
  name = 'AuditStateChangesIndex1764003010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX audit_events_state_changes_idx ON audit_events (application_id, created_at, id)
        INCLUDE (from_state, to_state) WHERE from_state IS DISTINCT FROM to_state`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_events_state_changes_idx`);
  }
}
