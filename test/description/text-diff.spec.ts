import {
  diffText,
  diffTextWithStats,
  tokenizeParagraphs,
  tokenizeSentences,
  tokenizeWords,
  type DiffChange,
} from '../../src/description/text-diff.js';

const spell = (changes: DiffChange[], side: 'from' | 'to') =>
  changes
    .filter((change) => change.op === 'equal' || change.op === (side === 'from' ? 'delete' : 'insert'))
    .map((change) => change.text)
    .join('');

/** Deterministic pseudo-random words, so a failure can be reproduced. */
function words(count: number, seed: number): string[] {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(`w${state % 5000}`);
  }
  return out;
}

/** Paragraphs of sentences of `perSentence` words. */
function essay(wordList: string[], perSentence = 12, perParagraph = 8): string {
  const sentences: string[] = [];
  for (let i = 0; i < wordList.length; i += perSentence) sentences.push(`${wordList.slice(i, i + perSentence).join(' ')}.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += perParagraph) paragraphs.push(sentences.slice(i, i + perParagraph).join(' '));
  return paragraphs.join('\n\n');
}

describe('text diff', () => {
  it('tokenizers lose no character', () => {
    const text = 'Eerste zin. Tweede zin!  Derde,\nregel\n\n  Nieuwe alinea?\n\n\nLaatste';
    for (const tokenize of [tokenizeWords, tokenizeSentences, tokenizeParagraphs]) expect(tokenize(text).join('')).toBe(text);
    expect(tokenizeParagraphs(text)).toHaveLength(3);
    expect(tokenizeWords('huisbezoeken, door')).toEqual(['huisbezoeken', ',', ' ', 'door']);
  });

  it('reports equal texts as one equal change, and empty texts as nothing', () => {
    expect(diffText('zelfde tekst', 'zelfde tekst')).toEqual([{ op: 'equal', text: 'zelfde tekst' }]);
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'nieuw')).toEqual([{ op: 'insert', text: 'nieuw' }]);
    expect(diffText('weg', '')).toEqual([{ op: 'delete', text: 'weg' }]);
  });

  it('finds replaced, inserted and deleted words', () => {
    expect(diffText('Tien huisbezoeken in zes maanden.', 'Twaalf huisbezoeken in zes maanden door vrijwilligers.')).toEqual([
      { op: 'delete', text: 'Tien' },
      { op: 'insert', text: 'Twaalf' },
      { op: 'equal', text: ' huisbezoeken in zes maanden' },
      { op: 'insert', text: ' door vrijwilligers' },
      { op: 'equal', text: '.' },
    ]);
    expect(diffText('ouderen die alleen wonen', 'ouderen die wonen')).toEqual([
      { op: 'equal', text: 'ouderen die ' },
      { op: 'delete', text: 'alleen ' },
      { op: 'equal', text: 'wonen' },
    ]);
  });

  it('keeps a changed stretch together instead of matching the spaces in between', () => {
    const changes = diffText('begin een twee drie eind', 'begin vier vijf zes eind');
    expect(changes).toEqual([
      { op: 'equal', text: 'begin ' },
      { op: 'delete', text: 'een twee drie' },
      { op: 'insert', text: 'vier vijf zes' },
      { op: 'equal', text: ' eind' },
    ]);
  });

  it('spells both texts back from the changes, for many random edits', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const base = words(60, seed);
      const edited = base.filter((_, i) => (i + seed) % 7 !== 0).map((word, i) => ((i + seed) % 11 === 0 ? `${word}x` : word));
      edited.splice(seed % 40, 0, 'ingevoegd', 'woord');
      const from = base.join(' ');
      const to = edited.join(' ');
      const changes = diffText(from, to);
      expect(spell(changes, 'from')).toBe(from);
      expect(spell(changes, 'to')).toBe(to);
    }
  });

  it('stays within its work budget on two different 10,000-word sections, and still finds the unchanged paragraphs', () => {
    const a = words(10_000, 7);
    const b = [...a];
    for (let i = 0; i < b.length; i += 400) b[i] = 'gewijzigd'; // one changed word in every few paragraphs
    const from = essay(a);
    const to = essay(b);
    const totalCells = 2_000_000;
    const { changes, cells } = diffTextWithStats(from, to, { maxCells: 500_000, totalCells });
    // A word-level LCS over the whole text would need about 20,000 × 20,000 cells.
    expect(cells).toBeLessThanOrEqual(totalCells);
    expect(spell(changes, 'from')).toBe(from);
    expect(spell(changes, 'to')).toBe(to);
    // Refined back to words: every change is one word, not a whole paragraph.
    const inserted = changes.filter((change) => change.op === 'insert').map((change) => change.text);
    expect(inserted).toHaveLength(10_000 / 400);
    expect(inserted.every((text) => text === 'gewijzigd')).toBe(true);
  });

  it('falls back to one deletion and one insertion when even the budget is spent', () => {
    const from = essay(words(10_000, 3));
    const to = essay(words(10_000, 4));
    const { changes, cells } = diffTextWithStats(from, to, { maxCells: 10_000, totalCells: 50_000 });
    expect(cells).toBeLessThanOrEqual(50_000);
    expect(changes).toEqual([
      { op: 'delete', text: from },
      { op: 'insert', text: to },
    ]);
  });
});
