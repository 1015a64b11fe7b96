import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_CONTACT_EMAIL, DEFAULT_STATEMENTS } from '../src/public-site/statements/default-statements.js';

/** The public website's accessibility and privacy statements, editable by the admin, with their first text. */
export class SiteStatements1764002500000 implements MigrationInterface {
  name = 'SiteStatements1764002500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE site_statements (
        kind text CONSTRAINT site_statements_pkey PRIMARY KEY CONSTRAINT site_statements_kind_check CHECK (kind IN ('accessibility', 'privacy')),
        body_nl text NOT NULL,
        body_en text NOT NULL,
        contact_email text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid CONSTRAINT site_statements_updated_by_fkey REFERENCES users (id) ON DELETE SET NULL
      )`);
    for (const [kind, text] of Object.entries(DEFAULT_STATEMENTS)) {
      await db.query(`INSERT INTO site_statements (kind, body_nl, body_en, contact_email) VALUES ($1, $2, $3, $4)`, [kind, text.nl, text.en, DEFAULT_CONTACT_EMAIL]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE site_statements`);
  }
}
