import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1764000300000 implements MigrationInterface {
  name = 'Documents1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE documents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        CONSTRAINT documents_pkey PRIMARY KEY (id),
        CONSTRAINT documents_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT documents_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT documents_kind_check CHECK (kind IN ('handbook', 'process_evaluation', 'effect_study', 'annex')),
        CONSTRAINT documents_title_check CHECK (length(title) BETWEEN 1 AND 200)
      )`);
    await db.query(`CREATE INDEX documents_application_id_idx ON documents (application_id, created_at)`);
    // At most one live handbook and one live process evaluation per application; a new upload is a new version.
    await db.query(`
      CREATE UNIQUE INDEX documents_application_id_kind_key ON documents (application_id, kind)
       WHERE removed_at IS NULL AND kind IN ('handbook', 'process_evaluation')`);

    await db.query(`
      CREATE TABLE document_versions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL,
        version integer NOT NULL,
        storage_key text NOT NULL,
        original_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 text NOT NULL,
        uploaded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_versions_pkey PRIMARY KEY (id),
        CONSTRAINT document_versions_document_id_fkey FOREIGN KEY (document_id) REFERENCES documents (id),
        CONSTRAINT document_versions_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES users (id),
        CONSTRAINT document_versions_document_id_version_key UNIQUE (document_id, version),
        CONSTRAINT document_versions_storage_key_key UNIQUE (storage_key),
        CONSTRAINT document_versions_version_check CHECK (version > 0),
        CONSTRAINT document_versions_size_bytes_check CHECK (size_bytes > 0),
        CONSTRAINT document_versions_hash_format_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT document_versions_original_name_check CHECK (length(original_name) BETWEEN 1 AND 255),
        CONSTRAINT document_versions_mime_type_check CHECK (mime_type IN (
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.oasis.opendocument.text'))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE document_versions`);
    await db.query(`DROP TABLE documents`);
  }
}
