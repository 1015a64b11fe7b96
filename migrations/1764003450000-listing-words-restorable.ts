import type { MigrationInterface, QueryRunner } from 'typeorm';

const LISTED_TEXT = `concat_ws(' ', title, summary, goal, target_group, approach, active_elements, research)`;

/**
 * `listing_words` as a plain query instead of `ts_stat('<SQL text>')`. The SQL text was resolved
 * with the search_path of whoever refreshed the view, and pg_restore refreshes it with an empty
 * one, so a backup made with pg_dump could not be restored ("relation listings does not exist").
 * A plain query is stored with its table resolved, as pg_dump writes it. Same rows: each word once
 * per listing that is not withdrawn, counted in `listings` (ts_stat's ndoc).
 */
export class ListingWordsRestorable1764003450000 implements MigrationInterface {
  name = 'ListingWordsRestorable1764003450000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW listing_words`);
    await db.query(`
      CREATE MATERIALIZED VIEW listing_words AS
        SELECT t.lexeme AS word, count(*)::integer AS listings
          FROM listings l CROSS JOIN LATERAL unnest(to_tsvector('simple'::regconfig, ${LISTED_TEXT})) AS t
         WHERE l.withdrawn_at IS NULL AND length(t.lexeme) BETWEEN 3 AND 40 AND t.lexeme !~ '[0-9]'
         GROUP BY t.lexeme`);
    await createIndexes(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW listing_words`);
    await db.query(`
      CREATE MATERIALIZED VIEW listing_words AS
        SELECT word, ndoc AS listings FROM ts_stat($q$
          SELECT to_tsvector('simple'::regconfig, ${LISTED_TEXT})
            FROM listings WHERE withdrawn_at IS NULL
        $q$) WHERE length(word) BETWEEN 3 AND 40 AND word !~ '[0-9]'`);
    await createIndexes(db);
  }
}

async function createIndexes(db: QueryRunner): Promise<void> {
  await db.query(`CREATE UNIQUE INDEX listing_words_word_key ON listing_words (word)`);
  await db.query(`CREATE INDEX listing_words_trgm_idx ON listing_words USING gin (word gin_trgm_ops)`);
}
