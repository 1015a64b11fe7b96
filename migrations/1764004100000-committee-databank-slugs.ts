import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The same rule as src/publication/slug.ts at the time of writing, copied so the migration stays as it ran. */
function slugOf(databank: string): string {
  const words = databank
    .replace(/^\s*databank\s+/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.join('-').slice(0, 60).replace(/-+$/, '') || 'databank';
}

/**
 * Each committee's databank gets its own public path, /databanken/<slug>/interventies
 * (docs/decisions/0033). The slug is made once from the databank's name and never changes, so
 * links keep working when the name is edited. Null for a committee written without one.
 */
export class CommitteeDatabankSlugs1764004100000 implements MigrationInterface {
  name = 'CommitteeDatabankSlugs1764004100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE committees ADD COLUMN databank_slug text`);
    await db.query(
      `ALTER TABLE committees ADD CONSTRAINT committees_databank_slug_format_check CHECK (databank_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')`,
    );
    await db.query(`CREATE UNIQUE INDEX committees_databank_slug_key ON committees (databank_slug)`);
    const rows: { id: string; databank: string }[] = await db.query(`SELECT id, databank FROM committees ORDER BY created_at, id`);
    const taken = new Set<string>();
    for (const row of rows) {
      const base = slugOf(row.databank);
      let slug = base;
      for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
      taken.add(slug);
      await db.query(`UPDATE committees SET databank_slug = $2 WHERE id = $1`, [row.id, slug]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX committees_databank_slug_key`);
    await db.query(`ALTER TABLE committees DROP COLUMN databank_slug`);
  }
}
