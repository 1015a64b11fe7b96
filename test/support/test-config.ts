import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { testRedisUrl as sharedTestRedisUrl } from './global-setup.js';
import { databaseUrl, TEST_DATABASE_PREFIX } from './test-databases.js';

export const workerId = Number(process.env.JEST_WORKER_ID ?? '1');

/** The database this jest worker owns, so parallel workers (and namespaces) never share state. */
export const testDatabaseName = `${TEST_DATABASE_PREFIX}${workerId}`;
/** Its Redis keys, in the Redis db all test workers share, start with the same name (REDIS_PREFIX). */
export const testRedisPrefix = testDatabaseName;
export const testRedisUrl = sharedTestRedisUrl();

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(testDatabaseName),
    REDIS_URL: testRedisUrl,
    REDIS_PREFIX: testRedisPrefix,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
    STORAGE_DIR: `./var/test-storage-${workerId}`,
    ...overrides,
  });
}
