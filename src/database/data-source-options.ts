import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import type { AppConfig } from '../config/app-config.js';
import { entities } from './entities.js';

/** The pool size of a process that does not say otherwise (the worker, the CLI). */
export const DEFAULT_POOL_SIZE = 10;

export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL'>, applicationName = 'erkenning', poolSize = DEFAULT_POOL_SIZE): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    applicationName,
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}
