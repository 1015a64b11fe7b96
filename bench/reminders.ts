/**
 * Reminders under load (mail throughput is measured by bench/mail.ts):
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/reminders.js
 *
 * Options (all optional):
 *   --pending <n>        delayed reminders waiting in PostgreSQL, due in 10–60 days   (default 100000)
 *   --due <n>            reminders that become due during the run                     (default 2000)
 *   --window <s>         seconds over which those come due                             (default 10)
 *   --bullmq-share <f>   the same share of pending and due as BullMQ delayed jobs       (default 0.1)
 *   --smtp-delay-ms <n>  the SMTP server waits this long before accepting a message     (default 0)
 *   --keep               keep the database afterwards
 *
 * It creates its own database (`erk_bench_reminders` on the server of TEST_ADMIN_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/test), its own redis-server on a free port and an
 * SMTP server (smtp-server) in a child process, and runs the real worker (WorkerModule) in this
 * process:
 *
 * 1. Lateness. `--pending` reminder rows of open coach-feedback deadlines wait in the outbox with
 *    a future `available_at`, as the design keeps them (PostgreSQL holds the due time, the relay
 *    hands a row to BullMQ once it is due). Then `--due` reminders come due, spread over the
 *    window. Lateness = when the reminder's notification was written (the reminder handler ran:
 *    deadline re-read, recipients resolved, fan-out) − its due time; p50/p99/max. For comparison,
 *    a share of the same numbers as BullMQ delayed jobs with a no-op worker: BullMQ's own timer.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Application } from '../src/applications/application.entity.js';
import { JsonLogger } from '../src/common/logging/json-logger.js';
import { loadConfig } from '../src/config/app-config.js';
import { DEADLINE_REMINDER_TOPIC } from '../src/deadlines/deadline-writes.js';
import { OutboxRelay } from '../src/notifications/outbox-relay.service.js';
import { userActor } from '../src/track/track-actor.js';
import { TrackService } from '../src/track/track.service.js';
import { UsersService } from '../src/users/users.service.js';
import { WorkerModule } from '../src/worker.module.js';
import type { AuthUser } from '../src/auth/auth-user.js';
import type { User } from '../src/users/user.entity.js';

const { values: args } = parseArgs({
  options: {
    pending: { type: 'string', default: '100000' },
    due: { type: 'string', default: '2000' },
    window: { type: 'string', default: '10' },
    'bullmq-share': { type: 'string', default: '0.1' },
    'smtp-delay-ms': { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
  },
});
const PENDING = Number(args.pending);
const DUE = Number(args.due);
const WINDOW_S = Number(args.window);
const BULLMQ_SHARE = Number(args['bullmq-share']);
const SMTP_DELAY_MS = Number(args['smtp-delay-ms']);
const DATABASE = 'erk_bench_reminders';
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Applications the deadlines are spread over. */
const APPLICATIONS = 1000;

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

async function startRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  await waitUntil(
    'redis-server',
    async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        client.disconnect();
      }
    },
    10_000,
    50,
  );
  return { url, child };
}

/**
 * A local SMTP server in its own process (so it does not share the worker's event loop), in two
 * modes switched over stdin: `smtp-server`, Nodemailer's server library, which waits 100 ms before
 * its greeting to catch early talkers (so one mail per connection costs at least that), and `raw`,
 * a minimal responder that greets at once, to show where the pipeline itself tops out.
 */
async function startSmtp(delayMs: number): Promise<{ url: string; child: ChildProcess; mode: (mode: 'smtp-server' | 'raw') => Promise<void> }> {
  const source = `
    import net from 'node:net';
    import readline from 'node:readline';
    import { SMTPServer } from 'smtp-server';
    const delay = ${delayMs};
    const accept = (callback) => (delay ? setTimeout(callback, delay) : callback());
    let mode = 'smtp-server';
    const library = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], disableReverseLookup: true, logger: false,
      onData(stream, _session, callback) {
        stream.on('data', () => {});
        stream.on('end', () => accept(() => callback(null)));
      },
    });
    function raw(socket) {
      socket.on('error', () => {});
      socket.write('220 bench ESMTP\\r\\n');
      let data = false;
      let buffer = '';
      socket.on('data', (chunk) => {
        buffer += chunk.toString('latin1');
        for (let index = buffer.indexOf('\\r\\n'); index >= 0; index = buffer.indexOf('\\r\\n')) {
          const line = buffer.slice(0, index);
          buffer = buffer.slice(index + 2);
          if (data) {
            if (line === '.') { data = false; accept(() => socket.write('250 OK queued\\r\\n')); }
            continue;
          }
          const command = line.slice(0, 4).toUpperCase();
          if (command === 'EHLO') socket.write('250-bench\\r\\n250 8BITMIME\\r\\n');
          else if (command === 'DATA') { data = true; socket.write('354 End data with <CR><LF>.<CR><LF>\\r\\n'); }
          else if (command === 'QUIT') socket.end('221 Bye\\r\\n');
          else socket.write('250 OK\\r\\n');
        }
      });
    }
    const front = net.createServer((socket) => (mode === 'raw' ? raw(socket) : library.server.emit('connection', socket)));
    front.listen(0, '127.0.0.1', () => process.stdout.write('port ' + front.address().port + '\\n'));
    readline.createInterface({ input: process.stdin }).on('line', (line) => {
      mode = line.trim();
      process.stdout.write('mode ' + mode + '\\n');
    });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout! });
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
  const port = Number((await next()).split(' ')[1]);
  return {
    url: `smtp://127.0.0.1:${port}`,
    child,
    mode: async (mode) => {
      const answered = next();
      child.stdin!.write(`${mode}\n`);
      await answered;
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1], n: sorted.length };
}

const asAuthUser = (user: User): AuthUser => ({ ...user, sessionId: 'bench' });

async function main() {
  await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${DATABASE}"`);
  const redis = await startRedis();
  const smtp = await startSmtp(SMTP_DELAY_MS);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(DATABASE),
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
  });
  const worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: new JsonLogger('error', 'bench') });
  await worker.init();
  const dataSource = worker.get(DataSource);
  const relay = worker.get(OutboxRelay);
  const bullQueues: Queue[] = [];
  let delayedWorker: Worker | null = null;

  try {
    // ---------------------------------------------------------------------------------------
    // One application waiting for the coach's feedback, cloned; the coach receives every reminder.
    const users = worker.get(UsersService);
    const person = (role: 'owner' | 'coach' | 'secretary') =>
      users.create({ email: `bench-${role}@example.nl`, name: `Bench ${role}`, organisation: 'Bench', roles: [role], password: 'correct-horse-battery-staple' });
    const [owner, coach, secretary] = [await person('owner'), await person('coach'), await person('secretary')];
    const track = worker.get(TrackService);
    const application = await track.start(owner.id, { name: 'Bench', organisation: 'Bench', contactName: 'B', contactEmail: 'b@example.nl', targetLevel: 'goed_beschreven' });
    await track.send({ applicationId: application.id, actor: userActor(asAuthUser(owner)), event: { type: 'SUBMIT' } });
    await track.send({
      applicationId: application.id,
      actor: userActor(asAuthUser(secretary)),
      event: { type: 'ADMIT' },
      before: (manager) => manager.getRepository(Application).update({ id: application.id }, { coachId: coach.id }).then(() => undefined),
    });
    await track.send({ applicationId: application.id, actor: userActor(asAuthUser(owner)), event: { type: 'REQUEST_FEEDBACK' } });
    await waitUntil('the setup mails', async () => {
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE mail_status <> 'sent'`);
      const [{ p }] = await dataSource.query(`SELECT count(*)::int AS p FROM outbox WHERE dispatched_at IS NULL AND available_at <= now()`);
      return n === 0 && p === 0;
    }, 30_000);

    const columns: { name: string }[] = await dataSource.query(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_name = 'applications' AND column_name NOT IN ('id', 'reference', 'created_at', 'updated_at')`,
    );
    const list = columns.map((c) => c.name).join(', ');
    await dataSource.query(`INSERT INTO applications (${list}) SELECT ${list} FROM applications a, generate_series(2, $1) WHERE a.id = $2`, [APPLICATIONS, application.id]);

    // ---------------------------------------------------------------------------------------
    // Pending: deadlines due in 10–60 days, three reminders each, all in the future.
    console.log(`seeding ${PENDING.toLocaleString('en')} pending reminders …`);
    const deadlinesNeeded = Math.ceil(PENDING / 3);
    await dataSource.query(
      `WITH apps AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM applications)
       INSERT INTO deadlines (application_id, kind, key, assignee_role, assignee_ids, due_at)
       SELECT a.id, 'coach_feedback', 'bench:' || g, 'coach', ARRAY[$2::uuid], now() + interval '10 days' + (g % 50) * interval '1 day' + (g % 86400) * interval '1 second'
         FROM generate_series(1, $1) g JOIN apps a ON a.i = g % $3`,
      [deadlinesNeeded, coach.id, APPLICATIONS],
    );
    await dataSource.query(
      `INSERT INTO outbox (application_id, topic, payload, available_at)
       SELECT d.application_id, $1, jsonb_build_object('deadlineId', d.id, 'deadlineVersion', 1, 'stage', s.stage), d.due_at + s.offset_
         FROM deadlines d
         CROSS JOIN (VALUES ('before', interval '-2 days'), ('missed', interval '1 day'), ('escalation', interval '3 days')) AS s(stage, offset_)
        WHERE d.key LIKE 'bench:%'
        LIMIT $2`,
      [DEADLINE_REMINDER_TOPIC, PENDING],
    );
    await dataSource.query(`VACUUM ANALYZE outbox`);
    await dataSource.query(`VACUUM ANALYZE deadlines`);

    // The BullMQ comparison: the same share of pending and due work as delayed jobs, a no-op worker.
    const connection = { url: redis.url };
    const delayedQueue = new Queue('bench-delayed', { connection, prefix: config.REDIS_PREFIX });
    bullQueues.push(delayedQueue);
    const bullPending = Math.round(PENDING * BULLMQ_SHARE);
    for (let offset = 0; offset < bullPending; offset += 1000) {
      const count = Math.min(1000, bullPending - offset);
      await delayedQueue.addBulk(
        Array.from({ length: count }, (_, i) => ({ name: 'pending', data: {}, opts: { delay: (10 + ((offset + i) % 50)) * 86_400_000, removeOnComplete: true } })),
      );
    }
    const bullLateness: number[] = [];
    delayedWorker = new Worker(
      'bench-delayed',
      async (job) => {
        bullLateness.push(Date.now() - (job.data as { dueAt: number }).dueAt);
      },
      { connection: { url: redis.url, maxRetriesPerRequest: null }, prefix: config.REDIS_PREFIX, concurrency: 4 },
    );

    // ---------------------------------------------------------------------------------------
    // 1. Reminders that come due during the run, spread over the window.
    console.log(`${DUE} reminders come due over ${WINDOW_S} s …`);
    const start = Date.now() + 2000;
    const dueIds: { id: string }[] = await dataSource.query(
      `WITH apps AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM applications),
       due AS (
         INSERT INTO deadlines (application_id, kind, key, assignee_role, assignee_ids, due_at)
         SELECT a.id, 'coach_feedback', 'bench-due:' || g, 'coach', ARRAY[$2::uuid], now() + interval '30 days'
           FROM generate_series(1, $1) g JOIN apps a ON a.i = g % $3
         RETURNING id, application_id, key)
       INSERT INTO outbox (application_id, topic, payload, available_at)
       SELECT application_id, $4, jsonb_build_object('deadlineId', id, 'deadlineVersion', 1, 'stage', 'before'),
              to_timestamp(($5::bigint + (split_part(key, ':', 2)::int - 1) * $6::float8) / 1000.0)
         FROM due
       RETURNING id`,
      [DUE, coach.id, APPLICATIONS, DEADLINE_REMINDER_TOPIC, start, (WINDOW_S * 1000) / DUE],
    );
    const bullDue = Math.round(DUE * BULLMQ_SHARE);
    await delayedQueue.addBulk(
      Array.from({ length: bullDue }, (_, i) => {
        const dueAt = start + Math.round((i * WINDOW_S * 1000) / bullDue);
        return { name: 'due', data: { dueAt }, opts: { delay: dueAt - Date.now(), removeOnComplete: true } };
      }),
    );
    const reminderIds = dueIds.map((row) => row.id);
    await waitUntil(
      'every due reminder to fire',
      async () => {
        const [{ n }] = await dataSource.query(
          `SELECT count(*)::int AS n FROM notifications WHERE source_key = ANY(SELECT id::text || ':deadline-reminder' FROM unnest($1::uuid[]) id)`,
          [reminderIds],
        );
        return n === DUE && bullLateness.length >= bullDue;
      },
      (WINDOW_S + 120) * 1000,
      200,
    );
    const lateness: { ms: number }[] = await dataSource.query(
      `SELECT extract(epoch FROM (n.created_at - o.available_at)) * 1000 AS ms
         FROM outbox o JOIN notifications n ON n.source_key = o.id::text || ':deadline-reminder'
        WHERE o.id = ANY($1::uuid[])`,
      [reminderIds],
    );
    const reminders = summary(lateness.map((row) => Number(row.ms)));
    const bull = summary(bullLateness);
    await waitUntil('the reminder mails to go out', async () => {
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE mail_status = 'queued'`);
      return n === 0;
    }, 300_000, 250);

    // ---------------------------------------------------------------------------------------
    const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
    console.log(`\nReminder lateness (fire time − due time), ${DUE.toLocaleString('en')} reminders due over ${WINDOW_S} s:`);
    console.log(
      `  outbox relay, ${PENDING.toLocaleString('en')} pending rows in PostgreSQL   p50 ${ms(reminders.p50)}   p99 ${ms(reminders.p99)}   max ${ms(reminders.max)}`,
    );
    console.log(
      `  BullMQ delayed jobs, no-op worker, ${bullPending.toLocaleString('en')} pending (${bullDue} due)   p50 ${ms(bull.p50)}   p99 ${ms(bull.p99)}   max ${ms(bull.max)}`,
    );
  } finally {
    await delayedWorker?.close();
    await Promise.allSettled(bullQueues.map((queue) => queue.close()));
    await worker.close();
    smtp.child.kill('SIGTERM');
    redis.child.kill('SIGTERM');
    if (!args.keep) await admin(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
