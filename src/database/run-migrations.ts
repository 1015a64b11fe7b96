import type { DataSource } from 'typeorm';
import { ADVISORY_LOCKS, withAdvisoryLock } from './advisory-locks.js';

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so the API and the worker (and any
 * number of replicas) starting together never apply the same migration twice: the first applies
 * them, the others wait and then find nothing pending.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  return withAdvisoryLock(dataSource, ADVISORY_LOCKS.migrations, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}
