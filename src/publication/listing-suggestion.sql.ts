/**
 * "Did you mean": for each word of a query that no listed text contains as written, the most
 * similar word that one does (pg_trgm trigram similarity over the `listing_words` view, at its
 * default threshold of 0.3), preferring words in more listings. Known words, and words too short
 * for trigrams to mean anything, stay as they are.
 */
export const SUGGEST_WORDS_SQL = `
  SELECT coalesce(
           CASE WHEN length(w.input) < 4 OR EXISTS (SELECT 1 FROM listing_words k WHERE k.word = w.input) THEN w.input END,
           (SELECT k.word FROM listing_words k WHERE k.word % w.input
             ORDER BY similarity(k.word, w.input) DESC, k.listings DESC, k.word LIMIT 1),
           w.input) AS word
    FROM unnest($1::text[]) WITH ORDINALITY AS w(input, n)
   ORDER BY w.n`;

/** Refreshed after a listing is published, updated or withdrawn; CONCURRENTLY keeps searches running. */
export const REFRESH_WORDS_SQL = `REFRESH MATERIALIZED VIEW CONCURRENTLY listing_words`;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a query as a reader typed them: letters and digits, lowercased. */
export function queryWords(q: string): string[] {
  return [...new Set((q.match(WORD) ?? []).map((word) => word.toLowerCase()))].slice(0, 20);
}

/** The query with each word replaced, everything between the words (quotes, minus signs) kept. */
export function replaceWords(q: string, replace: (word: string) => string): string {
  return q.replace(WORD, replace);
}
