import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { databaseUrl, TEST_DATABASE_PREFIX } from './test-databases.js';

export const workerId = Number(process.env.JEST_WORKER_ID ?? '1');

/** The database and Redis db this jest worker owns, so parallel workers never share state. */
export const testDatabaseName = `${TEST_DATABASE_PREFIX}${workerId}`;
export const testRedisUrl = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}/${10 + workerId}`;

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(testDatabaseName),
    REDIS_URL: testRedisUrl,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
    STORAGE_DIR: `./var/test-storage-${workerId}`,
    ...overrides,
  });
}
