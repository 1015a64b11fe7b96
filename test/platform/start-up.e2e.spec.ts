import { jest } from '@jest/globals';
import pg from 'pg';
import { migrations } from '../../migrations/index.js';
import { DEMO_USERS } from '../../src/seed/demo-users.js';
import { freePort, PrivateRedis } from '../notifications/support/private-redis.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { waitFor } from '../notifications/support/worker.js';
import { ServerProcess } from '../support/server-process.js';
import { testDatabaseName, testRedisPrefix, testRedisUrl, workerId } from '../support/test-config.js';
import { databaseUrl, ensureDatabase, TEST_DATABASE_PREFIX, withAdminClient } from '../support/test-databases.js';

// Real processes of the current sources (compiled by serverBuild, as `npm run build` would).
jest.setTimeout(180_000);

const health = async (port: number) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health`)).status;
  } catch {
    return null;
  }
};

/** Fails at once, with its output, when a process that should keep running has exited. */
function expectRunning(processes: ServerProcess[]) {
  for (const server of processes)
    if (!server.running) {
      const problems = server.lines().filter((line) => !line.includes('"level":"info"'));
      throw new Error(`${server.name} exited:\n${problems.slice(-10).join('\n')}`);
    }
}

describe('start-up: five API and worker pairs at once on a database that does not exist yet', () => {
  const name = `${TEST_DATABASE_PREFIX}startup_${workerId}`;
  const processes: ServerProcess[] = [];
  let sink: SmtpSink;

  beforeAll(async () => {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    sink = await SmtpSink.start();
  });
  afterAll(async () => {
    await Promise.all(processes.map((server) => server.stop()));
    await sink?.close();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('all come up: the database is created, migrated and seeded once, and no process exits', async () => {
    const ports = await Promise.all([1, 2, 3, 4, 5].map(() => freePort()));
    const env = {
      DATABASE_URL: databaseUrl(name),
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: `${testRedisPrefix}_startup`,
      SMTP_URL: sink.url,
      DEMO_SEED: 'true',
      LOG_LEVEL: 'info',
      STORAGE_DIR: `./var/test-storage-startup-${workerId}`,
    };
    ports.forEach((port, i) => {
      processes.push(ServerProcess.start('main', { ...env, PORT: String(port) }, `api ${i + 1}`));
      processes.push(ServerProcess.start('worker', env, `worker ${i + 1}`));
    });

    await waitFor(
      'every API to answer /health and every worker to start',
      async () => {
        expectRunning(processes);
        const statuses = await Promise.all(ports.map(health));
        const workersStarted = processes.filter((server) => server.name.startsWith('worker') && server.output().includes('"Worker started"'));
        return statuses.every((status) => status === 200) && workersStarted.length === ports.length;
      },
      150_000,
      250,
    );
    expectRunning(processes);

    await withAdminClient(async (admin) => {
      const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      expect(rows).toHaveLength(1);
    });
    const client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
    try {
      const applied = await client.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.rows.map((row: { name: string }) => row.name)).toEqual(migrations.map((migration) => new migration().name));
      const users = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      expect(users.rows[0].n).toBe(DEMO_USERS.length);
    } finally {
      await client.end();
    }
  });
});

describe('start-up: Redis unreachable', () => {
  let redisPort: number;
  let redis: PrivateRedis | undefined;
  let started: ServerProcess[] = [];

  const env = async (extra: Record<string, string>) => ({
    DATABASE_URL: await ensureDatabase(testDatabaseName),
    REDIS_PREFIX: `${testRedisPrefix}_startup`,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'info',
    STORAGE_DIR: `./var/test-storage-startup-${workerId}`,
    ...extra,
  });

  beforeAll(async () => {
    redisPort = await freePort();
  });
  afterEach(async () => {
    await Promise.all(started.map((server) => server.stop()));
    started = [];
    await redis?.stop();
    redis = undefined;
  });

  it.each(['main', 'worker', 'cli/start-all'] as const)(
    '%s prints one line per retry and exits non-zero with one line saying what to start',
    async (entry) => {
      const server = ServerProcess.start(
        entry,
        await env({
          // A password that must never be printed.
          REDIS_URL: `redis://:geheim-wachtwoord@127.0.0.1:${redisPort}`,
          REDIS_STARTUP_RETRIES: '2',
          REDIS_STARTUP_RETRY_MS: '200',
          PORT: String(await freePort()),
        }),
      );
      started.push(server);
      expect(await server.exited).toBe(1);

      const lines = server.lines();
      expect(lines).toEqual([
        `Redis at redis://:***@127.0.0.1:${redisPort} unreachable (connect ECONNREFUSED 127.0.0.1:${redisPort}), retrying in 0.2 s (1/2)…`,
        `Redis at redis://:***@127.0.0.1:${redisPort} unreachable (connect ECONNREFUSED 127.0.0.1:${redisPort}), retrying in 0.2 s (2/2)…`,
        expect.stringMatching(/^(API failed to start|Worker failed to start|Cannot start): Cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ \(REDIS_URL\)/),
      ]);
      expect(lines[2]).toContain('`docker compose up -d redis`');
      expect(server.output()).not.toContain('geheim-wachtwoord');
    },
  );

  it('the API and the worker come up when Redis appears while they wait, without error dumps', async () => {
    const apiPort = await freePort();
    const waiting = await env({ REDIS_URL: `redis://127.0.0.1:${redisPort}`, REDIS_STARTUP_RETRIES: '100', REDIS_STARTUP_RETRY_MS: '250' });
    const api = ServerProcess.start('main', { ...waiting, PORT: String(apiPort) }, 'api');
    const worker = ServerProcess.start('worker', waiting, 'worker');
    started.push(api, worker);
    await waitFor('both to report that Redis is unreachable', () => [api, worker].every((server) => server.output().includes('retrying')));

    redis = await PrivateRedis.start(redisPort);
    await waitFor('the API to answer /health and the worker to start', async () => {
      expectRunning([api, worker]);
      return (await health(apiPort)) === 200 && worker.output().includes('"Worker started"');
    });
    for (const server of [api, worker]) {
      // Besides the JSON log lines of a normal start: the retry lines and the one saying Redis answers.
      const plain = server.lines().filter((line) => !line.startsWith('{'));
      expect(plain.length).toBeGreaterThan(1);
      expect(plain.slice(0, -1).every((line) => line.startsWith(`Redis at redis://127.0.0.1:${redisPort} unreachable`))).toBe(true);
      expect(plain.at(-1)).toBe(`Redis at redis://127.0.0.1:${redisPort} answers; starting.`);
      expect(server.lines().filter((line) => line.includes('"level":"error"') || line.includes('"level":"warn"'))).toEqual([]);
    }
  });
});

describe('start-up: PostgreSQL unreachable', () => {
  it.each(['main', 'worker'] as const)('%s exits non-zero with one line', async (entry) => {
    const pgPort = await freePort();
    const server = ServerProcess.start(entry, {
      DATABASE_URL: `postgres://postgres:geheim-wachtwoord@127.0.0.1:${pgPort}/erkenning`,
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: `${testRedisPrefix}_startup`,
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).not.toContain('geheim-wachtwoord');
    expect(server.lines()).toEqual([
      `${entry === 'main' ? 'API' : 'Worker'} failed to start: Cannot reach PostgreSQL database "erkenning" at 127.0.0.1:${pgPort} (DATABASE_URL): ` +
        `connect ECONNREFUSED 127.0.0.1:${pgPort}. Is PostgreSQL running, and does DATABASE_URL point to it?`,
    ]);
  });
});
