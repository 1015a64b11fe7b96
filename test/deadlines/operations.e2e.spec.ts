import type { TestingModule } from '@nestjs/testing';
import { Redis } from 'ioredis';
import request from 'supertest';
import { INSIGHT_REFRESH_SCHEDULER } from '../../src/insight/insight.processor.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { RETENTION_SCHEDULER } from '../../src/privacy/retention.processor.js';
import { DAILY_DIGEST_SCHEDULER, WEEKLY_DIGEST_SCHEDULER } from '../../src/deadlines/deadlines.processor.js';
import { EXPIRE_SESSIONS_SCHEDULER } from '../../src/jobs/maintenance.processor.js';
import { SchedulerKeeper } from '../../src/operations/scheduler-keeper.js';
import { WATCHDOG_SCHEDULER } from '../../src/operations/watchdog.processor.js';
import { Watchdog } from '../../src/operations/watchdog.service.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testQueue } from '../support/test-queue.js';
import { sendAs } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { PrivateRedis } from '../notifications/support/private-redis.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor } from '../notifications/support/worker.js';
import { deadlinesOf, remindersOf, settle } from './support.js';

describe('operations: the queue dashboard and the watchdog (a private Redis that the test flushes)', () => {
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;

  const queue = (name: string) => testQueue(t.config, name);
  /** Every job scheduler in Redis, over all queues, as `queue/id`. */
  const allSchedulers = async () => {
    const names: string[] = [];
    for (const { name } of Object.values(QUEUES)) {
      const q = queue(name);
      try {
        for (const scheduler of await q.getJobSchedulers()) names.push(`${name}/${scheduler.key}`);
      } finally {
        await q.close();
      }
    }
    return names.sort();
  };

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    sink = await SmtpSink.start();
    t = await createTestApp({ REDIS_URL: redis.url(1), SMTP_URL: sink.url, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    await worker.get(SchedulerKeeper).ready;
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie' });
    admin = await createUser(t, ['admin'], { name: 'Ada Beheer', organisation: 'Movisie' });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
    await redis?.stop();
  });

  describe('Bull Board at /admin/queues', () => {
    it('is there for an admin, with every queue', async () => {
      const page = await request(t.server).get('/admin/queues').set(admin.auth).expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const api = await request(t.server).get('/admin/queues/api/queues').set(admin.auth).expect(200);
      const names = (api.body.queues as { name: string }[]).map((q) => q.name).sort();
      expect(names).toEqual(Object.values(QUEUES).map((q) => q.name).sort());
    });

    it('is forbidden to other signed-in users and does not exist for anyone else', async () => {
      for (const user of [secretary, owner]) {
        const refused = await request(t.server).get('/admin/queues').set(user.auth).expect(403);
        expect(refused.body.code).toBe('ROLE_REQUIRED');
        await request(t.server).get('/admin/queues/api/queues').set(user.auth).expect(403);
      }
      await request(t.server).get('/admin/queues').expect(404);
      await request(t.server).get('/admin/queues/api/queues').set({ Authorization: 'Bearer not-a-session' }).expect(404);
      // Retrying or cleaning jobs is the dashboard's API too: closed the same way.
      await request(t.server).put(`/admin/queues/api/queues/${QUEUES.mail.name}/retry/failed`).set(secretary.auth).expect(403);
    });
  });

  describe('the watchdog', () => {
    it('runs on a schedule that the worker keeps in Redis', async () => {
      const operations = queue(QUEUES.operations.name);
      const deadlines = queue(QUEUES.deadlines.name);
      const maintenance = queue(QUEUES.maintenance.name);
      try {
        expect(await operations.getJobScheduler(WATCHDOG_SCHEDULER)).toMatchObject({ every: 5 * 60_000 });
        expect(await deadlines.getJobScheduler(WEEKLY_DIGEST_SCHEDULER)).toMatchObject({ pattern: '0 8 * * 1', tz: 'Europe/Amsterdam' });
        expect(await maintenance.getJobScheduler(EXPIRE_SESSIONS_SCHEDULER)).toMatchObject({ every: 3600_000 });
      } finally {
        await Promise.all([operations.close(), deadlines.close(), maintenance.close()]);
      }
    });

    it('puts every job scheduler back after Redis lost them all, the expiry of sessions included', async () => {
      const before = await allSchedulers();
      expect(before).toEqual(
        [
          `${QUEUES.maintenance.name}/${EXPIRE_SESSIONS_SCHEDULER}`,
          `${QUEUES.deadlines.name}/${DAILY_DIGEST_SCHEDULER}`,
          `${QUEUES.deadlines.name}/${WEEKLY_DIGEST_SCHEDULER}`,
          `${QUEUES.operations.name}/${WATCHDOG_SCHEDULER}`,
          `${QUEUES.privacy.name}/${RETENTION_SCHEDULER}`,
          `${QUEUES.insight.name}/${INSIGHT_REFRESH_SCHEDULER}`,
        ].sort(),
      );
      const client = new Redis(redis.url(), { maxRetriesPerRequest: 1 });
      await client.flushall();
      client.disconnect();
      expect(await allSchedulers()).toEqual([]);

      // What the keeper's own timer does once a minute.
      const restored = await worker.get(SchedulerKeeper).restore();
      expect(restored.sort()).toEqual([DAILY_DIGEST_SCHEDULER, EXPIRE_SESSIONS_SCHEDULER, WATCHDOG_SCHEDULER, WEEKLY_DIGEST_SCHEDULER, RETENTION_SCHEDULER, INSIGHT_REFRESH_SCHEDULER].sort());
      expect(await allSchedulers()).toEqual(before);
      expect(await worker.get(SchedulerKeeper).restore()).toEqual([]);
    });

    it('sends a mail whose worker died mid-send after Redis lost its job, under the same Message-ID', async () => {
      const draft = await createDraft(t, owner.auth, { name: 'Halverwege verloren' });
      // A worker claimed it and died; then Redis lost the job too (never added here: the same thing).
      const [row]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params, mail_status, mail_attempts, mail_claimed_at, mail_claim_token)
         VALUES ('died:application-received', $1, $2, 'SUBMIT', 'application-received', 'owner', '{}', 'sending', 1, now() - interval '1 hour', gen_random_uuid())
         RETURNING id`,
        [owner.user.id, draft.id],
      );
      await t.dataSource.query(
        `INSERT INTO outbox (topic, application_id, payload, available_at, dispatched_at, attempts) VALUES ('notification.mail', $1, $2, now(), now(), 1)`,
        [draft.id, JSON.stringify({ notificationId: row.id })],
      );
      expect((await worker.get(Watchdog).repair()).requeued).toBeGreaterThanOrEqual(1);
      await settle(worker, t.dataSource, t.config.REDIS_URL);
      const [sent] = (await notificationsOf(t.dataSource, draft.id)).filter((n) => n.id === row.id);
      expect(sent).toMatchObject({ mailStatus: 'sent', mailAttempts: 2, mailMessageId: `<${row.id}@movisie.example>` });
      expect(sink.withHeader('X-Notification-Id', [row.id]).map((mail) => mail.messageId)).toEqual([sent.mailMessageId]);
    });

    it('restores the work Redis lost when it was flushed, and sends nothing twice', async () => {
      const mails = queue(QUEUES.mail.name);
      const notifications = queue(QUEUES.notifications.name);
      const deadlines = queue(QUEUES.deadlines.name);
      try {
        // Before the loss: a submission, mailed as usual.
        const draft = await createDraft(t, owner.auth, { name: 'Tegen verlies bestand' });
        await step(t, owner.auth, draft.id, 'submit', { version: 1 });
        await settle(worker, t.dataSource, t.config.REDIS_URL);
        const early = await notificationsOf(t.dataSource, draft.id);
        expect(early.map((n) => n.mailStatus)).toEqual(['sent', 'sent']);

        // Mails queue up but are not sent (the mail queue is paused): admission.
        await mails.pause();
        await step(t, secretary.auth, draft.id, 'admit', { version: 2, coachId: coach.user.id });
        const duePending = async () =>
          ((await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL AND available_at <= now()`)) as { n: number }[])[0].n;
        await waitFor('the admission mails handed to Redis', async () => {
          const written = (await notificationsOf(t.dataSource, draft.id)).filter((n) => n.mailStatus === 'queued').length;
          return written === 2 && (await duePending()) === 0;
        });
        // A transition whose fan-out has not run yet (that queue is paused too): feedback requested.
        await notifications.pause();
        await sendAs(t, draft.id, owner, { type: 'REQUEST_FEEDBACK' });
        await waitFor('every due outbox row relayed', async () => (await duePending()) === 0);
        // The deadline for the coach is open, with reminders due later: those live in PostgreSQL only.
        await waitFor('the coach feedback deadline', async () => (await deadlinesOf(t.dataSource, draft.id)).length === 1);
        const [deadline] = await deadlinesOf(t.dataSource, draft.id);
        const pendingReminders = await remindersOf(t.dataSource, deadline.id);
        expect(pendingReminders.map((r) => r.dispatched)).toEqual([false, false, false]);

        // How often each of the case's outbox rows was handed to BullMQ before the loss.
        const dispatches = async () =>
          new Map(
            ((await t.dataSource.query(`SELECT id, attempts FROM outbox WHERE application_id = $1`, [draft.id])) as { id: string; attempts: number }[]).map(
              (row) => [row.id, row.attempts],
            ),
          );
        const dispatchedBefore = await dispatches();

        // Redis loses everything: jobs, schedulers, the paused flags.
        const client = new Redis(redis.url(), { maxRetriesPerRequest: 1 });
        await client.flushall();
        client.disconnect();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const stuck = await notificationsOf(t.dataSource, draft.id);
        expect(stuck.filter((n) => n.mailStatus === 'queued').map((n) => n.template).sort()).toEqual(['application-admitted', 'coach-assigned']);
        expect(stuck.some((n) => n.template === 'feedback-requested')).toBe(false);
        expect(await deadlines.getJobScheduler(WEEKLY_DIGEST_SCHEDULER)).toBeUndefined();

        const report = await worker.get(Watchdog).repair();
        expect(report.schedulers.sort()).toEqual([DAILY_DIGEST_SCHEDULER, EXPIRE_SESSIONS_SCHEDULER, WATCHDOG_SCHEDULER, WEEKLY_DIGEST_SCHEDULER, RETENTION_SCHEDULER, INSIGHT_REFRESH_SCHEDULER].sort());
        await settle(worker, t.dataSource, t.config.REDIS_URL);
        // The two mails, and every transition of the week (their handlers are idempotent), went back to
        // the relay: by this pass, or by the watchdog job that the restored scheduler starts at once
        // and that can get there first (then this pass finds the jobs back and requeues nothing).
        const dispatchedAfter = await dispatches();
        const relayedAgain = [...dispatchedBefore].filter(([id, attempts]) => (dispatchedAfter.get(id) ?? 0) > attempts);
        expect(relayedAgain.length).toBeGreaterThanOrEqual(3);

        const after = await notificationsOf(t.dataSource, draft.id);
        expect(after.map((n) => [n.template, n.mailStatus]).sort()).toEqual(
          [
            ['application-received', 'sent'],
            ['application-submitted', 'sent'],
            ['application-admitted', 'sent'],
            ['coach-assigned', 'sent'],
            ['feedback-requested', 'sent'],
          ].sort(),
        );
        // Each notification mailed exactly once, the ones sent before the loss included.
        const received = sink.withHeader('X-Notification-Id', after.map((n) => n.id));
        expect(received).toHaveLength(after.length);
        expect(new Set(received.map((mail) => mail.headers['x-notification-id'])).size).toBe(after.length);
        // The deadline and its reminders are as they were; nothing was opened twice.
        expect(await deadlinesOf(t.dataSource, draft.id)).toHaveLength(1);
        expect((await remindersOf(t.dataSource, deadline.id)).map((r) => r.id)).toEqual(pendingReminders.map((r) => r.id));
        expect(await deadlines.getJobScheduler(WEEKLY_DIGEST_SCHEDULER)).toMatchObject({ pattern: '0 8 * * 1' });

        // A second pass finds nothing to repair.
        expect(await worker.get(Watchdog).repair()).toMatchObject({ requeued: 0, schedulers: [] });
      } finally {
        await Promise.allSettled([mails.resume(), notifications.resume()]);
        await Promise.all([mails.close(), notifications.close(), deadlines.close()]);
      }
    }, 60_000);
  });
});
