import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the import of the previous databank wrote: one row per imported listing (keyed by slug) or
 * case in flight (keyed by reference), with a hash of the file row, so that running the same file
 * again changes nothing and a changed row updates the application it created.
 */
export class ImportRecords1764003600000 implements MigrationInterface {
  name = 'ImportRecords1764003600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE import_records (
        kind text NOT NULL,
        key text NOT NULL,
        committee_id uuid NOT NULL,
        application_id uuid NOT NULL,
        application_version integer NOT NULL,
        row_hash text NOT NULL,
        imported_by uuid NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT import_records_pkey PRIMARY KEY (kind, key),
        CONSTRAINT import_records_committee_id_fkey FOREIGN KEY (committee_id) REFERENCES committees (id),
        CONSTRAINT import_records_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT import_records_imported_by_fkey FOREIGN KEY (imported_by) REFERENCES users (id),
        CONSTRAINT import_records_kind_check CHECK (kind IN ('listing', 'case')),
        CONSTRAINT import_records_row_hash_format_check CHECK (row_hash ~ '^[0-9a-f]{64}$')
      )`);
    await db.query(`CREATE UNIQUE INDEX import_records_application_id_key ON import_records (application_id)`);
    await db.query(`CREATE INDEX import_records_committee_id_idx ON import_records (committee_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE import_records`);
  }
}
