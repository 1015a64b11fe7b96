/**
 * The HTTP path as users take it: the real API and the real worker as processes of their own,
 * bearer tokens, access checks, audit, outbox and notifications, against baselines measured in
 * the same run on the same PostgreSQL.
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/http.js
 *
 * Options (all optional):
 *   --seconds <n>        length of each measurement                                    (default 10)
 *   --rounds <n>         rounds in one run                                             (default 1)
 *   --clients <n>        transition clients, each on its own application               (default 8)
 *   --connections <n>    connections for the GETs and the raw point selects           (default 32)
 *   --applications <n>   applications in the database, spread over 40 owners           (default 20000)
 *   --profile            runs the API with --cpu-prof; the profile lands in var/bench-profiles
 *   --only <part>        `transitions` or `reads`: puts only that load on the API (for a profile)
 *   --keep               keeps the databases afterwards
 *
 * It creates its own databases (BENCH_DATABASE, default `erk_bench_http`, and the same name with
 * `_pgbench`, on the server of TEST_ADMIN_DATABASE_URL), its own redis-server on a free port and an
 * SMTP server in a child process that accepts every mail at once, compiles the sources as the
 * tests do (swc) and starts the API (src/main.js, with the demo accounts) and the worker
 * (src/worker.js) on them.
 *
 * Each round measures:
 * - transitions: `--clients` autocannon clients of one connection each, every one on its own
 *   application in intake, sending in turn the secretary's question (REQUEST_INFORMATION, back to
 *   informationRequested) and the owner's answer (PROVIDE_INFORMATION, back to intake), each with
 *   the version from the previous answer; against `pgbench -N -c<clients> -j2` at scale 10 on the
 *   second database, and against raw `pg` doing a transition's lock, update and inserts (as
 *   bench/transitions.ts does) from as many clients;
 * - reads: `GET /applications/:id` as the owner on `--connections` connections, every request on
 *   another application of another owner, p50 and p95; against a raw `pg` point select of an
 *   application row by id from as many clients.
 * And the API's resident memory (VmRSS, and its peak VmHWM) after seeding, after the transitions
 * and after the reads.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { BenchDatabase } from './support/bench-database.js';
import { freePort } from './support/free-port.js';
import { startRedisServer } from './support/redis-server.js';
import { SmtpServerChild } from './support/smtp-server-child.js';
import { apiHealthy } from './support/api-process.js';
import { waitUntil } from './support/wait-until.js';
import { demoSecondFactor } from './support/demo-second-factor.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '1' },
    clients: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    applications: { type: 'string', default: '20000' },
    profile: { type: 'boolean', default: false },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CLIENTS = Number(args.clients);
const CONNECTIONS = Number(args.connections);
const APPLICATIONS = Number(args.applications);
const OWNERS = 40;
const PASSWORD = 'Erkenning-demo-2026';
const ROOT = resolve('.');
const BUILD = join(ROOT, 'var', 'bench-build', 'http');
const PROFILES = join(ROOT, 'var', 'bench-profiles');

interface Latencies {
  perSecond: number;
  p50: number;
  p95: number;
  failures: number;
}

const NOT_MEASURED: Latencies = { perSecond: NaN, p50: NaN, p95: NaN, failures: 0 };
const skipped = (part: 'transitions' | 'reads') => args.only !== undefined && args.only !== part;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarise(latencies: number[], completed: number, seconds: number, failures: number): Latencies {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { perSecond: completed / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), failures };
}

/** Runs `work` from `clients` loops for `seconds`, timing each call. */
async function loops(clients: number, seconds: number, work: (client: number) => Promise<void>): Promise<Latencies> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        await work(client);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return summarise(latencies, latencies.length, (performance.now() - started) / 1000, 0);
}

class Process {
  readonly exited: Promise<unknown>;
  private text = '';

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
    this.exited = once(child, 'exit');
  }

  static start(entry: 'main' | 'worker', env: Record<string, string>, profile: boolean): Process {
    const flags = profile
      ? ['--cpu-prof', '--cpu-prof-dir', PROFILES, '--import', join(ROOT, 'dist-bench', 'bench', 'support', 'exit-on-sigusr2.js')]
      : [];
    const child = spawn(process.execPath, [...flags, join(BUILD, 'src', `${entry}.js`)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Process(entry, child);
  }

  output(): string {
    return this.text;
  }

  /** Resident and peak resident memory in MB, from /proc. */
  memory(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }

  /** CPU seconds used so far (user and system), from /proc. */
  cpuSeconds(): number {
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}

function pgbench(url: string, ...rest: string[]): string {
  const target = new URL(url);
  const connection = ['-h', target.hostname, '-p', target.port || '5432', '-U', decodeURIComponent(target.username || 'postgres')];
  return execFileSync('pgbench', [...connection, ...rest, target.pathname.slice(1)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function pgbenchTps(url: string): number {
  const output = pgbench(url, '-N', '-c', String(CLIENTS), '-j', '2', '-T', String(SECONDS));
  const match = /tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/.exec(output);
  if (!match) throw new Error(`Could not read pgbench output:\n${output}`);
  return Number(match[1]);
}

async function main() {
  const name = process.env.BENCH_DATABASE ?? 'erk_bench_http';
  const database = await BenchDatabase.create(name);
  const pgbenchDatabase = await BenchDatabase.create(`${name}_pgbench`);
  const redis = await startRedisServer();
  const smtp = await SmtpServerChild.start();
  await smtp.mode('raw', 0);
  await mkdir(PROFILES, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'test/support/compile-sources.mjs'), BUILD, '--no-source-maps'], { stdio: 'inherit' });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'development',
    PORT: String(port),
    APP_URL: base,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: `bench-http-${port}`,
    SMTP_URL: smtp.url,
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'true',
  };
  const api = Process.start('main', env, args.profile);
  const processes: Process[] = [api];
  const pool = new pg.Pool({ connectionString: database.url, max: Math.max(CONNECTIONS, CLIENTS) });

  try {
    await apiHealthy(api, base);
    // The demo seed runs after the API listens; wait for its last account.
    await waitUntil('the demo accounts', async () => (await pool.query(`SELECT 1 FROM users WHERE email = 'voorzitter@demo.nl'`)).rowCount === 1, 60_000, 250);
    const worker = Process.start('worker', env, false);
    processes.push(worker);

    console.log(`pgbench -i -s 10 on ${pgbenchDatabase.name} …`);
    pgbench(pgbenchDatabase.url, '-i', '-q', '-s', '10');

    // Owners share the demo password's hash, so logging in needs no registration round trip.
    const ownerIds: string[] = (
      await pool.query(
        `INSERT INTO users (email, name, organisation, roles, password_hash)
         SELECT 'bench-owner-' || g || '@example.nl', 'Bench owner ' || g, 'Bench ' || g, '{owner}', u.password_hash
           FROM generate_series(1, $1) g, users u WHERE u.email = 'eigenaar@demo.nl'
         RETURNING id`,
        [OWNERS],
      )
    ).rows.map((row) => row.id as string);
    const [{ slug: theme }] = (await pool.query(`SELECT slug FROM themes WHERE active ORDER BY slug LIMIT 1`)).rows;

    const call = async (method: string, path: string, token: string | null, body?: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return JSON.parse(text);
    };
    const login = async (email: string) => (await call('POST', '/auth/tokens', null, { email, password: PASSWORD, ...(await demoSecondFactor(email)) })).token as string;
    const secretary = await login('secretaris@demo.nl');
    const ownerTokens: string[] = [];
    for (let index = 1; index <= OWNERS; index++) ownerTokens.push(await login(`bench-owner-${index}@example.nl`));

    // One application in intake per transition client, each of another owner, through the API.
    const transitionApplications: { id: string; owner: string; version: number; state: string }[] = [];
    for (let client = 0; client < CLIENTS; client++) {
      const owner = ownerTokens[client % OWNERS];
      const created = await call('POST', '/applications', owner, {
        name: `Bench intervention ${client}`,
        targetLevel: 'goed_beschreven',
        summary: 'Een korte samenvatting.',
        goal: 'Minder eenzaamheid.',
        targetGroup: 'Ouderen in de wijk.',
        approach: 'Wekelijkse ontmoetingen.',
        themes: [theme],
        yearsInPractice: 4,
        organisationsCount: 3,
        hasHandbook: true,
        handbookInDutch: true,
        hasProcessEvaluation: true,
      });
      const submitted = await call('POST', `/applications/${created.id}/submit`, owner, { version: created.version });
      transitionApplications.push({ id: created.id, owner, version: submitted.version, state: submitted.state });
    }

    // The rest as copies of the first, in SQL, spread over the owners.
    const template = transitionApplications[0].id;
    await pool.query(
      `WITH copies AS (
         INSERT INTO applications (name, organisation, contact_name, contact_email, summary, goal, target_group, approach, themes,
                                   target_level, years_in_practice, organisations_count, has_handbook, handbook_in_dutch,
                                   has_process_evaluation, created_by, state, state_detail, snapshot, machine_version, version, submitted_at)
         SELECT a.name || ' ' || g, a.organisation, a.contact_name, a.contact_email, a.summary, a.goal, a.target_group, a.approach, a.themes,
                a.target_level, a.years_in_practice, a.organisations_count, a.has_handbook, a.handbook_in_dutch,
                a.has_process_evaluation, ($3::uuid[])[1 + g % cardinality($3::uuid[])], a.state, a.state_detail, a.snapshot, a.machine_version, a.version, a.submitted_at
           FROM applications a, generate_series(1, $2) g WHERE a.id = $1
         RETURNING id, created_by)
       INSERT INTO application_owners (application_id, user_id, added_by) SELECT id, created_by, created_by FROM copies`,
      [template, Math.max(0, APPLICATIONS - CLIENTS), ownerIds],
    );
    await pool.query('ANALYZE');
    const readable: { id: string; owner: number }[] = (
      await pool.query(`SELECT o.application_id AS id, u.email FROM application_owners o JOIN users u ON u.id = o.user_id WHERE u.email LIKE 'bench-owner-%'`)
    ).rows.map((row) => ({ id: row.id, owner: Number(/bench-owner-(\d+)@/.exec(row.email)![1]) - 1 }));
    // Shuffled, so consecutive requests read other rows of other owners.
    for (let index = readable.length - 1; index > 0; index--) {
      const other = Math.floor(Math.random() * (index + 1));
      [readable[index], readable[other]] = [readable[other], readable[index]];
    }
    const [{ count }] = (await pool.query(`SELECT count(*)::int AS count FROM applications`)).rows;
    const memory = (when: string) => {
      const { rss, peak } = api.memory();
      console.log(`  API memory ${when.padEnd(32)} VmRSS ${rss.toFixed(0).padStart(4)} MB, peak VmHWM ${peak.toFixed(0).padStart(4)} MB`);
    };
    console.log(`\n${count} applications, ${OWNERS} bench owners; ${CLIENTS} transition clients, ${CONNECTIONS} read connections, ${SECONDS} s each`);
    memory('after seeding');

    // Raw pg: the statements of one transition by hand, on applications of their own.
    const rawApplications: string[] = (await pool.query(`SELECT id FROM applications WHERE id <> ALL($1) LIMIT $2`, [transitionApplications.map((a) => a.id), CLIENTS])).rows.map(
      (row) => row.id,
    );
    const snapshot = JSON.stringify((await pool.query(`SELECT snapshot FROM applications WHERE id = $1`, [template])).rows[0].snapshot);
    const rawTransition = async (client: number) => {
      const connection = await pool.connect();
      try {
        const id = rawApplications[client];
        await connection.query('BEGIN');
        const { rows } = await connection.query('SELECT version, state FROM applications WHERE id = $1 FOR UPDATE', [id]);
        const version = rows[0].version as number;
        await connection.query('UPDATE applications SET snapshot = $1, state = $2, version = $3, updated_at = now() WHERE id = $4 AND version = $5', [
          snapshot,
          rows[0].state,
          version + 1,
          id,
          version,
        ]);
        const audit = await connection.query(
          `INSERT INTO audit_events (application_id, actor_kind, event_type, from_state, to_state, payload, application_version)
           VALUES ($1, 'secretary', 'REQUEST_INFORMATION', $2, $2, $3, $4) RETURNING id`,
          [id, rows[0].state, '{"question":"Hoe vaak?"}', version + 1],
        );
        await connection.query(`INSERT INTO outbox (application_id, topic, payload) VALUES ($1, 'bench.none', $2)`, [
          id,
          JSON.stringify({ auditEventId: audit.rows[0].id }),
        ]);
        await connection.query('COMMIT');
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        connection.release();
      }
    };
    const rawSelect = async () => {
      await pool.query('SELECT * FROM applications WHERE id = $1', [readable[Math.floor(Math.random() * readable.length)].id]);
    };

    /** Every client alternates the secretary's question and the owner's answer on its own application. */
    const httpTransitions = async (seconds = SECONDS): Promise<Latencies> => {
      if (skipped('transitions')) return NOT_MEASURED;
      const latencies: number[] = [];
      let failures = 0;
      // A run ends with requests in flight whose answers nobody reads: start from what is stored.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const application of transitionApplications)
        Object.assign(application, (await pool.query(`SELECT version, state FROM applications WHERE id = $1`, [application.id])).rows[0]);
      const started = performance.now();
      const results = await Promise.all(
        transitionApplications.map((application) => {
          // One request that asks or answers, whichever the application's state calls for.
          const instance = autocannon({
            url: base,
            connections: 1,
            duration: seconds,
            requests: [
              {
                method: 'POST',
                setupRequest: (request) => {
                  const asking = application.state === 'intake';
                  const [path, token, text] = asking
                    ? ['request-information', secretary, { question: 'Hoe vaak komt de groep samen?' }]
                    : ['provide-information', application.owner, { answer: 'Elke week.' }];
                  return {
                    ...request,
                    path: `/applications/${application.id}/${path}`,
                    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
                    body: JSON.stringify({ version: application.version, ...text }),
                  };
                },
                onResponse: (status, body) => {
                  if (status === 200) Object.assign(application, { version: JSON.parse(body).version, state: JSON.parse(body).state });
                  else if (failures++ === 0) console.log(`  first failed transition: ${status} ${body.slice(0, 300)}`);
                },
              },
            ],
          });
          instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
          return instance;
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      return summarise(latencies, results.reduce((sum, result) => sum + result['2xx'], 0), elapsed, failures);
    };

    const httpReads = async (seconds = SECONDS): Promise<Latencies> => {
      if (skipped('reads')) return NOT_MEASURED;
      const latencies: number[] = [];
      let next = 0;
      let failures = 0;
      const instance = autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const target = readable[next++ % readable.length];
              return { ...request, path: `/applications/${target.id}`, headers: { authorization: `Bearer ${ownerTokens[target.owner]}` } };
            },
            onResponse: (status) => {
              if (status !== 200) failures++;
            },
          },
        ],
      });
      instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
      const result = await instance;
      return summarise(latencies, result['2xx'], result.duration, failures);
    };

    // Warm-up: the JIT, the pools and PostgreSQL's caches.
    await Promise.all([loops(CLIENTS, 2, rawTransition), loops(CONNECTIONS, 2, rawSelect)]);
    await httpTransitions(3);
    await httpReads(3);

    const ratios: { transitions: number; transitionsRaw: number; readP50: number; readP95: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      console.log(`\nround ${round} (load average ${load})`);
      const cpu = () => ({ api: api.cpuSeconds(), worker: worker.cpuSeconds() });
      const before = cpu();
      const transitions = await httpTransitions();
      const after = cpu();
      memory('after the transitions');
      const done = transitions.perSecond * SECONDS;
      console.log(
        `  CPU during the transitions: API ${(after.api - before.api).toFixed(1)} s, worker ${(after.worker - before.worker).toFixed(1)} s in ${SECONDS} s` +
          ` = ${((1000 * (after.api - before.api)) / done).toFixed(1)} ms and ${((1000 * (after.worker - before.worker)) / done).toFixed(1)} ms per transition`,
      );
      const raw = await loops(CLIENTS, SECONDS, rawTransition);
      const pgbenchRate = pgbenchTps(pgbenchDatabase.url);
      const beforeReads = cpu();
      const reads = await httpReads();
      memory('after the reads');
      const readCpu = api.cpuSeconds() - beforeReads.api;
      console.log(`  CPU during the reads: API ${readCpu.toFixed(1)} s in ${SECONDS} s = ${((1000 * readCpu) / (reads.perSecond * SECONDS)).toFixed(2)} ms per read`);
      const selects = await loops(CONNECTIONS, SECONDS, rawSelect);
      ratios.push({
        transitions: transitions.perSecond / pgbenchRate,
        transitionsRaw: transitions.perSecond / raw.perSecond,
        readP50: reads.p50 / selects.p50,
        readP95: reads.p95 / selects.p95,
      });
      const rate = (label: string, value: number, extra = '') => console.log(`  ${label.padEnd(52)} ${value.toFixed(0).padStart(7)} /s${extra}`);
      rate(`HTTP transitions, ${CLIENTS} clients`, transitions.perSecond, `   p50 ${transitions.p50.toFixed(1)} ms, p95 ${transitions.p95.toFixed(1)} ms, ${transitions.failures} failed`);
      rate(`raw pg, the same lock/update/inserts, ${CLIENTS} clients`, raw.perSecond, `   p50 ${raw.p50.toFixed(1)} ms, p95 ${raw.p95.toFixed(1)} ms`);
      rate(`pgbench -N -c${CLIENTS} -j2, scale 10`, pgbenchRate);
      console.log(
        `  → HTTP transitions = ${(transitions.perSecond / pgbenchRate).toFixed(3)}× pgbench -N, ${(transitions.perSecond / raw.perSecond).toFixed(3)}× raw pg`,
      );
      const latency = (label: string, value: Latencies) =>
        console.log(`  ${label.padEnd(52)} p50 ${value.p50.toFixed(2).padStart(6)} ms, p95 ${value.p95.toFixed(2).padStart(6)} ms, ${value.perSecond.toFixed(0)} /s`);
      latency(`GET /applications/:id as owner, ${CONNECTIONS} connections`, reads);
      if (reads.failures) console.log(`  (${reads.failures} reads failed)`);
      latency(`raw pg point select, ${CONNECTIONS} clients`, selects);
      console.log(`  → GET = ${(reads.p50 / selects.p50).toFixed(1)}× raw pg at p50, ${(reads.p95 / selects.p95).toFixed(1)}× at p95`);
    }
    if (ROUNDS > 1) {
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      console.log(
        `\nmedian of ${ROUNDS} rounds: transitions ${median(ratios.map((r) => r.transitions)).toFixed(3)}× pgbench -N, ${median(ratios.map((r) => r.transitionsRaw)).toFixed(3)}× raw pg; GET ${median(ratios.map((r) => r.readP50)).toFixed(1)}× p50, ${median(ratios.map((r) => r.readP95)).toFixed(1)}× p95`,
      );
    }
    const errors = api.output().split('\n').filter((line) => /"level":"error"|Error/.test(line));
    if (errors.length) console.log(`\nThe API logged ${errors.length} error lines, the first: ${errors[0]}`);
  } finally {
    await pool.end();
    for (const child of processes.reverse()) await child.stop(args.profile && child === api ? 'SIGUSR2' : 'SIGTERM');
    if (args.profile) console.log(`\nCPU profile of the API in ${PROFILES}`);
    smtp.stop();
    redis.child.kill('SIGTERM');
    if (!args.keep) {
      await database.drop();
      await pgbenchDatabase.drop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
