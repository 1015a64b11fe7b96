/**
 * Reminders under load (mail throughput is measured by bench/mail.ts):
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/reminders.js
 *
 * Options (all optional):
 *   --pending <n>        delayed reminders waiting in PostgreSQL, due in 10–60 days   (default 100000)
 *   --due <n>            reminders that become due during the run                     (default 2000)
 *   --window <s>         seconds over which those come due                             (default 10)
 *   --stale <n>          more reminders in the same window, each made stale 500 ms before it is due
 *                        (deadline met, cancelled or extended, case moved on, application version moved);
 *                        none may produce a notification                                (default 10% of --due)
 *   --bullmq-share <f>   the same share of pending and due as BullMQ delayed jobs       (default 0.1)
 *   --smtp-delay-ms <n>  the SMTP server waits this long before accepting a message     (default 0)
 *   --keep               keep the database afterwards
 *
 * It creates its own database (BENCH_DATABASE, default `erk_bench_reminders`, on the server of
 * TEST_ADMIN_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), its own redis-server on a free port and an
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
    stale: { type: 'string' },
    'bullmq-share': { type: 'string', default: '0.1' },
    'smtp-delay-ms': { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
  },
});
const PENDING = Number(args.pending);
const DUE = Number(args.due);
const WINDOW_S = Number(args.window);
const STALE = args.stale === undefined ? Math.round(DUE / 10) : Number(args.stale);
/** How long before its due time a stale reminder's reason goes away. */
const STALE_LEAD_MS = 500;
const BULLMQ_SHARE = Number(args['bullmq-share']);
const SMTP_DELAY_MS = Number(args['smtp-delay-ms']);
const DATABASE = process.env.BENCH_DATABASE || 'erk_bench_reminders';
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

/** The ways a reminder's reason goes away, each as the SQL that does it to one deadline or application. */
const STALE_SQL = {
  met: `UPDATE deadlines SET status = 'met', met_at = now(), closed_at = now(), updated_at = now() WHERE id = $1`,
  cancelled: `UPDATE deadlines SET status = 'cancelled', closed_at = now(), close_reason = 'bench', updated_at = now() WHERE id = $1`,
  extended: `UPDATE deadlines SET due_at = due_at + interval '5 days', extended_count = extended_count + 1, version = version + 1, updated_at = now() WHERE id = $1`,
  'moved-on': `UPDATE applications SET state = 'underReview', version = version + 1 WHERE id = $1`,
  'application-version': `UPDATE applications SET version = version + 1 WHERE id = $1`,
} as const;
type StaleKind = keyof typeof STALE_SQL;
const STALE_KINDS = Object.keys(STALE_SQL) as StaleKind[];

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
    // 1. Reminders that come due during the run, spread over the window; a share of them is made
    //    stale shortly before it is due, as a deadline met, cancelled, extended or a case moved on
    //    would, but leaving its outbox row in place (a reminder that escaped the cleanup).
    const TOTAL = DUE + STALE;
    console.log(`${DUE} reminders (and ${STALE} made stale ${STALE_LEAD_MS} ms ahead) come due over ${WINDOW_S} s …`);
    const staleApps: { id: string }[] = await dataSource.query(
      `INSERT INTO applications (${list}) SELECT ${list} FROM applications a, generate_series(1, $1) WHERE a.id = $2 RETURNING id`,
      [STALE, application.id],
    );
    const [{ appVersion }] = await dataSource.query(`SELECT version AS "appVersion" FROM applications WHERE id = $1`, [application.id]);
    const start = Date.now() + 2000;
    const plan = Array.from({ length: TOTAL }, (_, i) => {
      const staleIndex = Math.floor(((i + 1) * STALE) / TOTAL) > Math.floor((i * STALE) / TOTAL) ? Math.floor((i * STALE) / TOTAL) : -1;
      return {
        at: start + Math.round((i * WINDOW_S * 1000) / TOTAL),
        stale: staleIndex < 0 ? null : STALE_KINDS[staleIndex % STALE_KINDS.length],
        applicationId: staleIndex < 0 ? null : staleApps[staleIndex].id,
        deadlineId: null as string | null,
        outboxId: '',
      };
    });
    // Deadlines (in order), then one reminder row each; the application-version kind is a `notify` request with ifVersion.
    const withDeadline = plan.filter((item) => item.stale !== 'application-version');
    const deadlineIds: { id: string }[] = await dataSource.query(
      `WITH apps AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i FROM applications WHERE id <> ALL($4::uuid[]))
       INSERT INTO deadlines (application_id, kind, key, assignee_role, assignee_ids, due_at)
       SELECT coalesce(p.app, a.id), 'coach_feedback', 'bench-due:' || p.n, 'coach', ARRAY[$2::uuid], now() + interval '30 days'
         FROM unnest($1::uuid[]) WITH ORDINALITY AS p(app, n) JOIN apps a ON a.i = p.n % $3
        ORDER BY p.n
       RETURNING id`,
      [withDeadline.map((item) => item.applicationId), coach.id, APPLICATIONS, staleApps.map((row) => row.id)],
    );
    withDeadline.forEach((item, index) => (item.deadlineId = deadlineIds[index].id));
    const outboxIds: { id: string }[] = await dataSource.query(
      `INSERT INTO outbox (application_id, topic, payload, available_at)
       SELECT coalesce(d.application_id, p.app),
              CASE WHEN p.deadline IS NULL THEN 'notification' ELSE $3 END,
              CASE WHEN p.deadline IS NULL
                THEN jsonb_build_object('template', 'deadline-reminder', 'applicationId', p.app, 'recipientIds', jsonb_build_array($4::text),
                                        'details', jsonb_build_object('kind', 'coach_feedback', 'dueAt', now() + interval '30 days'), 'ifVersion', $5::int)
                ELSE jsonb_build_object('deadlineId', p.deadline, 'deadlineVersion', 1, 'stage', 'before') END,
              to_timestamp(p.at / 1000.0)
         FROM unnest($1::uuid[], $2::uuid[], $6::float8[]) WITH ORDINALITY AS p(deadline, app, at, n)
         LEFT JOIN deadlines d ON d.id = p.deadline
        ORDER BY p.n
       RETURNING id`,
      [plan.map((item) => item.deadlineId), plan.map((item) => item.applicationId), DEADLINE_REMINDER_TOPIC, coach.id, appVersion, plan.map((item) => item.at)],
    );
    plan.forEach((item, index) => (item.outboxId = outboxIds[index].id));
    const fresh = plan.filter((item) => !item.stale);
    const stale = plan.filter((item) => item.stale);
    const bullDue = Math.round(DUE * BULLMQ_SHARE);
    await delayedQueue.addBulk(
      Array.from({ length: bullDue }, (_, i) => {
        const dueAt = start + Math.round((i * WINDOW_S * 1000) / bullDue);
        return { name: 'due', data: { dueAt }, opts: { delay: dueAt - Date.now(), removeOnComplete: true } };
      }),
    );

    // Each stale reminder loses its reason STALE_LEAD_MS before it is due. This process runs the
    // worker too, so on a busy machine a change can come late; a notification written before its
    // change committed was no stale send, and how many came late is reported.
    // Its own connection, so it does not wait for the worker's pool.
    const staleAt = new Map<string, number>();
    const staler = new pg.Client({ connectionString: databaseUrl(DATABASE) });
    await staler.connect();
    const makeStale = async () => {
      try {
        for (const item of stale) {
          const wait = item.at - STALE_LEAD_MS - Date.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          const result = await staler.query<{ at: number }>(`${STALE_SQL[item.stale!]} RETURNING (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS at`, [
            item.stale === 'application-version' || item.stale === 'moved-on' ? item.applicationId : item.deadlineId,
          ]);
          staleAt.set(item.outboxId, Number(result.rows[0].at));
        }
      } finally {
        await staler.end();
      }
    };
    const staling = makeStale();

    const reminderIds = fresh.map((item) => item.outboxId);
    const created = async (ids: string[]) =>
      ((await dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE source_key = ANY(SELECT id::text || ':deadline-reminder' FROM unnest($1::uuid[]) id)`,
        [ids],
      )) as { n: number }[])[0].n;
    // A slow run is reported with what it did, not thrown away.
    const orReport = (waiting: Promise<void>) => waiting.catch((error: Error) => console.log(`  ${error.message}`));
    await orReport(waitUntil('every due reminder to fire', async () => (await created(reminderIds)) === DUE && bullLateness.length >= bullDue, (WINDOW_S + 300) * 1000, 200));
    await staling;
    // A stale reminder counts once its job has finished, whatever it decided.
    const jobQueues = { deadlines: new Queue('deadlines', { connection, prefix: config.REDIS_PREFIX }), notifications: new Queue('notifications', { connection, prefix: config.REDIS_PREFIX }) };
    bullQueues.push(...Object.values(jobQueues));
    await orReport(waitUntil(
      'every stale reminder to be handled',
      async () => {
        for (const item of stale) {
          const job = await (item.stale === 'application-version' ? jobQueues.notifications : jobQueues.deadlines).getJob(item.outboxId);
          if (!job?.finishedOn) return false;
        }
        return true;
      },
      60_000,
      200,
    ));
    const staleNotifications: { outboxId: string; at: number }[] = await dataSource.query(
      `SELECT split_part(source_key, ':', 1) AS "outboxId", (extract(epoch FROM created_at) * 1000)::float8 AS at
         FROM notifications WHERE source_key = ANY(SELECT id::text || ':deadline-reminder' FROM unnest($1::uuid[]) id)`,
      [stale.map((item) => item.outboxId)],
    );
    const staleSent = staleNotifications.filter((row) => Number(row.at) > staleAt.get(row.outboxId)!);
    const staleSends = staleSent.length;
    const kindOf = new Map(stale.map((item) => [item.outboxId, item.stale]));
    const lateChanges = stale.filter((item) => staleAt.get(item.outboxId)! > item.at).length;
    const lateness: { ms: number; relayMs: number }[] = await dataSource.query(
      `SELECT extract(epoch FROM (n.created_at - o.available_at)) * 1000 AS ms, extract(epoch FROM (o.dispatched_at - o.available_at)) * 1000 AS "relayMs"
         FROM outbox o JOIN notifications n ON n.source_key = o.id::text || ':deadline-reminder'
        WHERE o.id = ANY($1::uuid[])`,
      [reminderIds],
    );
    const reminders = summary(lateness.map((row) => Number(row.ms)));
    const relayed = summary(lateness.map((row) => Number(row.relayMs)));
    const bull = summary(bullLateness);
    const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
    console.log(`\nReminder lateness (fire time − due time), ${DUE.toLocaleString('en')} reminders due over ${WINDOW_S} s (${reminders.n} fired):`);
    console.log(
      `  outbox relay, ${PENDING.toLocaleString('en')} pending rows in PostgreSQL   p50 ${ms(reminders.p50)}   p99 ${ms(reminders.p99)}   max ${ms(reminders.max)}`,
    );
    console.log(`    of which until the relay handed it to BullMQ           p50 ${ms(relayed.p50)}   p99 ${ms(relayed.p99)}   max ${ms(relayed.max)}`);
    console.log(
      `  BullMQ delayed jobs, no-op worker, ${bullPending.toLocaleString('en')} pending (${bullDue} due)   p50 ${ms(bull.p50)}   p99 ${ms(bull.p99)}   max ${ms(bull.max)}`,
    );
    console.log(`  ratio outbox relay ÷ BullMQ   p50 ${(reminders.p50 / bull.p50).toFixed(1)}×   p99 ${(reminders.p99 / bull.p99).toFixed(1)}×`);
    console.log(
      `  stale sends: ${staleSends} of ${STALE} reminders made stale (${STALE_KINDS.join(', ')}); ${staleNotifications.length - staleSends} fired before the bench made them stale, ${lateChanges} of those changes came after the due time`,
    );
    if (staleSends) console.log(`    stale sends by kind: ${staleSent.map((row) => `${kindOf.get(row.outboxId)} ${row.outboxId}`).join(', ')}`);
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
