import pg from 'pg';

/**
 * Every run starts from empty test databases; each jest worker creates its own on first use.
 * (Jest loads this file outside its module mapper, so it imports nothing relative.)
 */
export default async function globalSetup() {
  const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
  await client.connect();
  try {
    const prefix = `erk_test_${process.env.TEST_NAMESPACE ? `${process.env.TEST_NAMESPACE}_` : ''}`;
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database');
    // Without a namespace, leave other namespaces' databases alone.
    const own = rows.filter(({ datname }) =>
      process.env.TEST_NAMESPACE ? datname.startsWith(prefix) : /^erk_test_(migrations_)?\d+$/.test(datname),
    );
    for (const { datname } of own) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
