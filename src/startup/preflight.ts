import type { AppConfig } from '../config/app-config.js';
import { ensureDatabaseExists } from '../database/ensure-database.js';
import { waitForRedis } from '../redis/wait-for-redis.js';

/**
 * Before Nest boots: PostgreSQL answers (and the database exists, created if missing outside
 * production) and Redis answers, waiting for Redis with one line per retry. A failure is one
 * error with one clear message, which the entry point prints as its only line.
 */
export async function preflight(config: AppConfig, report: (line: string) => void): Promise<void> {
  if (await ensureDatabaseExists(config.DATABASE_URL, !config.isProduction)) report(`Created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  await waitForRedis(config.REDIS_URL, { retries: config.REDIS_STARTUP_RETRIES, intervalMs: config.REDIS_STARTUP_RETRY_MS, report });
}
