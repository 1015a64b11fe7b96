import pg from 'pg';
import type { BackedUpFile } from './backup-manifest.js';

/** Queries on one client; for the backup it runs inside the snapshot pg_dump uses, so the figures match the dump. */
type Queryable = Pick<pg.Client, 'query'>;

/** Rows per table of the application's schema, by table name. */
export async function tableCounts(client: Queryable): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${pg.escapeIdentifier(name)}`);
    counts[name] = Number(rows[0].n);
  }
  return counts;
}

/**
 * Every stored file the database refers to: the rows of each table with a `storage_key` column
 * (document versions and decision letters today; a new table that stores files is found the same
 * way), with the checksum and size that were recorded when the file was stored.
 */
export async function storedFileReferences(client: Queryable): Promise<BackedUpFile[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'storage_key' ORDER BY table_name`,
  );
  const files: BackedUpFile[] = [];
  for (const { name } of tables) {
    const { rows } = await client.query<{ key: string; sha256: string; bytes: string }>(
      `SELECT storage_key AS key, sha256, size_bytes AS bytes FROM public.${pg.escapeIdentifier(name)} ORDER BY storage_key`,
    );
    for (const row of rows) files.push({ key: row.key, sha256: row.sha256, bytes: Number(row.bytes), table: name });
  }
  return files;
}

/** The name of the newest migration applied, or null for a database without them. */
export async function lastMigration(client: Queryable): Promise<string | null> {
  // Checked first: a failing query would end the transaction the backup's snapshot lives in.
  const { rows: exists } = await client.query<{ table: string | null }>(`SELECT to_regclass('public.migrations')::text AS table`);
  if (!exists[0].table) return null;
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM public.migrations ORDER BY timestamp DESC LIMIT 1`);
  return rows[0]?.name ?? null;
}

/** How many tables, views and sequences the database holds outside PostgreSQL's own schemas (0: empty). */
export async function userRelationCount(client: Queryable): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
        AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
  );
  return Number(rows[0].n);
}
