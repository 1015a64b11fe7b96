import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The structured facts of the werkblad and the listing (docs/decisions/0032): cost, duration and
 * intensity, staff, settings, the target group's age.
 *
 * - `description_facts`: the owner's live facts, one row per application once first saved, with
 *   a version for optimistic concurrency like a section's.
 * - `description_versions.facts`: what a frozen version held (null for versions frozen before).
 * - `listings.facts`: what the listing shows; `fact_facets` (tokens `setting:<code>` and
 *   `age:<band>`, the bands of src/description/listing-facts.ts) and the cost columns are
 *   generated from it for the search filters.
 */
export class ListingFacts1764004000000 implements MigrationInterface {
  name = 'ListingFacts1764004000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE description_facts (
        application_id uuid NOT NULL,
        facts jsonb NOT NULL,
        version integer NOT NULL,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT description_facts_pkey PRIMARY KEY (application_id),
        CONSTRAINT description_facts_application_fkey FOREIGN KEY (application_id) REFERENCES applications (id) ON DELETE CASCADE,
        CONSTRAINT description_facts_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users (id),
        CONSTRAINT description_facts_version_check CHECK (version > 0),
        CONSTRAINT description_facts_object_check CHECK (jsonb_typeof(facts) = 'object')
      )`);
    await db.query(`ALTER TABLE description_versions ADD COLUMN facts jsonb`);

    // Mirrors AGE_BANDS in src/description/listing-facts.ts (a test compares the two).
    await db.query(`
      CREATE FUNCTION listing_fact_facets(facts jsonb) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_to_tsvector(array(
          SELECT DISTINCT 'setting:' || s FROM jsonb_array_elements_text(
            CASE WHEN jsonb_typeof(facts->'settings') = 'array' THEN facts->'settings' ELSE '[]'::jsonb END) AS s
          UNION ALL
          SELECT 'age:' || b.code
            FROM (VALUES ('0-3', 0, 3), ('4-11', 4, 11), ('12-17', 12, 17), ('18-26', 18, 26), ('27-64', 27, 64), ('65+', 65, 150)) AS b (code, lo, hi)
           WHERE (facts->>'ageMin' IS NOT NULL OR facts->>'ageMax' IS NOT NULL)
             AND b.lo <= coalesce((facts->>'ageMax')::int, 120)
             AND b.hi >= coalesce((facts->>'ageMin')::int, 0)))
      $$`);
    await db.query(`ALTER TABLE listings ADD COLUMN facts jsonb`);
    await db.query(`
      ALTER TABLE listings
        ADD COLUMN fact_facets tsvector NOT NULL GENERATED ALWAYS AS (listing_fact_facets(facts)) STORED,
        ADD COLUMN cost_cents integer GENERATED ALWAYS AS ((facts->>'costAmountCents')::int) STORED,
        ADD COLUMN cost_basis text GENERATED ALWAYS AS (facts->>'costBasis') STORED`);
    await db.query(`CREATE INDEX listings_fact_facets_idx ON listings USING gin (fact_facets) WHERE withdrawn_at IS NULL`);
    await db.query(`CREATE INDEX listings_cost_idx ON listings (cost_basis, cost_cents) WHERE withdrawn_at IS NULL AND cost_cents IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE listings DROP COLUMN cost_basis, DROP COLUMN cost_cents, DROP COLUMN fact_facets, DROP COLUMN facts`);
    await db.query(`DROP FUNCTION listing_fact_facets`);
    await db.query(`ALTER TABLE description_versions DROP COLUMN facts`);
    await db.query(`DROP TABLE description_facts`);
  }
}
