import pg from 'pg';
import { ADVISORY_LOCKS } from './advisory-locks.js';

export class DatabaseUnreachableError extends Error {}

/** 42P04 duplicate_database; 23505 unique_violation on pg_database's name when two CREATE DATABASE race. */
const ALREADY_CREATED = new Set(['42P04', '23505']);

/**
 * Checks that PostgreSQL answers, with an error that says what to do when it does not.
 * With `createIfMissing` (outside production) a missing database is created through the
 * server's `postgres` database, so that a newcomer's first `npm start` works on a fresh server.
 * Safe when several processes start at once: check-then-create runs under an advisory lock on the
 * `postgres` database, and a database that someone else created meanwhile counts as created.
 * Returns whether this process created it.
 */
export async function ensureDatabaseExists(databaseUrl: string, createIfMissing: boolean): Promise<boolean> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const probe = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '3D000' || !createIfMissing)
      throw new DatabaseUnreachableError(
        `Cannot reach PostgreSQL database "${name}" at ${target.hostname}:${target.port || 5432} (DATABASE_URL): ` +
          `${(error as Error).message}. Is PostgreSQL running, and does DATABASE_URL point to it?`,
      );
  } finally {
    await probe.end().catch(() => undefined);
  }
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.createDatabase]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    // A process without the lock (an older version, a person with psql) created it at the same moment.
    if (ALREADY_CREATED.has((error as { code?: string }).code ?? '')) return false;
    throw error;
  } finally {
    // Ending the session releases the lock too.
    await admin.end().catch(() => undefined);
  }
}
