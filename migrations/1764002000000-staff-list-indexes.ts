import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff list and the to-do at tens of thousands of applications (bench/staff-list.ts). An
 * application row is wide (the statechart snapshot and the intake texts), so counting and
 * filtering by reading the table costs a scan of all of it: one narrow covering index holds what
 * the list form shows and filters on, so counts, the stuck count and the to-do's per-state lines
 * are index-only scans. The sort keys get an index each (the id breaks ties), so a page in sort
 * order reads only its own rows. The search (part of the name, reference or organisation, ILIKE)
 * uses trigram indexes (pg_trgm, in PostgreSQL's contrib, which the official image carries): a
 * rare word otherwise scans the whole table.
 */
export class StaffListIndexes1764002000000 implements MigrationInterface {
  name = 'StaffListIndexes1764002000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX applications_list_covering_idx ON applications (state, state_changed_at)
         INCLUDE (id, reference, name, organisation, target_level, coach_id, submitted_at, updated_at, version, state_detail, themes)`,
    );
    await db.query(`CREATE INDEX applications_updated_at_idx ON applications (updated_at, id)`);
    await db.query(`CREATE INDEX applications_state_changed_at_idx ON applications (state_changed_at, id)`);
    await db.query(`CREATE INDEX applications_submitted_at_idx ON applications (submitted_at, id)`);
    await db.query(`CREATE INDEX applications_name_idx ON applications (lower(name), id)`);
    await db.query(`CREATE INDEX applications_organisation_idx ON applications (lower(organisation), id)`);
    await db.query(`CREATE INDEX agenda_items_application_id_idx ON agenda_items (application_id)`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX applications_name_trgm_idx ON applications USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX applications_reference_trgm_idx ON applications USING gin (reference gin_trgm_ops)`);
    await db.query(`CREATE INDEX applications_organisation_trgm_idx ON applications USING gin (organisation gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'applications_organisation_trgm_idx',
      'applications_reference_trgm_idx',
      'applications_name_trgm_idx',
      'agenda_items_application_id_idx',
      'applications_organisation_idx',
      'applications_name_idx',
      'applications_submitted_at_idx',
      'applications_state_changed_at_idx',
      'applications_updated_at_idx',
      'applications_list_covering_idx',
    ])
      await db.query(`DROP INDEX ${index}`);
  }
}
