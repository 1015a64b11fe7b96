import { anchorView, quoteIsAt, refindQuote } from '../../src/description/comment-anchor.js';

describe('re-finding the passage a comment is anchored to', () => {
  it('checks a new anchor against the exact text at its offset', () => {
    const text = '## Aanpak\n- tien huisbezoeken\n- twee groepsbijeenkomsten';
    expect(quoteIsAt(text, 'tien huisbezoeken', 12)).toBe(true);
    expect(quoteIsAt(text, 'tien huisbezoeken', 13)).toBe(false);
    expect(quoteIsAt(text, 'Tien huisbezoeken', 12)).toBe(false);
    expect(quoteIsAt(text, '', 0)).toBe(false);
    expect(quoteIsAt(text, 'Aanpak', -1)).toBe(false);
    expect(quoteIsAt(text, 'bijeenkomsten', text.length)).toBe(false);
  });

  it('finds the quote where it moved to after an edit', () => {
    const before = 'De vrijwilliger belt elke week.';
    const after = 'Na de intake: de vrijwilliger belt elke week.';
    expect(refindQuote(after, 'belt elke week', before.indexOf('belt elke week'))).toBe(after.indexOf('belt elke week'));
  });

  it('takes the occurrence nearest to the old offset, the earlier one on a tie', () => {
    const text = 'week 1: bellen. week 2: bellen. week 3: bellen.';
    const occurrences = [8, 24, 40];
    expect(occurrences.map((at) => text.slice(at, at + 6))).toEqual(['bellen', 'bellen', 'bellen']);
    expect(refindQuote(text, 'bellen', 0)).toBe(8);
    expect(refindQuote(text, 'bellen', 22)).toBe(24);
    expect(refindQuote(text, 'bellen', 33)).toBe(40);
    expect(refindQuote(text, 'bellen', 500)).toBe(40);
    expect(refindQuote(text, 'bellen', 16)).toBe(8);
  });

  it('finds overlapping occurrences', () => {
    expect(refindQuote('aaaa', 'aa', 1)).toBe(1);
    expect(refindQuote('aaaa', 'aa', 3)).toBe(2);
  });

  it('says the passage is gone rather than guessing', () => {
    expect(refindQuote('Alles is herschreven.', 'tien huisbezoeken', 12)).toBeNull();
    expect(refindQuote('', 'tien', 0)).toBeNull();
    expect(anchorView({ quote: 'tien huisbezoeken', offset: 12, sectionVersion: 3 }, 'Alles is herschreven.')).toEqual({
      quote: 'tien huisbezoeken',
      offset: 12,
      sectionVersion: 3,
      currentOffset: null,
      detached: true,
    });
    expect(anchorView({ quote: 'herschreven', offset: 0, sectionVersion: 3 }, 'Alles is herschreven.')).toMatchObject({ currentOffset: 9, detached: false });
  });
});
