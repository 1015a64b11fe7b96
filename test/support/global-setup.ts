import { Redis } from 'ioredis';
import pg from 'pg';

/*
 * Jest loads this file outside its module mapper, so it imports nothing relative; test support
 * imports the Redis helpers below from here instead.
 */

const NAMESPACE = process.env.TEST_NAMESPACE;
/** Every test database and every test Redis key prefix starts with it (see test-databases.ts). */
const TEST_PREFIX = 'erk_test_';
const OWN_PREFIX = `${TEST_PREFIX}${NAMESPACE ? `${NAMESPACE}_` : ''}`;

/** A database or key prefix of this run: without a namespace, other namespaces' ones are left alone. */
function isOwn(name: string): boolean {
  return NAMESPACE ? name.startsWith(OWN_PREFIX) : /^erk_test_(migrations_)?\d+$/.test(name);
}

/** The Redis db every test worker shares, each under its own key prefix: TEST_REDIS_URL, db 10 unless it names one. */
export function testRedisUrl(): string {
  const url = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  if (url.pathname === '' || url.pathname === '/') url.pathname = '/10';
  return url.toString();
}

/** The key's prefix up to BullMQ's or ioredis' `:` separator, or null for a key without one. */
function prefixOf(key: string): string | null {
  const colon = key.indexOf(':');
  return colon > 0 ? key.slice(0, colon) : null;
}

/** Keys that belong to no test namespace: another program (a local instance's `erk:*`, `bull:*`) uses this db. */
async function foreignKeys(redis: Redis): Promise<{ count: number; examples: string[] }> {
  let count = 0;
  const examples: string[] = [];
  for await (const keys of redis.scanStream({ count: 1000 }) as AsyncIterable<string[]>) {
    for (const key of keys) {
      if (prefixOf(key)?.startsWith(TEST_PREFIX)) continue;
      count++;
      if (examples.length < 3) examples.push(key);
    }
  }
  return { count, examples };
}

/** Deletes the keys whose prefix `owned` accepts, leaving every other key alone. */
async function deleteKeys(redis: Redis, owned: (prefix: string) => boolean, match = '*'): Promise<void> {
  for await (const keys of redis.scanStream({ match, count: 1000 }) as AsyncIterable<string[]>) {
    const mine = keys.filter((key) => {
      const prefix = prefixOf(key);
      return prefix !== null && owned(prefix);
    });
    if (mine.length) await redis.unlink(...mine);
  }
}

/** The keys under one prefix (`<prefix>:…`), as a test worker's reset deletes them. */
export function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<void> {
  return deleteKeys(redis, (candidate) => candidate === prefix, `${prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`);
}

/** The URL as it may be printed: a password becomes `***`. */
function shown(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function dropOwnDatabases() {
  const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database');
    for (const { datname } of rows.filter(({ datname }) => isOwn(datname))) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Refuses to run on a Redis db that holds foreign keys (the tests would delete or disturb them,
 * and they would disturb the tests), then deletes this run's own keys. A Redis that does not
 * answer is left to the tests that need it, so that the others still run.
 */
export async function prepareTestRedis(url = testRedisUrl()): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (error) {
    process.stderr.write(`\nTest Redis at ${shown(url)} (TEST_REDIS_URL) unreachable: ${(error as Error).message}; tests that need it will fail.\n`);
    redis.disconnect();
    return;
  }
  try {
    const foreign = await foreignKeys(redis);
    if (foreign.count > 0)
      throw new Error(
        `Refusing to run: the test Redis at ${shown(url)} holds ${foreign.count} key(s) of no test namespace (e.g. ${foreign.examples.join(', ')}). ` +
          'Point TEST_REDIS_URL at a Redis or db number that only tests use, or delete those keys.',
      );
    await deleteKeys(redis, isOwn);
  } finally {
    redis.disconnect();
  }
}

/** Every run starts from empty test databases and Redis keys; each jest worker creates its own database on first use. */
export default async function globalSetup() {
  await dropOwnDatabases();
  await prepareTestRedis();
}
