/**
 * Transitions per second through the track's one write path, against the same database work
 * done with raw `pg`, and against `pgbench -N`, in one run on one database.
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/transitions.js [--seconds 10] [--clients 8]
 *
 * - service: TrackService.send() of DOCUMENTS_CHANGED (as the system) on an application in draft:
 *   row lock, version check, snapshot restore, guard, pure transition, snapshot update, audit
 *   insert and outbox insert, in one transaction. Facts alternate so every send is a real change.
 * - raw pg: the same statements by hand (SELECT … FOR UPDATE, UPDATE applications, INSERT
 *   audit_events, INSERT outbox) with a precomputed snapshot: the floor for this write pattern.
 * - pgbench -N: PostgreSQL's own TPC-B-like transaction without the branch/teller updates
 *   (3 updates/inserts + 1 select), same client count, same database.
 * Each client works on its own application, so the numbers measure throughput, not lock waits.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { AppModule } from '../src/app.module.js';
import { JsonLogger } from '../src/common/logging/json-logger.js';
import { loadConfig } from '../src/config/app-config.js';
import { systemActor } from '../src/track/track-actor.js';
import { TrackService } from '../src/track/track.service.js';
import { UsersService } from '../src/users/users.service.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '8' },
    database: { type: 'string', default: 'erk_bench_transitions' },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recreateDatabase(name: string) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

/** Runs `work` from `clients` loops until the time is up; returns completed operations per second. */
async function measure(clients: number, seconds: number, work: (client: number, iteration: number) => Promise<void>) {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let completed = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let iteration = 0; performance.now() < deadline; iteration++) {
        await work(client, iteration);
        completed++;
      }
    }),
  );
  return completed / ((performance.now() - started) / 1000);
}

function pgbenchTps(url: string, clients: number, seconds: number): number {
  const target = new URL(url);
  const connection = ['-h', target.hostname, '-p', target.port || '5432', '-U', decodeURIComponent(target.username || 'postgres')];
  execFileSync('pgbench', [...connection, '-i', '-q', '-s', '1', target.pathname.slice(1)], { stdio: 'ignore' });
  const output = execFileSync(
    'pgbench',
    [...connection, '-N', '-c', String(clients), '-j', '2', '-T', String(seconds), target.pathname.slice(1)],
    { encoding: 'utf8' },
  );
  const match = /tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/.exec(output);
  if (!match) throw new Error(`Could not read pgbench output:\n${output}`);
  return Number(match[1]);
}

async function main() {
  await recreateDatabase(values.database!);
  const url = databaseUrl(values.database!);
  const config = loadConfig({ DATABASE_URL: url, DEMO_SEED: 'false', LOG_LEVEL: 'error', NODE_ENV: 'test' });
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: new JsonLogger('error', 'bench') });
  const track = app.get(TrackService);
  const owner = await app.get(UsersService).create({
    email: 'bench-owner@example.nl',
    name: 'Bench Owner',
    organisation: 'Bench',
    roles: ['owner'],
    password: 'correct-horse-battery-staple',
  });
  const newApplication = () =>
    track.start(owner.id, { name: 'Bench', organisation: 'Bench', contactName: 'B', contactEmail: 'b@example.nl', targetLevel: 'goed_beschreven' });

  const serviceApplications = await Promise.all(Array.from({ length: CLIENTS }, newApplication));
  const facts = (iteration: number) => ({ handbook: iteration % 2 === 0, processEvaluation: true, effectStudies: 0 });
  // Warm up the pool, the JIT and PostgreSQL's caches.
  await measure(CLIENTS, 2, (client, i) =>
    track.send({ applicationId: serviceApplications[client].id, actor: systemActor('bench'), event: { type: 'DOCUMENTS_CHANGED', ...facts(i) } }).then(() => undefined),
  );
  const serviceTps = await measure(CLIENTS, SECONDS, (client, i) =>
    track.send({ applicationId: serviceApplications[client].id, actor: systemActor('bench'), event: { type: 'DOCUMENTS_CHANGED', ...facts(i) } }).then(() => undefined),
  );

  const rawApplications = await Promise.all(Array.from({ length: CLIENTS }, newApplication));
  const snapshot = JSON.stringify(rawApplications[0].snapshot);
  const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
  const rawTransition = async (client: number) => {
    const connection = await pool.connect();
    try {
      const id = rawApplications[client].id;
      await connection.query('BEGIN');
      const { rows } = await connection.query('SELECT version, state FROM applications WHERE id = $1 FOR UPDATE', [id]);
      const version = rows[0].version as number;
      await connection.query(
        'UPDATE applications SET snapshot = $1, state = $2, version = $3, updated_at = now() WHERE id = $4 AND version = $5',
        [snapshot, rows[0].state, version + 1, id, version],
      );
      const audit = await connection.query(
        `INSERT INTO audit_events (application_id, actor_kind, event_type, from_state, to_state, payload, application_version)
         VALUES ($1, 'system', 'DOCUMENTS_CHANGED', $2, $2, $3, $4) RETURNING id`,
        [id, rows[0].state, '{"handbook":true}', version + 1],
      );
      await connection.query(`INSERT INTO outbox (application_id, topic, payload) VALUES ($1, 'track.transition', $2)`, [
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
  await measure(CLIENTS, 2, rawTransition);
  const rawTps = await measure(CLIENTS, SECONDS, rawTransition);
  await pool.end();
  await app.close();

  const pgbench = pgbenchTps(url, CLIENTS, SECONDS);
  const line = (name: string, tps: number) =>
    `${name.padEnd(34)} ${tps.toFixed(0).padStart(8)} /s   ${(tps / rawTps).toFixed(2)}x raw pg   ${(tps / pgbench).toFixed(2)}x pgbench -N`;
  console.log(`\n${CLIENTS} concurrent clients, ${SECONDS} s each, database ${values.database}`);
  console.log(line('TrackService.send (one write path)', serviceTps));
  console.log(line('raw pg, same statements', rawTps));
  console.log(line('pgbench -N', pgbench));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
