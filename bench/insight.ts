/**
 * The insight dashboard at the issue's scale: 20,000 applications, 1,000,000 audit rows, their
 * decisions, meetings, deadlines and invitations. The real API as a process of its own with a
 * bearer token, against the same statements through raw `pg` in the same run, and against the
 * figures computed from the audit trail on each request (how the first slice worked, before the
 * summary tables).
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/insight.js
 *
 * Options (all optional):
 *   --seconds <n>        length of each measurement                    (default 5)
 *   --clients <n>        concurrent clients, HTTP and raw alike         (default 2)
 *   --applications <n>   applications; 50 audit rows each               (default 20000)
 *   --keep               keeps the database afterwards
 *
 * It creates its own database (BENCH_DATABASE, default `erk_bench_insight`, on the server of
 * TEST_ADMIN_DATABASE_URL) and its own redis-server on a free port, compiles the sources as the
 * tests do, starts the API (src/main.js, with the demo accounts), fills the database in bulk SQL,
 * then rebuilds the summary tables once (timed: what the insight job does after transitions).
 *
 * Each scenario is one request as the dashboard makes it; the baseline is the same statements,
 * built by the same functions, through raw pg from as many clients. Target: p95 under 200 ms.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { backlogQuery } from '../src/insight/backlog.sql.js';
import { coachesQuery, feedbackTotalsQuery } from '../src/insight/coaches.sql.js';
import { committeeMeetingsQuery } from '../src/insight/committee-meetings.sql.js';
import { missedNowQuery, punctualityQuery } from '../src/insight/deadline-punctuality.sql.js';
import { casesCte, inPeriod, quarterOf, SqlParameters, type InsightFilter } from '../src/insight/insight-filter.js';
import { ACTIVE_STATES } from '../src/insight/insight-measures.js';
import { amsterdamToday, defaultFrom } from '../src/insight/insight-period.js';
import { InsightRefreshService } from '../src/insight/insight-refresh.service.js';
import { spansQuery } from '../src/insight/insight-refresh.sql.js';
import { MISSED_NOW_LIMIT } from '../src/insight/insight.service.js';
import { leadTimesQuery } from '../src/insight/lead-times.sql.js';
import { invitationTotalsQuery, reviewersQuery } from '../src/insight/reviewers.sql.js';
import { throughputQuery } from '../src/insight/throughput.sql.js';
import { BenchDatabase } from './support/bench-database.js';
import { apiHealthy, startApi } from './support/api-process.js';
import { freePort } from './support/free-port.js';
import { startRedisServer } from './support/redis-server.js';
import { waitUntil } from './support/wait-until.js';
import { demoSecondFactor } from './support/demo-second-factor.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    clients: { type: 'string', default: '2' },
    applications: { type: 'string', default: '20000' },
    keep: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(args.seconds);
const CLIENTS = Number(args.clients);
const APPLICATIONS = Number(args.applications);
const PASSWORD = 'Erkenning-demo-2026';
const ROOT = resolve('.');
const BUILD = join(ROOT, 'var', 'bench-build', 'insight');
const TARGET_P95_MS = 200;

interface Timing {
  p50: number;
  p95: number;
  count: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** Runs `work` from CLIENTS loops for `seconds` (and at least 10 times), timing each call. */
async function loops(seconds: number, work: () => Promise<void>): Promise<Timing> {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline || latencies.length < 10) {
        const begin = performance.now();
        await work();
        latencies.push(performance.now() - begin);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), count: latencies.length };
}

/**
 * Six years of cases in bulk. Case g was submitted on day g × 2100 / count after 4 January 2021
 * and went up to one of 11 states (most to the end); 50 audit rows each, two days apart, of which
 * only the state changes move it on (the rest are uploads, comments, reviews). Cases that reached
 * the committee were on the agenda of a fortnightly meeting of one of two committees and decided
 * there; five deadlines each, three invitations each for those that reached review.
 */
async function seed(pool: pg.Pool, count: number): Promise<void> {
  const hash = (await pool.query(`SELECT password_hash FROM users WHERE email = 'eigenaar@demo.nl'`)).rows[0].password_hash;
  const user = (await pool.query(`SELECT id FROM users WHERE email = 'secretaris@demo.nl'`)).rows[0].id;
  await pool.query(
    `INSERT INTO users (email, name, organisation, roles, password_hash)
     SELECT 'bench-coach-' || g || '@example.nl', 'Bench coach ' || g, 'Movisie', '{coach}'::text[], $1 FROM generate_series(1, 20) g
     UNION ALL
     SELECT 'bench-reviewer-' || g || '@example.nl', 'Bench reviewer ' || g, 'Hogeschool', '{reviewer}'::text[], $1 FROM generate_series(1, 200) g`,
    [hash],
  );
  await pool.query(
    `INSERT INTO committees (name, databank, chair_id) VALUES ('Bench Noord', 'Bench', $1), ('Bench Zuid', 'Bench', $1)`,
    [user],
  );
  await pool.query(
    `INSERT INTO committee_meetings (committee_id, starts_at, created_by)
     SELECT c.id, timestamptz '2021-01-05 13:00Z' + w * interval '14 days' + CASE WHEN c.name = 'Bench Zuid' THEN interval '7 days' ELSE interval '0' END, $1
       FROM committees c CROSS JOIN generate_series(0, 160) w WHERE c.name LIKE 'Bench %'`,
    [user],
  );
  await pool.query(`CREATE TEMP TABLE bench_states AS
    SELECT * FROM unnest(ARRAY['draft','intake','description','submittedForAssessment','panelComposition','underReview',
                               'awaitingCommittee','onAgenda','letterDraft','decided.recognised','published.listed']) WITH ORDINALITY AS s(state, n)`);
  await pool.query(
    `WITH coaches AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'bench-coach-%')
     INSERT INTO applications (name, organisation, contact_name, contact_email, target_level, created_by, state, snapshot, machine_version,
                               submitted_at, coach_id, created_at)
     SELECT 'Bench ' || g, 'Org', 'C', 'c@example.nl', (ARRAY['goed_beschreven','goed_onderbouwd','effectief_eerste'])[1 + g % 3], $1,
            s.state, '{}', 2, timestamptz '2021-01-04 10:00Z' + (g * 2100 / $2) * interval '1 day', coaches.ids[1 + g % 20],
            timestamptz '2021-01-04 10:00Z' + (g * 2100 / $2) * interval '1 day' - interval '2 days'
       FROM generate_series(1, $2) g
       CROSS JOIN coaches
       JOIN bench_states s ON s.n = CASE WHEN g % 4 = 0 THEN 3 + g % 9 ELSE 11 END`,
    [user, count],
  );
  // A case's state at row k: up the path to the state it reached, then no further.
  await pool.query(
    `INSERT INTO audit_events (application_id, actor_kind, event_type, from_state, to_state, application_version, created_at)
     SELECT id, 'system', 'BENCH', lag(state) OVER (PARTITION BY id ORDER BY k), state, k + 1, at
       FROM (SELECT a.id, k, s.state, a.submitted_at - interval '2 days' + k * interval '2 days' AS at
               FROM applications a
               JOIN bench_states reached ON reached.state = a.state
               CROSS JOIN generate_series(0, 49) k
               JOIN bench_states s ON s.n = least(1 + (k * 11) / 50, reached.n)
              WHERE a.name LIKE 'Bench %') rows`,
  );
  await pool.query(
    `INSERT INTO agenda_items (meeting_id, application_id, round, position, added_by)
     SELECT m.id, e.application_id, 1, row_number() OVER (PARTITION BY m.id ORDER BY e.application_id), $1
       FROM audit_events e
       JOIN LATERAL (SELECT m.id FROM committee_meetings m WHERE m.starts_at >= e.created_at ORDER BY m.starts_at LIMIT 1) m ON true
      WHERE e.to_state = 'onAgenda' AND e.from_state = 'awaitingCommittee' AND e.event_type = 'BENCH'`,
    [user],
  );
  await pool.query(
    `INSERT INTO decisions (application_id, committee_id, meeting_id, round, verdict, level, panel, departs_from_panel, decided_by, decided_at)
     SELECT i.application_id, m.committee_id, m.id, 1, 'recognised', 'goed_beschreven', '[]', false, $1, m.starts_at
       FROM agenda_items i JOIN committee_meetings m ON m.id = i.meeting_id
       JOIN applications a ON a.id = i.application_id
      WHERE a.name LIKE 'Bench %' AND a.state IN ('decided.recognised', 'published.listed')`,
    [user],
  );
  await pool.query(
    `WITH reviewers AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'bench-reviewer-%')
     INSERT INTO panel_invitations (application_id, reviewer_id, kind, status, invited_at, response_due_at, responded_at, closed_at, decline_reason)
     SELECT a.id, reviewers.ids[1 + (hashtext(a.id::text || k) & 1023) % 200], 'science', status, at, at + interval '7 days',
            CASE WHEN status IN ('accepted', 'declined') THEN at + (1 + k) * interval '1 day' END,
            at + (1 + k) * interval '1 day', CASE WHEN status = 'declined' THEN 'Geen tijd.' END
       FROM applications a
       CROSS JOIN reviewers
       CROSS JOIN generate_series(0, 2) k
       CROSS JOIN LATERAL (SELECT (ARRAY['accepted', 'declined', 'expired'])[1 + k] AS status, a.submitted_at + interval '40 days' AS at) x
      WHERE a.name LIKE 'Bench %' AND a.state NOT IN ('description', 'submittedForAssessment')`,
  );
  await pool.query(
    `WITH reviewers AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'bench-reviewer-%')
     INSERT INTO deadlines (application_id, kind, key, assignee_role, assignee_ids, due_at, status, met_at, closed_at, created_at)
     SELECT a.id, (ARRAY['review','coach_feedback','owner_revision','committee_agenda','invitation_response'])[1 + k], 'bench-' || k,
            (ARRAY['reviewer','coach','owners','secretaries','reviewer']::text[])[1 + k],
            CASE WHEN k IN (0, 4) THEN ARRAY[reviewers.ids[1 + abs(hashtext(a.id::text)) % 200]] WHEN k = 1 THEN ARRAY[a.coach_id] ELSE '{}' END,
            a.submitted_at + (k + 1) * interval '10 days', 'met',
            a.submitted_at + (k + 1) * interval '10 days' + (k - 2) * interval '1 day', a.submitted_at + (k + 1) * interval '10 days',
            a.submitted_at + k * interval '10 days'
       FROM applications a CROSS JOIN reviewers CROSS JOIN generate_series(0, 4) k WHERE a.name LIKE 'Bench %'`,
  );
  // As autovacuum leaves a table in steady state: statistics, and the visibility map index-only scans need.
  await pool.query('VACUUM ANALYZE');
}

/** Lead times as the first slice computed them: the stays sorted out of the audit trail on each request. */
function leadTimesFromAuditTrail(filter: InsightFilter): { sql: string; parameters: unknown[] } {
  const spans = spansQuery();
  const params = new SqlParameters();
  for (const value of spans.parameters) params.add(value);
  const cases = casesCte(filter, params);
  const period = inPeriod('s.ended_at', filter, params);
  return {
    sql: `
      WITH ${cases}, spans AS (${spans.sql}),
      counted AS (
        SELECT s.measure, ${quarterOf('s.ended_at')} AS quarter, s.working_days AS days
          FROM spans s JOIN cases c ON c.id = s.application_id
         WHERE s.ended_at IS NOT NULL AND ${period})
      SELECT measure, quarter, count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY days),
             percentile_cont(0.75) WITHIN GROUP (ORDER BY days), percentile_cont(0.9) WITHIN GROUP (ORDER BY days)
        FROM counted GROUP BY GROUPING SETS ((measure), (measure, quarter))`,
    parameters: params.values,
  };
}

async function main() {
  const database = await BenchDatabase.create(process.env.BENCH_DATABASE ?? 'erk_bench_insight');
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
    REDIS_PREFIX: `bench-insight-${port}`,
    SMTP_URL: 'smtp://127.0.0.1:9',
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'true',
  });
  const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
  const dataSource = new DataSource({ ...dataSourceOptions({ DATABASE_URL: database.url }, 'bench-insight', 1) });

  try {
    await apiHealthy(api, base);
    await waitUntil('the demo cases', async () => (await pool.query(`SELECT 1 FROM applications a JOIN listings l ON l.application_id = a.id`)).rowCount === 1, 120_000, 250);
    console.log(`seeding ${APPLICATIONS} applications …`);
    const seedStart = performance.now();
    await seed(pool, APPLICATIONS);
    console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(0)} s`);
    await dataSource.initialize();
    const refresher = new InsightRefreshService(dataSource);
    const rebuilds: number[] = [];
    for (let i = 0; i < 3; i++) rebuilds.push((await refresher.refresh()).durationMs);
    await pool.query('VACUUM ANALYZE insight_spans, insight_milestones');

    const login = await fetch(`${base}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'secretaris@demo.nl', password: PASSWORD, ...(await demoSecondFactor('secretaris@demo.nl')) }),
    });
    if (!login.ok) throw new Error(`login: ${login.status}`);
    const { token } = (await login.json()) as { token: string };

    const now = new Date();
    const to = amsterdamToday(now);
    const fiveQuarters: InsightFilter = { from: defaultFrom(to), to, committee: null, targetLevel: null };
    const sixYears: InsightFilter = { from: '2021-01-01', to, committee: null, targetLevel: null };
    const [{ id: committee }] = (await pool.query(`SELECT id FROM committees WHERE name = 'Bench Noord'`)).rows;
    const northLevel: InsightFilter = { ...fiveQuarters, committee, targetLevel: 'goed_onderbouwd' };
    const search = (filter: InsightFilter) =>
      new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== null)).toString();
    const refreshedAt = { sql: `SELECT refreshed_at FROM insight_refresh WHERE id = 1`, parameters: [] };

    interface Scenario {
      label: string;
      path: string;
      statements: { sql: string; parameters: unknown[] }[];
    }
    const scenario = (label: string, endpoint: string, filter: InsightFilter, statements: Scenario['statements']): Scenario => ({
      label,
      path: `/insight/${endpoint}?${search(filter)}`,
      statements,
    });
    const scenarios: Scenario[] = [
      scenario('lead times, 5 quarters', 'lead-times', fiveQuarters, [leadTimesQuery(fiveQuarters), refreshedAt]),
      scenario('lead times, 6 years', 'lead-times', sixYears, [leadTimesQuery(sixYears), refreshedAt]),
      scenario('lead times, committee + level', 'lead-times', northLevel, [leadTimesQuery(northLevel), refreshedAt]),
      scenario('throughput, 5 quarters', 'throughput', fiveQuarters, [throughputQuery(fiveQuarters), refreshedAt]),
      scenario('throughput, 6 years', 'throughput', sixYears, [throughputQuery(sixYears), refreshedAt]),
      scenario('backlog per month, 5 quarters', 'backlog', fiveQuarters, [backlogQuery(fiveQuarters, now), refreshedAt]),
      scenario('backlog per month, 6 years', 'backlog', sixYears, [backlogQuery(sixYears, now), refreshedAt]),
      scenario('deadlines, 5 quarters', 'deadlines', fiveQuarters, [punctualityQuery(fiveQuarters, now), missedNowQuery(fiveQuarters, now, MISSED_NOW_LIMIT + 1)]),
      scenario('reviewers, 5 quarters', 'reviewers', fiveQuarters, [reviewersQuery(fiveQuarters, now), invitationTotalsQuery(fiveQuarters)]),
      scenario('coaches, 5 quarters', 'coaches', fiveQuarters, [coachesQuery(fiveQuarters, ACTIVE_STATES), feedbackTotalsQuery(fiveQuarters)]),
      scenario('committee meetings, 5 quarters', 'committee-meetings', fiveQuarters, [committeeMeetingsQuery(fiveQuarters)]),
    ];

    const http = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status} ${Buffer.from(body).toString().slice(0, 300)}`);
    };
    // The service runs a view's statements side by side; so does the baseline, on as many connections.
    const raw = async (statements: Scenario['statements']) => {
      await Promise.all(statements.map(({ sql, parameters }) => pool.query(sql, parameters)));
    };

    for (const { path, statements } of scenarios) {
      await loops(0.3, () => http(path));
      await loops(0.3, () => raw(statements));
    }

    const [{ audit, applications, stays }] = (
      await pool.query(
        `SELECT (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM applications)::int AS applications,
                (SELECT count(*) FROM insight_spans)::int AS stays`,
      )
    ).rows;
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`\n${applications} applications, ${audit} audit rows, ${stays} rows in insight_spans; ${CLIENTS} clients, ${SECONDS} s per measurement (load average ${load})`);
    console.log(`summary rebuild (the insight job): ${rebuilds.map((ms) => `${ms} ms`).join(', ')}\n`);
    console.log(`${'scenario'.padEnd(34)} ${'HTTP p50'.padStart(9)} ${'HTTP p95'.padStart(9)} ${'raw p50'.padStart(8)} ${'raw p95'.padStart(8)} ${'p95 ×raw'.padStart(8)}  target`);
    let failed = 0;
    for (const { label, path, statements } of scenarios) {
      const viaHttp = await loops(SECONDS, () => http(path));
      const viaRaw = await loops(SECONDS, () => raw(statements));
      const met = viaHttp.p95 < TARGET_P95_MS;
      if (!met) failed++;
      console.log(
        `${label.padEnd(34)} ${viaHttp.p50.toFixed(1).padStart(6)} ms ${viaHttp.p95.toFixed(1).padStart(6)} ms ${viaRaw.p50.toFixed(1).padStart(5)} ms ${viaRaw.p95.toFixed(1).padStart(5)} ms ${(viaHttp.p95 / viaRaw.p95).toFixed(1).padStart(7)}×  ${met ? 'met' : 'MISSED'}`,
      );
    }
    console.log(`\n${scenarios.length - failed} of ${scenarios.length} scenarios meet p95 < ${TARGET_P95_MS} ms through HTTP`);

    // What the summary tables save: the same lead times sorted out of the audit trail per request.
    for (const filter of [fiveQuarters, sixYears]) {
      const fromSummary = await loops(SECONDS, () => raw([leadTimesQuery(filter)]));
      const fromAudit = await loops(SECONDS, () => raw([leadTimesFromAuditTrail(filter)]));
      console.log(
        `lead times ${filter.from}…${filter.to}: from the audit trail p95 ${fromAudit.p95.toFixed(0)} ms, from insight_spans p95 ${fromSummary.p95.toFixed(1)} ms (${(fromAudit.p95 / fromSummary.p95).toFixed(0)}× faster), raw pg`,
      );
    }
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
