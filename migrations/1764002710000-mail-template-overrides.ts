import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An admin's wording of a mail template in one language; without a row the built-in text is used. */
export class MailTemplateOverrides1764002710000 implements MigrationInterface {
  name = 'MailTemplateOverrides1764002710000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE mail_template_overrides (
         template text NOT NULL,
         language text NOT NULL CONSTRAINT mail_template_overrides_language_check CHECK (language IN ('nl', 'en')),
         subject text NOT NULL,
         body text NOT NULL,
         updated_by uuid CONSTRAINT mail_template_overrides_updated_by_fkey REFERENCES users (id) ON DELETE SET NULL,
         updated_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT mail_template_overrides_pkey PRIMARY KEY (template, language)
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_template_overrides`);
  }
}
