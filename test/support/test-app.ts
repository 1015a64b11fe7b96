import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { JsonLogger } from '../../src/common/logging/json-logger.js';
import type { AppConfig } from '../../src/config/app-config.js';
import { configureApp } from '../../src/configure-app.js';
import { deleteKeysWithPrefix } from './global-setup.js';
import { testConfig, testDatabaseName } from './test-config.js';
import { ensureDatabase } from './test-databases.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  server: ReturnType<INestApplication['getHttpServer']>;
  /** Empties every table (migrations stay applied) and deletes this worker's Redis keys (REDIS_PREFIX). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The real API on this worker's own PostgreSQL database and Redis key prefix. */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  await ensureDatabase(testDatabaseName);
  const config = testConfig(overrides);
  const module = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
  const logger = new JsonLogger('error', 'test');
  const app = module.createNestApplication<NestExpressApplication>({ logger });
  configureApp(app, logger);
  await app.init();
  const dataSource = app.get(DataSource);
  return {
    app,
    config,
    dataSource,
    server: app.getHttpServer(),
    reset: () => resetState(dataSource, config),
    close: () => app.close(),
  };
}

export async function resetState(dataSource: DataSource, config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>): Promise<void> {
  // Tables the migrations fill (the working-day calendar, the themes) keep their rows.
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'themes', 'working_day_calendar')`,
  );
  // DELETE, not TRUNCATE: on these small tables TRUNCATE (a new file per table and index) takes
  // 15–20 times as long. The replica role switches off the foreign-key and other triggers for
  // this transaction only, so the order of the tables does not matter (the test user is a superuser).
  if (tables.length)
    await dataSource.transaction((manager) =>
      manager.query(`SET LOCAL session_replication_role = replica; ${tables.map((t) => `DELETE FROM "${t.tablename}";`).join(' ')}`),
    );
  // Only this worker's keys: other workers, runs and namespaces share the db.
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    await deleteKeysWithPrefix(redis, config.REDIS_PREFIX);
  } finally {
    redis.disconnect();
  }
}
