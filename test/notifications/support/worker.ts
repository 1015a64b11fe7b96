import { Test, type TestingModule } from '@nestjs/testing';
import type { DataSource } from 'typeorm';
import { JsonLogger } from '../../../src/common/logging/json-logger.js';
import { AppConfig } from '../../../src/config/app-config.js';
import { QUEUES } from '../../../src/jobs/queues.js';
import { OutboxRelay } from '../../../src/notifications/outbox-relay.service.js';
import { WorkerModule } from '../../../src/worker.module.js';
import { testQueue } from '../../support/test-queue.js';

/** The real worker (relay, BullMQ processors, mail) in the test process, on the API's database and Redis. */
export async function startWorker(config: AppConfig): Promise<TestingModule> {
  const worker = await Test.createTestingModule({ imports: [WorkerModule.register(config)] }).compile();
  worker.useLogger(new JsonLogger('error', 'worker-test'));
  await worker.init();
  return worker;
}

/** Polls until `probe` returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T> | T, timeoutMs = 15_000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Waits until the worker has nothing left to do: no due outbox row pending and no job waiting,
 * running or delayed in the notification queues, twice in a row after a relay pass.
 */
export async function waitUntilSettled(worker: TestingModule, dataSource: DataSource, redisUrl: string, timeoutMs = 20_000) {
  const { REDIS_PREFIX } = worker.get(AppConfig);
  const queues = [QUEUES.notifications.name, QUEUES.mail.name].map((name) => testQueue({ REDIS_URL: redisUrl, REDIS_PREFIX }, name));
  try {
    let quietRounds = 0;
    await waitFor(
      'the worker to settle',
      async () => {
        await worker.get(OutboxRelay).kick();
        const [{ pending }] = await dataSource.query(`SELECT count(*)::int AS pending FROM outbox WHERE dispatched_at IS NULL AND available_at <= now()`);
        let busy = pending;
        for (const queue of queues) {
          const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized', 'waiting-children');
          busy += Object.values(counts).reduce((sum, count) => sum + count, 0);
        }
        quietRounds = busy === 0 ? quietRounds + 1 : 0;
        return quietRounds >= 2;
      },
      timeoutMs,
      100,
    );
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}

export interface NotificationRow {
  id: string;
  recipientId: string;
  template: string;
  audience: string;
  mailStatus: string;
  mailAttempts: number;
  mailError: string | null;
  mailMessageId: string | null;
  sentAt: Date | null;
}

export function notificationsOf(dataSource: DataSource, applicationId: string): Promise<NotificationRow[]> {
  return dataSource.query(
    `SELECT id, recipient_id AS "recipientId", template, audience, mail_status AS "mailStatus", mail_attempts AS "mailAttempts",
            mail_error AS "mailError", mail_message_id AS "mailMessageId", sent_at AS "sentAt"
       FROM notifications WHERE application_id = $1 ORDER BY created_at, id`,
    [applicationId],
  );
}
