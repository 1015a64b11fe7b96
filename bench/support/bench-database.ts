import pg from 'pg';

const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A database of the bench's own on the server of TEST_ADMIN_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test), created empty; the worker migrates it at start-up.
 */
export class BenchDatabase {
  private constructor(readonly name: string) {}

  static async create(name: string): Promise<BenchDatabase> {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new RangeError(`Not a plain database name: ${name}`);
    const database = new BenchDatabase(name);
    await database.drop();
    await admin(`CREATE DATABASE "${name}"`);
    return database;
  }

  get url(): string {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${this.name}`;
    return url.toString();
  }

  drop(): Promise<void> {
    return admin(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
