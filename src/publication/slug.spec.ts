import { firstFreeSlug, slugify, SLUG_MAX_LENGTH } from './slug.js';

describe('slugify', () => {
  it('makes lowercase ASCII words joined by dashes', () => {
    expect(slugify('Samen tegen eenzaamheid')).toBe('samen-tegen-eenzaamheid');
    expect(slugify('  Één   café — voor   ouderen!  ')).toBe('een-cafe-voor-ouderen');
    expect(slugify("Moeder & Kind: 't Steunpunt (2e editie)")).toBe('moeder-en-kind-t-steunpunt-2e-editie');
  });

  it('falls back when nothing usable is left and stays within the length limit', () => {
    expect(slugify('!!! 🙂 ???')).toBe('interventie');
    const long = slugify('woord '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify('a'.repeat(200))).toHaveLength(SLUG_MAX_LENGTH);
  });
});

describe('firstFreeSlug', () => {
  it('adds the lowest free numeric suffix', () => {
    expect(firstFreeSlug('maatjes', [])).toBe('maatjes');
    expect(firstFreeSlug('maatjes', ['maatjes'])).toBe('maatjes-2');
    expect(firstFreeSlug('maatjes', ['maatjes', 'maatjes-2', 'maatjes-4'])).toBe('maatjes-3');
  });
});
