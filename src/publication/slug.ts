/** Longest base slug; a uniqueness suffix (`-2`, `-3`, …) may follow. */
export const SLUG_MAX_LENGTH = 80;
const FALLBACK_SLUG = 'interventie';

/**
 * The URL name of a listing: lowercase ASCII letters and digits separated by single dashes.
 * Accents are dropped (`één` → `een`), `&` reads as `en`, everything else separates words.
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’`]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX_LENGTH) break;
    slug = next;
  }
  // A single overlong word is cut rather than dropped.
  if (!slug && words.length) slug = words[0].slice(0, SLUG_MAX_LENGTH);
  return slug || FALLBACK_SLUG;
}

/** The first of `base`, `base-2`, `base-3`, … that is not taken. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
