import type { DataSource } from 'typeorm';

/**
 * The PostgreSQL advisory lock keys of this system, in one place so that two never collide. Any
 * constants work; they only have to be the same in every process (API, worker, replicas).
 */
export const ADVISORY_LOCKS = {
  /** Taken on the server's `postgres` database around check-then-create of a missing database. */
  createDatabase: 7_310_000,
  migrations: 7_310_001,
  demoSeed: 7_310_002,
  /** Taken in the transaction of a retention run (src/privacy), so two runs never overlap. */
  retentionRun: 7_310_003,
} as const;

/**
 * Runs `work` while this process holds the advisory lock `key` (waiting for it as long as another
 * process holds it). The lock is held on a connection of its own; `work` may use the pool freely.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}
