import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `dutch_words`: the words as typed, lowercased, without the Dutch stop words and without
 * stemming. The search matches them as prefixes next to the stems (src/publication/compound-query.ts):
 * "taal" stems to "tal", too short to be a useful prefix, while "taal" itself finds taalcafé.
 * Built from the server's own `simple` template and `dutch` stop-word file: nothing to install.
 * Exported so that bench/search-relevance.ts measures this very configuration.
 */
export const DUTCH_WORDS_CONFIGURATION_SQL = [
  `CREATE TEXT SEARCH DICTIONARY dutch_words (TEMPLATE = simple, STOPWORDS = dutch)`,
  `CREATE TEXT SEARCH CONFIGURATION dutch_words (COPY = simple)`,
  `ALTER TEXT SEARCH CONFIGURATION dutch_words
     ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH dutch_words`,
];

/**
 * Dutch compounds in the databank search (prefix matching of lexemes), and the words of the listed
 * texts for "did you mean" suggestions (pg_trgm), and a title vector for the title-first result window.
 */
export class DatabankCompoundSearch1764002600000 implements MigrationInterface {
  name = 'DatabankCompoundSearch1764002600000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of DUTCH_WORDS_CONFIGURATION_SQL) await db.query(statement);
    // pg_trgm is a trusted extension (PostgreSQL 13+) shipped with the server: no file to deploy.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // The title alone, so a result window can take every title match first (see listing-search.sql.ts).
    await db.query(`
      ALTER TABLE listings ADD COLUMN title_vector tsvector NOT NULL
        GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, title)) STORED`);
    await db.query(`
      CREATE INDEX listings_title_search_idx ON listings USING gin (title_vector, facets, target_group_vector)
        WHERE withdrawn_at IS NULL`);
    // The words of the listed texts as written (not stemmed), for spelling suggestions. Refreshed
    // by the publication service after a listing is published, updated or withdrawn; a suggestion
    // is only given when searching it finds listings, so a word left over from a withdrawn
    // listing is never suggested.
    await db.query(`
      CREATE MATERIALIZED VIEW listing_words AS
        SELECT word, ndoc AS listings FROM ts_stat($q$
          SELECT to_tsvector('simple'::regconfig, concat_ws(' ', title, summary, goal, target_group, approach, active_elements, research))
            FROM listings WHERE withdrawn_at IS NULL
        $q$) WHERE length(word) BETWEEN 3 AND 40 AND word !~ '[0-9]'`);
    await db.query(`CREATE UNIQUE INDEX listing_words_word_key ON listing_words (word)`);
    await db.query(`CREATE INDEX listing_words_trgm_idx ON listing_words USING gin (word gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW listing_words`);
    await db.query(`DROP INDEX listings_title_search_idx`);
    await db.query(`ALTER TABLE listings DROP COLUMN title_vector`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION dutch_words`);
    await db.query(`DROP TEXT SEARCH DICTIONARY dutch_words`);
  }
}
