import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The werkblad: live section texts, frozen numbered versions, and threaded comments per section. */
export class Description1764000200000 implements MigrationInterface {
  name = 'Description1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE description_sections (
        application_id uuid NOT NULL,
        section_key text NOT NULL,
        content text NOT NULL,
        version integer NOT NULL,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT description_sections_pkey PRIMARY KEY (application_id, section_key),
        CONSTRAINT description_sections_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT description_sections_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users (id),
        CONSTRAINT description_sections_section_key_check CHECK (section_key ~ '^[a-z]+(_[a-z]+)*$'),
        CONSTRAINT description_sections_version_check CHECK (version > 0),
        CONSTRAINT description_sections_content_length_check CHECK (char_length(content) <= 100000)
      )`);

    await db.query(`
      CREATE TABLE description_versions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        number integer NOT NULL,
        kind text NOT NULL,
        feedback_round integer,
        sections jsonb NOT NULL,
        application_version integer NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT description_versions_pkey PRIMARY KEY (id),
        CONSTRAINT description_versions_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT description_versions_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT description_versions_number_check CHECK (number > 0),
        CONSTRAINT description_versions_kind_check CHECK (kind IN ('feedback', 'ready', 'final')),
        CONSTRAINT description_versions_feedback_round_check CHECK ((kind = 'feedback') = (feedback_round IS NOT NULL) AND (feedback_round IS NULL OR feedback_round > 0)),
        CONSTRAINT description_versions_sections_check CHECK (jsonb_typeof(sections) = 'object')
      )`);
    await db.query(`CREATE UNIQUE INDEX description_versions_application_number_key ON description_versions (application_id, number)`);

    await db.query(`
      CREATE TABLE section_comments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        version_number integer,
        section_key text NOT NULL,
        parent_id uuid,
        author_id uuid NOT NULL,
        author_kind text NOT NULL,
        body text NOT NULL,
        status text,
        resolved_by uuid,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT section_comments_pkey PRIMARY KEY (id),
        CONSTRAINT section_comments_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT section_comments_version_fkey FOREIGN KEY (application_id, version_number)
          REFERENCES description_versions (application_id, number),
        CONSTRAINT section_comments_parent_fkey FOREIGN KEY (parent_id) REFERENCES section_comments (id) ON DELETE CASCADE,
        CONSTRAINT section_comments_author_fkey FOREIGN KEY (author_id) REFERENCES users (id),
        CONSTRAINT section_comments_resolved_by_fkey FOREIGN KEY (resolved_by) REFERENCES users (id),
        CONSTRAINT section_comments_section_key_check CHECK (section_key ~ '^[a-z]+(_[a-z]+)*$'),
        CONSTRAINT section_comments_author_kind_check CHECK (author_kind IN ('owner', 'coach', 'secretary')),
        CONSTRAINT section_comments_body_check CHECK (char_length(body) BETWEEN 1 AND 5000),
        CONSTRAINT section_comments_status_check CHECK (
          (parent_id IS NULL AND status IN ('open', 'resolved')) OR (parent_id IS NOT NULL AND status IS NULL)
        ),
        CONSTRAINT section_comments_resolution_check CHECK (
          (status = 'resolved') = (resolved_at IS NOT NULL AND resolved_by IS NOT NULL)
          AND (status IS NOT NULL OR (resolved_at IS NULL AND resolved_by IS NULL))
        )
      )`);
    await db.query(`CREATE INDEX section_comments_application_idx ON section_comments (application_id, section_key, created_at)`);
    await db.query(`CREATE INDEX section_comments_parent_idx ON section_comments (parent_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE section_comments`);
    await db.query(`DROP TABLE description_versions`);
    await db.query(`DROP TABLE description_sections`);
  }
}
