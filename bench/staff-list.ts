/**
 * The secretariat's list and to-do with 20,000 applications: the real API as a process of its
 * own, bearer tokens, against the same SQL through raw `pg` in the same run.
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/staff-list.js
 *
 * Options (all optional):
 *   --seconds <n>        length of each measurement                                 (default 5)
 *   --clients <n>        concurrent clients, HTTP and raw alike                      (default 4)
 *   --applications <n>   applications in the database                                (default 20000)
 *   --keep               keeps the database afterwards
 *
 * It creates its own database (BENCH_DATABASE, default `erk_bench_staff_list`, on the server of
 * TEST_ADMIN_DATABASE_URL) and its own redis-server on a free port, compiles the sources as the
 * tests do (swc), starts the API (src/main.js, with the demo accounts) and fills the database in
 * bulk SQL: applications spread over every state, 300 organisations, 10 coaches and 200 days of
 * age (so many are stuck), owners, and open coach-feedback deadlines (half of them overdue).
 *
 * Each scenario is one page as the web app asks for it (`GET /staff/applications?…`, `GET
 * /me/todo?…`), p50/p95 and the size of the answer; the baseline is the same statements, built
 * by the same services (StaffListService.queries, TodoService.query) and run through raw pg from
 * as many clients. Targets: p95 under 100 ms and under 100 kB per page. The old capped list
 * (`GET /applications`, 500 rows) is measured once, for its size.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ApplicationAccess } from '../src/applications/application-access.service.js';
import { ApplicationOwner } from '../src/applications/application-owner.entity.js';
import type { AuthUser } from '../src/auth/auth-user.js';
import type { AppConfig } from '../src/config/app-config.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { TodoService } from '../src/deadlines/todo.service.js';
import { StaffListQuery } from '../src/staff-list/dto/staff-list.query.js';
import { StaffListService } from '../src/staff-list/staff-list.service.js';
import { StuckThresholdSettings } from '../src/track/stuck-threshold-settings.service.js';
import { BenchDatabase } from './support/bench-database.js';
import { apiHealthy, startApi } from './support/api-process.js';
import { freePort } from './support/free-port.js';
import { startRedisServer } from './support/redis-server.js';
import { waitUntil } from './support/wait-until.js';
import { demoSecondFactor, ENROL_WITH_DEMO_SECRET_SQL } from './support/demo-second-factor.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    clients: { type: 'string', default: '4' },
    applications: { type: 'string', default: '20000' },
    keep: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(args.seconds);
const CLIENTS = Number(args.clients);
const APPLICATIONS = Number(args.applications);
const PASSWORD = 'Erkenning-demo-2026';
const ROOT = resolve('.');
const BUILD = join(ROOT, 'var', 'bench-build', 'staff-list');
const TARGET_P95_MS = 100;
const TARGET_BYTES = 100 * 1024;

interface Timing {
  p50: number;
  p95: number;
  perSecond: number;
  bytes: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** Runs `work` from CLIENTS loops for `seconds`, timing each call; `work` returns the bytes it received. */
async function loops(seconds: number, work: () => Promise<number>): Promise<Timing> {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const latencies: number[] = [];
  let bytes = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        bytes = await work();
        latencies.push(performance.now() - begin);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), perSecond: latencies.length / ((performance.now() - started) / 1000), bytes };
}

/** Applications over every state, in bulk: roughly how a year's caseload spreads over the track. */
async function seed(pool: pg.Pool, count: number): Promise<void> {
  const hash = (await pool.query(`SELECT password_hash FROM users WHERE email = 'eigenaar@demo.nl'`)).rows[0].password_hash;
  await pool.query(
    `INSERT INTO users (email, name, organisation, roles, password_hash)
     SELECT 'bench-coach-' || g || '@example.nl', 'Bench coach ' || g, 'Movisie', '{coach}', $1 FROM generate_series(1, 10) g`,
    [hash],
  );
  await pool.query(
    `INSERT INTO users (email, name, organisation, roles, password_hash)
     SELECT 'bench-owner-' || g || '@example.nl', 'Bench owner ' || g, 'Organisatie ' || g, '{owner}', $1 FROM generate_series(1, 40) g`,
    [hash],
  );
  const template = (await pool.query(`SELECT id FROM applications ORDER BY created_at LIMIT 1`)).rows[0].id;
  await pool.query(
    `WITH coaches AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'bench-coach-%'),
          owners AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'bench-owner-%'),
          states AS (SELECT ARRAY['draft','draft','intake','informationRequested','description','description','description','description',
                                  'submittedForAssessment','panelComposition','underReview','underReview','awaitingCommittee','onAgenda',
                                  'decided.recognised','decided.deferred','decided.conditionallyRecognised','published.listed','published.listed',
                                  'withdrawn','notAdmitted','expired'] AS keys),
          words AS (SELECT ARRAY['Buurtkamer','Taalcafé','Mantelzorg','Schuldhulp','Ouderen','Jongeren','Vrijwilligers','Wijkteam','Ontmoeting','Samen'] AS list),
          rows AS (
            SELECT g, states.keys[1 + g % cardinality(states.keys)] AS state, coaches.ids AS coach_ids, owners.ids AS owner_ids, words.list AS words
              FROM generate_series(1, $2) g, states, coaches, owners, words),
          copies AS (
            INSERT INTO applications (name, organisation, contact_name, contact_email, summary, goal, target_group, approach, themes,
                                      target_level, years_in_practice, organisations_count, has_handbook, handbook_in_dutch,
                                      has_process_evaluation, created_by, state, state_detail, snapshot, machine_version, version,
                                      coach_id, state_changed_at, submitted_at, updated_at, created_at)
            SELECT rows.words[1 + g % 10] || ' ' || rows.words[1 + (g / 10) % 10] || ' ' || g,
                   'Organisatie ' || (g % 300), a.contact_name, a.contact_email, a.summary, a.goal, a.target_group, a.approach, a.themes,
                   (ARRAY['goed_beschreven','goed_onderbouwd','effectief_eerste'])[1 + g % 3], a.years_in_practice, a.organisations_count,
                   a.has_handbook, a.handbook_in_dutch, a.has_process_evaluation, rows.owner_ids[1 + g % 40], rows.state,
                   CASE WHEN rows.state = 'description' THEN jsonb_build_object('werkblad', CASE WHEN g % 2 = 0 THEN 'feedbackRequested' ELSE 'drafting' END, 'documents', 'incomplete') END,
                   a.snapshot, a.machine_version, 1 + g % 7,
                   CASE WHEN rows.state NOT IN ('draft', 'intake', 'informationRequested', 'notAdmitted') THEN rows.coach_ids[1 + g % 10] END,
                   now() - make_interval(days => g % 200, mins => g % 1440),
                   CASE WHEN rows.state <> 'draft' THEN now() - make_interval(days => 200 + g % 200) END,
                   now() - make_interval(days => g % 200, mins => g % 1440),
                   now() - make_interval(days => 200 + g % 200)
              FROM rows, applications a WHERE a.id = $1
            RETURNING id, created_by, state, state_detail, coach_id, state_changed_at)
     , owned AS (INSERT INTO application_owners (application_id, user_id, added_by) SELECT id, created_by, created_by FROM copies)
     INSERT INTO deadlines (application_id, kind, key, assignee_role, due_at)
     SELECT id, 'coach_feedback', 'bench-coach-feedback', 'coach', state_changed_at + interval '7 days'
       FROM copies WHERE state = 'description' AND state_detail->>'werkblad' = 'feedbackRequested'`,
    [template, count],
  );
  // As autovacuum leaves a table in steady state: statistics, and the visibility map the index-only scans need.
  await pool.query('VACUUM ANALYZE');
}

async function main() {
  const database = await BenchDatabase.create(process.env.BENCH_DATABASE ?? 'erk_bench_staff_list');
  const redis = await startRedisServer();
  execFileSync(process.execPath, [join(ROOT, 'test/support/compile-sources.mjs'), BUILD, '--no-source-maps'], { stdio: 'inherit' });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = startApi(ROOT, BUILD, {
    NODE_ENV: 'development',
    PORT: String(port),
    APP_URL: base,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: `bench-staff-list-${port}`,
    SMTP_URL: 'smtp://127.0.0.1:9',
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'true',
  });
  const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
  const dataSource = new DataSource({ ...dataSourceOptions({ DATABASE_URL: database.url }, 'bench-staff-list', 1) });

  try {
    await apiHealthy(api, base);
    await waitUntil('the demo cases', async () => (await pool.query(`SELECT 1 FROM applications a JOIN listings l ON l.application_id = a.id`)).rowCount === 1, 120_000, 250);
    console.log(`seeding ${APPLICATIONS} applications …`);
    await seed(pool, APPLICATIONS);
    await dataSource.initialize();

    const token = async (email: string) => {
      const response = await fetch(`${base}/auth/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD, ...(await demoSecondFactor(email, { staff: true })) }),
      });
      if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    };
    const authUser = async (email: string): Promise<AuthUser> => {
      const { rows } = await pool.query(`SELECT id, email, name, organisation, roles, language FROM users WHERE email = $1`, [email]);
      return { ...rows[0], sessionId: 'bench' };
    };
    await pool.query(ENROL_WITH_DEMO_SECRET_SQL, ['bench-coach-2@example.nl']);
    const people = {
      secretary: { token: await token('secretaris@demo.nl'), user: await authUser('secretaris@demo.nl') },
      coach: { token: await token('bench-coach-2@example.nl'), user: await authUser('bench-coach-2@example.nl') },
    };
    const stuckThresholds = new StuckThresholdSettings(dataSource);
    const thresholds = await stuckThresholds.current();
    const staffList = new StaffListService(dataSource, new ApplicationAccess(dataSource.getRepository(ApplicationOwner)), stuckThresholds);
    const todo = new TodoService(dataSource, { APP_URL: base } as AppConfig);
    const [{ count }] = (await pool.query(`SELECT count(*)::int AS count FROM applications`)).rows;
    const coachId = people.coach.user.id;
    const todoPages = (await todo.list(people.secretary.user, { page: 1, pageSize: 50 })).pageCount;

    type Who = keyof typeof people;
    interface Scenario {
      label: string;
      who: Who;
      path: string;
      statements: () => [string, unknown[]][];
    }
    const list = (label: string, who: Who, parameters: Record<string, string | number>): Scenario => {
      const query = Object.assign(new StaffListQuery(), parameters);
      const search = new URLSearchParams(Object.entries(parameters).map(([key, value]): [string, string] => [key, String(value)])).toString();
      return {
        label,
        who,
        path: `/staff/applications${search ? `?${search}` : ''}`,
        statements: () => {
          const { counts, page } = staffList.queries(people[who].user, query, new Date(), thresholds);
          return [counts.getQueryAndParameters(), page.getQueryAndParameters()];
        },
      };
    };
    const todoPage = (label: string, who: Who, page: number, pageSize: number): Scenario => ({
      label,
      who,
      path: `/me/todo?page=${page}&pageSize=${pageSize}`,
      statements: () => {
        const { sql, parameters } = todo.query(people[who].user, { page, pageSize });
        return [[sql, parameters]];
      },
    });
    const scenarios: Scenario[] = [
      list('list, first page (25, last changed first)', 'secretary', {}),
      list('list, page 400 of 800', 'secretary', { page: 400 }),
      list('list, 100 per page, by name', 'secretary', { pageSize: 100, sort: 'name' }),
      list('list, search "buurtkamer samen"', 'secretary', { q: 'Buurtkamer Samen' }),
      list('list, organisation + target level', 'secretary', { organisation: 'organisatie 12', targetLevel: 'goed_onderbouwd' }),
      list('list, phase beoordelen, stuck, longest first', 'secretary', { phase: 'beoordelen', stuck: 'true', sort: 'stateChangedAt' }),
      list('list, overdue deadline', 'secretary', { overdue: 'true' }),
      list('list, coach filter', 'secretary', { coach: coachId, sort: '-stateChangedAt' }),
      list('list as a coach (own cases only)', 'coach', {}),
      todoPage('to-do, secretary, first page (50)', 'secretary', 1, 50),
      todoPage(`to-do, secretary, page ${todoPages} (the last)`, 'secretary', todoPages, 50),
      todoPage('to-do, coach, first page (50)', 'coach', 1, 50),
    ];

    const http = async (scenario: Scenario) => {
      const response = await fetch(`${base}${scenario.path}`, { headers: { authorization: `Bearer ${people[scenario.who].token}` } });
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${scenario.path}: ${response.status} ${Buffer.from(body).toString().slice(0, 300)}`);
      return body.byteLength;
    };
    const raw = async (scenario: Scenario) => {
      let bytes = 0;
      for (const [sql, parameters] of scenario.statements()) bytes += JSON.stringify((await pool.query(sql, parameters as unknown[])).rows).length;
      return bytes;
    };

    const old = await fetch(`${base}/applications`, { headers: { authorization: `Bearer ${people.secretary.token}` } });
    const oldBytes = (await old.arrayBuffer()).byteLength;
    // Warm-up: the JIT, the pools and PostgreSQL's caches.
    for (const scenario of scenarios) {
      await loops(0.3, () => http(scenario));
      await loops(0.3, () => raw(scenario));
    }

    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`\n${count} applications; ${CLIENTS} clients, ${SECONDS} s per measurement (load average ${load})`);
    console.log(`old GET /applications as the secretary (capped at 500 rows): ${(oldBytes / 1024).toFixed(0)} kB\n`);
    console.log(`${'scenario'.padEnd(48)} ${'HTTP p50'.padStart(9)} ${'HTTP p95'.padStart(9)} ${'raw p50'.padStart(8)} ${'raw p95'.padStart(8)} ${'p95 ×raw'.padStart(8)} ${'size'.padStart(8)}  targets`);
    let failed = 0;
    for (const scenario of scenarios) {
      const viaHttp = await loops(SECONDS, () => http(scenario));
      const viaRaw = await loops(SECONDS, () => raw(scenario));
      const met = viaHttp.p95 < TARGET_P95_MS && viaHttp.bytes < TARGET_BYTES;
      if (!met) failed++;
      console.log(
        `${scenario.label.padEnd(48)} ${viaHttp.p50.toFixed(1).padStart(6)} ms ${viaHttp.p95.toFixed(1).padStart(6)} ms ${viaRaw.p50.toFixed(1).padStart(5)} ms ${viaRaw.p95.toFixed(1).padStart(5)} ms ${(viaHttp.p95 / viaRaw.p95).toFixed(1).padStart(7)}× ${(viaHttp.bytes / 1024).toFixed(1).padStart(5)} kB  ${met ? 'met' : 'MISSED'}`,
      );
    }
    console.log(`\n${scenarios.length - failed} of ${scenarios.length} scenarios meet p95 < ${TARGET_P95_MS} ms and < ${TARGET_BYTES / 1024} kB per page`);
  } finally {
    await pool.end();
    if (dataSource.isInitialized) await dataSource.destroy();
    if (api.child.exitCode === null) {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    redis.child.kill('SIGTERM');
    if (!args.keep) await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
