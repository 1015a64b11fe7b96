/**
 * Dutch writes compounds as one word (taalcafé, schuldhulpverlening), and the `dutch` snowball
 * stemmer does not split them, so a search for "taal" would miss "taalcafé". A query lexeme
 * therefore also matches as a prefix: the stem (schulden → schuld:* finds schuldhulpverlening)
 * and the word as typed (taal:* finds taalcafé, where the stem "tal" would be too short). Very
 * short stems and words stay exact, because a prefix of two or three letters matches unrelated
 * words (tal:* would find talent). The measurements behind the choice are in
 * docs/decisions/0018-databank-dutch-compounds-and-ranking.md.
 */
export const MIN_STEM_PREFIX = 4;
export const MIN_WORD_PREFIX = 4;

/**
 * Appends `:*` to every lexeme of a tsquery in PostgreSQL's text form that has at least
 * `minLength` characters. The text form quotes each lexeme ('o''neill'), so a scan for quotes
 * finds every lexeme and nothing else; an existing weight or prefix label is replaced.
 */
export function prefixLexemes(tsquery: string, minLength: number): string {
  let out = '';
  let i = 0;
  while (i < tsquery.length) {
    const char = tsquery[i];
    if (char !== "'") {
      out += char;
      i += 1;
      continue;
    }
    let end = i + 1;
    let lexeme = '';
    while (end < tsquery.length) {
      if (tsquery[end] === "'" && tsquery[end + 1] === "'") {
        lexeme += "'";
        end += 2;
      } else if (tsquery[end] === "'") break;
      else {
        lexeme += tsquery[end];
        end += 1;
      }
    }
    out += tsquery.slice(i, end + 1);
    i = end + 1;
    const label = /^:[A-Da-d*]+/.exec(tsquery.slice(i));
    if (label) i += label[0].length;
    if ([...lexeme].length >= minLength) out += ':*';
    else if (label) out += label[0];
  }
  return out;
}

/**
 * The query the listings are searched with: the stemmed query and the query of the words as
 * typed (both without stop words), each with prefixes, either one matching.
 */
export function compoundQuery(stems: string, words: string | null): string {
  const stemQuery = prefixLexemes(stems, MIN_STEM_PREFIX);
  const wordQuery = words === null ? stemQuery : prefixLexemes(words, MIN_WORD_PREFIX);
  return wordQuery === stemQuery ? stemQuery : `(${stemQuery}) | (${wordQuery})`;
}
