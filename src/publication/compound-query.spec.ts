import { compoundQuery, prefixLexemes } from './compound-query.js';

describe('prefixLexemes', () => {
  it('adds a prefix label to every lexeme long enough, and keeps the operators', () => {
    expect(prefixLexemes(`'taal' & 'cafe'`, 4)).toBe(`'taal':* & 'cafe':*`);
    expect(prefixLexemes(`'schuld' <-> 'hulp' | !'tal'`, 4)).toBe(`'schuld':* <-> 'hulp':* | !'tal'`);
    expect(prefixLexemes(`( 'ouder' | 'jong' ) & !( 'eenzam' <2> 'wijk' )`, 4)).toBe(
      `( 'ouder':* | 'jong':* ) & !( 'eenzam':* <2> 'wijk':* )`,
    );
  });

  it('reads escaped quotes inside a lexeme and replaces an existing label', () => {
    expect(prefixLexemes(`'o''neill' & 'ab'`, 4)).toBe(`'o''neill':* & 'ab'`);
    expect(prefixLexemes(`'''' & 'a'':*'`, 2)).toBe(`'''' & 'a'':*':*`);
    expect(prefixLexemes(`'taal':AB & 'tal':*`, 4)).toBe(`'taal':* & 'tal':*`);
    expect(prefixLexemes('', 4)).toBe('');
  });

  it('counts characters, not bytes', () => {
    expect(prefixLexemes(`'café'`, 4)).toBe(`'café':*`);
    expect(prefixLexemes(`'één'`, 4)).toBe(`'één'`);
  });
});

describe('compoundQuery', () => {
  it('lets the stem or the word as typed match as a prefix', () => {
    expect(compoundQuery(`'schuld'`, `'schulden'`)).toBe(`('schuld':*) | ('schulden':*)`);
    expect(compoundQuery(`'tal'`, `'taal'`)).toBe(`('tal') | ('taal':*)`);
    expect(compoundQuery(`'mantelzorg'`, `'mantelzorg'`)).toBe(`'mantelzorg':*`);
    expect(compoundQuery(`'mantelzorg'`, null)).toBe(`'mantelzorg':*`);
  });
});
