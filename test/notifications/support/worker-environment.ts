import type { AppConfig } from '../../../src/config/app-config.js';

/** The environment a worker process (ServerProcess 'worker') needs to work on a test's database, Redis and SMTP server. */
export function workerEnvironment(config: AppConfig, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: config.DATABASE_URL,
    REDIS_URL: config.REDIS_URL,
    REDIS_PREFIX: config.REDIS_PREFIX,
    SMTP_URL: config.SMTP_URL,
    MAIL_FROM: config.MAIL_FROM,
    APP_URL: config.APP_URL,
    MIGRATE_ON_START: 'false',
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
    ...overrides,
  };
}
