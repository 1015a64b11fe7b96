import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public databank: one listing per recognised intervention, with its public fields only.
 * The slug is the listing's stable URL; a re-assessment (a new application linked through
 * `applications.listing_id`) updates the same row when it is published.
 */
export class Publication1764000700000 implements MigrationInterface {
  name = 'Publication1764000700000';

  async up(db: QueryRunner): Promise<void> {
    // The text that search sees, with weights: title A, summary and goal B, the rest C.
    // A function (not inline in the column) because array_to_string is only STABLE; for text[]
    // its result cannot change, so declaring the whole composition IMMUTABLE is safe.
    await db.query(`
      CREATE FUNCTION listing_search_vector(
        title text, summary text, goal text, target_group text, approach text,
        active_elements text, research text, organisations text[]
      ) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '') || ' ' || coalesce(goal, '')), 'B')
            || setweight(to_tsvector('dutch'::regconfig,
                 concat_ws(' ', target_group, approach, active_elements, research,
                           array_to_string(organisations, ' '))), 'C')
      $$`);

    await db.query(`
      CREATE FUNCTION listing_facets(themes text[], level text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_to_tsvector(array_append(
          array(SELECT 'theme:' || t FROM unnest(themes) AS t), 'level:' || level))
      $$`);

    await db.query(`
      CREATE TABLE listings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        application_id uuid NOT NULL,
        first_application_id uuid NOT NULL,
        title text NOT NULL,
        summary text NOT NULL DEFAULT '',
        goal text NOT NULL DEFAULT '',
        target_group text NOT NULL DEFAULT '',
        approach text NOT NULL DEFAULT '',
        organisations text[] NOT NULL DEFAULT '{}',
        active_elements text NOT NULL DEFAULT '',
        research text NOT NULL DEFAULT '',
        level text NOT NULL,
        decision_date date NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        contact_organisation text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        recognised_until timestamptz NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_reason text,
        search_vector tsvector NOT NULL GENERATED ALWAYS AS (
          listing_search_vector(title, summary, goal, target_group, approach, active_elements, research, organisations)
        ) STORED,
        target_group_vector tsvector NOT NULL GENERATED ALWAYS AS (
          to_tsvector('dutch'::regconfig, target_group)
        ) STORED,
        -- Filter tokens (theme:<slug>, level:<code>), so one GIN index answers text and filters together.
        facets tsvector NOT NULL GENERATED ALWAYS AS (
          listing_facets(themes, level)
        ) STORED,
        CONSTRAINT listings_pkey PRIMARY KEY (id),
        CONSTRAINT listings_slug_key UNIQUE (slug),
        CONSTRAINT listings_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        CONSTRAINT listings_first_application_fkey FOREIGN KEY (first_application_id) REFERENCES applications (id),
        CONSTRAINT listings_slug_format_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 100),
        CONSTRAINT listings_level_check CHECK (level IN
          ('goed_beschreven','goed_onderbouwd','effectief_eerste','effectief_goede','effectief_sterke')),
        CONSTRAINT listings_withdrawn_check CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL)),
        CONSTRAINT listings_withdrawn_reason_check CHECK (withdrawn_reason IN ('expired'))
      )`);
    await db.query(`CREATE UNIQUE INDEX listings_application_key ON listings (application_id)`);
    // Only listed rows are searchable; every public query carries `withdrawn_at IS NULL`. One
    // multicolumn GIN index, so that a text query combined with filters is intersected inside the
    // index instead of decompressing the tsvector of every row a filter lets through.
    await db.query(`
      CREATE INDEX listings_search_idx ON listings USING gin (search_vector, facets, target_group_vector)
        WHERE withdrawn_at IS NULL`);
    await db.query(`CREATE INDEX listings_title_idx ON listings (title, id) WHERE withdrawn_at IS NULL`);

    await db.query(`ALTER TABLE applications ADD COLUMN listing_id uuid`);
    await db.query(`
      ALTER TABLE applications ADD CONSTRAINT applications_listing_fkey
        FOREIGN KEY (listing_id) REFERENCES listings (id)`);
    await db.query(`CREATE INDEX applications_listing_idx ON applications (listing_id) WHERE listing_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX applications_listing_idx`);
    await db.query(`ALTER TABLE applications DROP CONSTRAINT applications_listing_fkey`);
    await db.query(`ALTER TABLE applications DROP COLUMN listing_id`);
    await db.query(`DROP TABLE listings`);
    await db.query(`DROP FUNCTION listing_facets`);
    await db.query(`DROP FUNCTION listing_search_vector`);
  }
}
