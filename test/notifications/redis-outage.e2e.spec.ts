import type { TestingModule } from '@nestjs/testing';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { PrivateRedis } from './support/private-redis.js';
import { SmtpSink } from './support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor, waitUntilSettled } from './support/worker.js';

interface OutboxState {
  dispatched: boolean;
  attempts: number;
  lastError: string | null;
}

describe('notifications while Redis is down', () => {
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    sink = await SmtpSink.start();
    t = await createTestApp({ REDIS_URL: redis.url(1), SMTP_URL: sink.url });
    await t.reset();
    worker = await startWorker(t.config);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
    await redis?.stop();
  });

  it('commits the transition, keeps the outbox row pending, and mails once when Redis is back', async () => {
    const owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    const secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const draft = await createDraft(t, owner.auth, { name: 'Storingsbestendig' });

    await redis.stop();
    const submitted = await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    expect(submitted.state).toBe('intake');

    const outbox = () =>
      t.dataSource
        .query(
          `SELECT dispatched_at IS NOT NULL AS dispatched, attempts, last_error AS "lastError"
             FROM outbox WHERE application_id = $1 AND topic = 'track.transition'`,
          [draft.id],
        )
        .then((rows: OutboxState[]) => rows[0]);
    // The relay has tried (at least twice, so not just once by luck) and left the row pending.
    const waiting = await waitFor('the relay to try while Redis is down', async () => {
      const state = await outbox();
      return state.attempts >= 2 ? state : null;
    });
    expect(waiting).toMatchObject({ dispatched: false });
    expect(waiting.lastError).toMatch(/redis|connection|closed|ECONNREFUSED/i);
    expect(await notificationsOf(t.dataSource, draft.id)).toEqual([]);
    expect(sink.messages).toEqual([]);

    await redis.start();
    await waitFor('both mails', () => sink.messages.length >= 2, 30_000);
    await waitUntilSettled(worker, t.dataSource, t.config.REDIS_URL);

    expect(sink.messages.map((mail) => mail.to[0]).sort()).toEqual([owner.user.email, secretary.user.email].sort());
    expect((await outbox()).dispatched).toBe(true);
    const rows = await notificationsOf(t.dataSource, draft.id);
    expect(rows.map((row) => [row.template, row.mailStatus]).sort()).toEqual([
      ['application-received', 'sent'],
      ['application-submitted', 'sent'],
    ]);
  }, 60_000);
});
