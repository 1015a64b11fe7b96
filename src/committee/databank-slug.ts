import type { EntityManager } from 'typeorm';
import { firstFreeSlug, slugify } from '../publication/slug.js';

/** The path name of a committee's databank: its name without the word "Databank", e.g. `effectieve-sociale-interventies`. */
export async function freeDatabankSlug(manager: EntityManager, databank: string): Promise<string> {
  const base = slugify(databank.replace(/^\s*databank\s+/i, '')).slice(0, 60).replace(/-+$/, '');
  const taken: { slug: string }[] = await manager.query(`SELECT databank_slug AS slug FROM committees WHERE databank_slug LIKE $1`, [`${base}%`]);
  return firstFreeSlug(base, taken.map((row) => row.slug));
}
