import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/load-config-or-exit.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runMigrations } from '../database/run-migrations.js';

/** `npm run migration:run`: applies pending migrations and says which. */
const config = loadConfigOrExit();
const dataSource = await new DataSource(dataSourceOptions(config, 'erkenning-migrate')).initialize();
try {
  const applied = await runMigrations(dataSource);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations.\n');
} finally {
  await dataSource.destroy();
}
