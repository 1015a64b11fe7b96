import { Logger } from '@nestjs/common';
import pg from 'pg';

export class DatabaseUnreachableError extends Error {}

/**
 * Checks that PostgreSQL answers, with an error that says what to do when it does not.
 * With `createIfMissing` (outside production) a missing database is created through the
 * server's `postgres` database, so that a newcomer's first `npm start` works on a fresh server.
 */
export async function ensureDatabaseExists(databaseUrl: string, createIfMissing: boolean): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const probe = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
    return;
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
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    new Logger('database').log(`Created database ${name}`);
  } catch (error) {
    // Another process created it at the same moment.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await admin.end();
  }
}
