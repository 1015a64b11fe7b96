import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import type { AppConfig } from '../config/app-config.js';
import { entities } from './entities.js';

/** Connections per process; the worker runs more jobs at once than the API serves queries. */
export const POOL_SIZE = { default: 10, worker: 24 } as const;

export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL'>, applicationName = 'erkenning', poolSize: number = POOL_SIZE.default): DataSourceOptions {
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
