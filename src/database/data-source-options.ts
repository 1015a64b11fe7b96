import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import type { AppConfig } from '../config/app-config.js';
import { entities } from './entities.js';

export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL'>, applicationName = 'erkenning'): DataSourceOptions {
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
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
