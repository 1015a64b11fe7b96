/**
 * Mail throughput through the real worker against an SMTP server with a fixed latency:
 *
 *   npx tsc -p bench/tsconfig.json && node dist-bench/bench/mail.js
 *
 * Options (all optional):
 *   --mails <n>          notifications written at once per round                       (default 1000)
 *   --rounds <n>         rounds in one run                                              (default 3)
 *   --smtp-delay-ms <n>  the SMTP server waits this long before accepting each message  (default 20)
 *   --keep               keep the database afterwards
 *
 * It creates its own database (BENCH_DATABASE, default `erk_bench_mail`, on the server of
 * TEST_ADMIN_DATABASE_URL), its own redis-server on a free port and an SMTP server in a child
 * process (bench/support/smtp-child.ts), and runs the real worker (WorkerModule) in this process.
 * MAIL_CONCURRENCY in the environment, when set, goes to the worker.
 *
 * Each round writes `--mails` notifications at once as the fan-out writes them (one mail outbox
 * row each, then a kick of the relay) and takes the time until the last one is `sent`: the whole
 * mail stage (relay, BullMQ, claim, render, SMTP, mark sent). Twice per round:
 * - against smtp-server (Nodemailer's server library) that waits `--smtp-delay-ms` before its
 *   250: the ideal is the mail worker's concurrency ÷ that latency, and the ratio to it is the
 *   figure of merit;
 * - against a minimal responder that answers at once: the pipeline's own ceiling.
 * A warm-up round runs first and is not reported.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { JsonLogger } from '../src/common/logging/json-logger.js';
import { loadConfig } from '../src/config/app-config.js';
import { MailProcessor } from '../src/notifications/mail.processor.js';
import { OutboxRelay } from '../src/notifications/outbox-relay.service.js';
import { TrackService } from '../src/track/track.service.js';
import { UsersService } from '../src/users/users.service.js';
import { WorkerModule } from '../src/worker.module.js';
import { BenchDatabase } from './support/bench-database.js';
import { startRedisServer } from './support/redis-server.js';
import { SmtpServerChild, type SmtpMode } from './support/smtp-server-child.js';
import { waitUntil } from './support/wait-until.js';

const { values: args } = parseArgs({
  options: {
    mails: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    'smtp-delay-ms': { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
});
const MAILS = Number(args.mails);
const ROUNDS = Number(args.rounds);
const SMTP_DELAY_MS = Number(args['smtp-delay-ms']);

interface Result {
  mails: number;
  seconds: number;
  /** Until the relay had handed the last outbox row to BullMQ. */
  relayedSeconds: number;
  rate: number;
  connections: number;
}

async function main() {
  const database = await BenchDatabase.create(process.env.BENCH_DATABASE ?? 'erk_bench_mail');
  const redis = await startRedisServer();
  const smtp = await SmtpServerChild.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
    MAIL_CONCURRENCY: process.env.MAIL_CONCURRENCY,
  });
  const worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: new JsonLogger('error', 'bench') });
  await worker.init();
  const dataSource = worker.get(DataSource);
  const relay = worker.get(OutboxRelay);
  const concurrency = worker.get(MailProcessor).worker.concurrency;
  const ideal = concurrency / (SMTP_DELAY_MS / 1000);

  try {
    const recipient = await worker
      .get(UsersService)
      .create({ email: 'bench-coach@example.nl', name: 'Bench coach', organisation: 'Bench', roles: ['coach'], password: 'correct-horse-battery-staple' });
    const application = await worker
      .get(TrackService)
      .start(recipient.id, { name: 'Bench', organisation: 'Bench', contactName: 'B', contactEmail: 'b@example.nl', targetLevel: 'goed_beschreven' });

    let batch = 0;
    /** Writes `count` notifications with their mail outbox rows in one transaction, as the fan-out does, and waits until the last is sent. */
    const measure = async (mode: SmtpMode, delayMs: number, count: number): Promise<Result> => {
      await smtp.mode(mode, delayMs);
      const key = `bench-mail:${++batch}:`;
      const startedAt = Date.now();
      await dataSource.transaction(async (manager) => {
        const created: { id: string }[] = await manager.query(
          `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params)
           SELECT $4 || g, $1, $2, 'deadline-reminder', 'deadline-reminder', 'coach',
                  jsonb_build_object('kind', 'coach_feedback', 'dueAt', now() + interval '2 days')
             FROM generate_series(1, $3) g
           RETURNING id`,
          [recipient.id, application.id, count, key],
        );
        await manager.query(
          `INSERT INTO outbox (application_id, topic, payload) SELECT $1, 'notification.mail', jsonb_build_object('notificationId', id) FROM unnest($2::uuid[]) id`,
          [application.id, created.map((row) => row.id)],
        );
      });
      void relay.kick();
      await waitUntil(
        `${count} mails sent`,
        async () => {
          const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE source_key LIKE $1 AND mail_status = 'sent'`, [`${key}%`]);
          return n === count;
        },
        600_000,
        50,
      );
      const [{ last, relayed }] = await dataSource.query(
        `SELECT max(n.sent_at) AS last, max(o.dispatched_at) AS relayed
           FROM notifications n JOIN outbox o ON o.topic = 'notification.mail' AND o.payload->>'notificationId' = n.id::text
          WHERE n.source_key LIKE $1`,
        [`${key}%`],
      );
      const seconds = (new Date(last).getTime() - startedAt) / 1000;
      const relayedSeconds = (new Date(relayed).getTime() - startedAt) / 1000;
      const { connections } = await smtp.stats();
      return { mails: count, seconds, relayedSeconds, rate: count / seconds, connections };
    };

    console.log(`warm-up: ${Math.min(MAILS, 200)} mails …`);
    await measure('smtp-server', SMTP_DELAY_MS, Math.min(MAILS, 200));
    await measure('raw', 0, Math.min(MAILS, 200));

    const line = (name: string, result: Result, ratio: string) =>
      console.log(
        `  ${name.padEnd(34)} ${result.mails} mails in ${result.seconds.toFixed(2).padStart(6)} s = ${result.rate.toFixed(0).padStart(5)} mails/s = ${ratio}, ${result.connections} SMTP connections, all relayed after ${result.relayedSeconds.toFixed(2)} s`,
      );
    console.log(
      `\nMail stage, ${MAILS} notifications written at once, mail worker concurrency ${concurrency}; ideal = ${concurrency} ÷ ${SMTP_DELAY_MS} ms = ${ideal.toFixed(0)} mails/s`,
    );
    const ratios: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`round ${round}`);
      const library = await measure('smtp-server', SMTP_DELAY_MS, MAILS);
      ratios.push(library.rate / ideal);
      line(`smtp-server, ${SMTP_DELAY_MS} ms per message`, library, `${(library.rate / ideal).toFixed(2)}× ideal`);
      const raw = await measure('raw', 0, MAILS);
      line('minimal responder, answers at once', raw, `${(raw.rate / ideal).toFixed(2)}× ideal (the pipeline's ceiling)`);
    }
    const sorted = [...ratios].sort((a, b) => a - b);
    console.log(`\nratio to ideal against smtp-server: median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}, min ${sorted[0].toFixed(2)}, max ${sorted[sorted.length - 1].toFixed(2)}`);
  } finally {
    await worker.close();
    smtp.stop();
    redis.child.kill('SIGTERM');
    if (!args.keep) await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
