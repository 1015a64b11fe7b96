import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { runMigrations } from '../../src/database/run-migrations.js';
import { migrations } from '../../migrations/index.js';
import { workerId } from '../support/test-config.js';
import { recreateDatabase, TEST_DATABASE_PREFIX } from '../support/test-databases.js';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const url = await recreateDatabase(`${TEST_DATABASE_PREFIX}migrations_${workerId}`);
    dataSource = await new DataSource(dataSourceOptions({ DATABASE_URL: url })).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('apply to an empty database, twice harmlessly, and revert completely', async () => {
    const applied = await runMigrations(dataSource);
    expect(applied).toEqual(migrations.map((migration) => new migration().name));
    expect(await runMigrations(dataSource)).toEqual([]);

    const tables = await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.map((t: { tablename: string }) => t.tablename)).toEqual(expect.arrayContaining(['users', 'sessions']));

    const constraints: { conname: string }[] = await dataSource.query(
      `SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid <> 'migrations'::regclass`,
    );
    for (const { conname } of constraints) expect(conname).toMatch(/^[a-z_]+_(pkey|fkey|check|key|excl)$/);

    for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
    const left = await dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(left).toEqual([]);
  });
});
