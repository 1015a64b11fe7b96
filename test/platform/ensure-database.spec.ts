import { ensureDatabaseExists } from '../../src/database/ensure-database.js';
import { workerId } from '../support/test-config.js';
import { databaseUrl, TEST_DATABASE_PREFIX, withAdminClient } from '../support/test-databases.js';

describe('creating a missing database', () => {
  const name = `${TEST_DATABASE_PREFIX}created_${workerId}`;
  const drop = () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  beforeEach(drop);
  afterAll(drop);

  it('is safe when ten processes start at once: each succeeds and one of them creates it', async () => {
    // Without the lock two CREATE DATABASE race and one fails with 23505 on pg_database_datname_index.
    const created = await Promise.all(Array.from({ length: 10 }, () => ensureDatabaseExists(databaseUrl(name), true)));
    expect(created.filter(Boolean)).toHaveLength(1);
    const { rowCount } = await withAdminClient((client) => client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
    expect(rowCount).toBe(1);
  });

  it('is left alone in production, with one line that says what to check', async () => {
    const { hostname, port } = new URL(databaseUrl(name));
    await expect(ensureDatabaseExists(databaseUrl(name), false)).rejects.toThrow(
      `Cannot reach PostgreSQL database "${name}" at ${hostname}:${port || 5432} (DATABASE_URL): database "${name}" does not exist. Is PostgreSQL running, and does DATABASE_URL point to it?`,
    );
  });
});
