/**
 * The retention clean-up (src/privacy) on a large notification log: how long the dry run over
 * every kind and the run in one transaction take with `--notifications` rows, half of them past
 * the 365-day term, against the baseline of a plain `DELETE … WHERE created_at < cutoff` of the
 * same rows through raw `pg` (rolled back). It creates its own database (BENCH_DATABASE, default
 * `erk_bench_retention`) and drops it afterwards unless `--keep`.
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/retention.js [--notifications 200000] [--keep]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { runMigrations } from '../src/database/run-migrations.js';
import { RetentionService } from '../src/privacy/retention.service.js';
import { BenchDatabase } from './support/bench-database.js';

const { values: args } = parseArgs({
  options: { notifications: { type: 'string', default: '200000' }, keep: { type: 'boolean', default: false } },
});
const notifications = Number(args.notifications);
// The run's own log line would interleave with the table.
Logger.overrideLogger(false);

const database = await BenchDatabase.create(process.env.BENCH_DATABASE ?? 'erk_bench_retention');
const dataSource = new DataSource(dataSourceOptions({ DATABASE_URL: database.url }, 'bench-retention'));
await dataSource.initialize();
try {
  await runMigrations(dataSource);
  const [user]: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, name, organisation, roles, language, password_hash) VALUES ('bench@example.nl', 'Bench', 'Bench', '{owner}', 'nl', 'x') RETURNING id`,
  );
  const seed = async () => {
    await dataSource.query(`TRUNCATE notifications`);
    // Ages spread over two years: about half past the default term of 365 days.
    await dataSource.query(
      `INSERT INTO notifications (source_key, recipient_id, trigger, template, audience, params, mail_status, mail_attempts, in_app, created_at, sent_at)
       SELECT 'bench-' || g || ':t', $1, 'SUBMIT', 'application_submitted', 'owner', '{}', 'sent', 1, true, now() - (g % 730) * interval '1 day', now()
         FROM generate_series(1, $2::int) g`,
      [user.id, notifications],
    );
    await dataSource.query(`ANALYZE notifications`);
  };
  const retention = new RetentionService(dataSource);
  const timed = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
    const started = performance.now();
    const result = await work();
    return [performance.now() - started, result];
  };

  await seed();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const [baselineMs, baseline] = await timed(async () => {
    await client.query('BEGIN');
    const result = await client.query(`DELETE FROM notifications WHERE created_at < now() - interval '365 days'`);
    await client.query('ROLLBACK');
    return result.rowCount;
  });
  await client.end();
  const [dryRunMs, dryRun] = await timed(() => retention.dryRun());
  const [runMs, run] = await timed(() => retention.run('admin', null));
  const line = (what: string, ms: number, extra: string) => console.log(`${what.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / baselineMs).toFixed(2).padStart(6)}×  ${extra}`);
  console.log(`${notifications} notifications`);
  line('baseline: plain DELETE (raw pg)', baselineMs, `${baseline} rows`);
  line('dry run, every kind', dryRunMs, `${dryRun.kinds.find((kind) => kind.kind === 'notifications')?.count} notifications`);
  line('run, every kind, one transaction', runMs, `${run.counts.notifications} notifications deleted`);
} finally {
  await dataSource.destroy();
  if (!args.keep) await database.drop();
}
