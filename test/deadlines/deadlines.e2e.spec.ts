import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { DeadlineReminders } from '../../src/deadlines/deadline-reminders.service.js';
import { DeadlinesService } from '../../src/deadlines/deadlines.service.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { sendAs } from '../support/track-driver.js';
import { createUser } from '../support/users.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor } from '../notifications/support/worker.js';
import { admittedApplication, deadlinesOf, remindersOf, requestFeedback, settle } from './support.js';

const APP_URL = 'https://erkenning.example';

describe('deadlines and reminders (real PostgreSQL, Redis, BullMQ worker and SMTP server)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;

  const settled = () => settle(worker, t.dataSource, t.config.REDIS_URL);
  const people = () => ({ owner, secretary, coach });
  const inTransaction = <T>(work: (manager: import('typeorm').EntityManager) => Promise<T>) => t.dataSource.transaction(work);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, APP_URL, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'nl' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie', language: 'en' });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  describe('working days', () => {
    it('counts deadlines and their reminders across a weekend and Koningsdag, through the deadline service', async () => {
      const service = t.app.get(DeadlinesService);
      const draft = await createDraft(t, owner.auth);
      // Tuesday 25 April 2028, 10:00 in Amsterdam. Five working days skip Thursday 27 April
      // (Koningsdag) and the weekend: Wednesday 3 May, 17:00 (CEST, UTC+2).
      const requestedAt = new Date('2028-04-25T08:00:00Z');
      const dueAt = service.schedule.coachFeedbackDue(requestedAt);
      expect(dueAt.toISOString()).toBe('2028-05-03T15:00:00.000Z');

      const deadline = await inTransaction((manager) =>
        service.open(manager, { applicationId: draft.id, kind: 'coach_feedback', key: 'test:koningsdag', assigneeRole: 'coach', dueAt, now: requestedAt }),
      );
      expect(deadline).toMatchObject({ status: 'open', version: 1, dueAt });
      const reminders = await remindersOf(t.dataSource, deadline!.id);
      expect(reminders.map((r) => [r.stage, r.availableAt.toISOString()])).toEqual([
        // Two working days before: Tuesday 2, Monday 1 May.
        ['before', '2028-05-01T15:00:00.000Z'],
        // One after: Thursday 4 May.
        ['missed', '2028-05-04T15:00:00.000Z'],
        // Three after, the escalation: Thursday 4, Friday 5 (Bevrijdingsdag is a working day), Monday 8 May.
        ['escalation', '2028-05-08T15:00:00.000Z'],
      ]);
      expect(reminders.every((r) => r.deadlineVersion === 1 && !r.dispatched)).toBe(true);

      // Opening it again (a redelivered job) opens nothing and writes no reminders.
      expect(
        await inTransaction((manager) =>
          service.open(manager, { applicationId: draft.id, kind: 'coach_feedback', key: 'test:koningsdag', assigneeRole: 'coach', dueAt, now: requestedAt }),
        ),
      ).toBeNull();
      expect(await remindersOf(t.dataSource, deadline!.id)).toHaveLength(3);

      // The agenda of a meeting on Tuesday 2 May 2028 goes out five working days before: Monday 24 April.
      expect(service.schedule.agendaDue(new Date('2028-05-02T08:00:00Z')).toISOString()).toBe('2028-04-24T15:00:00.000Z');
    });

    it('counts across Christmas and New Year, and extends across them by working days', async () => {
      const service = t.app.get(DeadlinesService);
      const draft = await createDraft(t, owner.auth);
      // Thursday 21 December 2028 + 5 working days: Friday 22, (weekend, Kerstmis Monday 25, Tweede
      // kerstdag Tuesday 26), Wednesday 27, Thursday 28, Friday 29, (weekend, Nieuwjaar Monday 1
      // January 2029), Tuesday 2 January, 17:00 (CET, UTC+1).
      const from = new Date('2028-12-21T09:00:00Z');
      const dueAt = service.schedule.coachFeedbackDue(from);
      expect(dueAt.toISOString()).toBe('2029-01-02T16:00:00.000Z');
      const deadline = await inTransaction((manager) =>
        service.open(manager, { applicationId: draft.id, kind: 'review', key: 'test:christmas', assigneeRole: 'reviewer', assigneeIds: [coach.user.id], round: 1, dueAt, now: from }),
      );
      const before = await remindersOf(t.dataSource, deadline!.id);
      // Two working days before Tuesday 2 January: Friday 29 and Thursday 28 December.
      expect(before.find((r) => r.stage === 'before')!.availableAt.toISOString()).toBe('2028-12-28T16:00:00.000Z');

      // Only a secretary extends; the reviewer (or anyone else) may not.
      await request(t.server).post(`/deadlines/${deadline!.id}/extend`).set(owner.auth).send({ workingDays: 3, reason: 'Ziek' }).expect(403);
      const extended = await request(t.server)
        .post(`/deadlines/${deadline!.id}/extend`)
        .set(secretary.auth)
        .send({ workingDays: 3, reason: 'Beoordelaar was ziek', version: 1 })
        .expect(200);
      // Wednesday 3, Thursday 4, Friday 5 January 2029.
      expect(extended.body).toMatchObject({ status: 'open', version: 2, extendedCount: 1, dueAt: '2029-01-05T16:00:00.000Z' });
      const after = await remindersOf(t.dataSource, deadline!.id);
      // The old version's pending reminders are gone; the new ones carry version 2.
      expect(after.map((r) => [r.stage, r.deadlineVersion, r.availableAt.toISOString()])).toEqual([
        ['before', 2, '2029-01-03T16:00:00.000Z'],
        ['missed', 2, '2029-01-08T16:00:00.000Z'],
        ['escalation', 2, '2029-01-10T16:00:00.000Z'],
      ]);
      // A stale version is refused; so are both ways of saying the date at once.
      await request(t.server).post(`/deadlines/${deadline!.id}/extend`).set(secretary.auth).send({ workingDays: 1, reason: 'x', version: 1 }).expect(409);
      const both = await request(t.server)
        .post(`/deadlines/${deadline!.id}/extend`)
        .set(secretary.auth)
        .send({ workingDays: 1, dueAt: '2029-02-01T16:00:00Z', reason: 'x' })
        .expect(400);
      expect(both.body.errors[0].field).toBe('dueAt');
      const history = await t.dataSource.query(`SELECT payload FROM audit_events WHERE application_id = $1 AND event_type = 'DEADLINE_EXTENDED'`, [draft.id]);
      expect(history).toEqual([{ payload: expect.objectContaining({ reason: 'Beoordelaar was ziek', to: '2029-01-05T16:00:00.000Z' }) }]);
    });
  });

  describe('following the track', () => {
    it('opens coach feedback on REQUEST_FEEDBACK for the coach, meets it on RETURN_FEEDBACK, cancels everything on WITHDRAW', async () => {
      const application = await admittedApplication(t, people());
      await requestFeedback(t, application.id, owner);
      await settled();
      const [opened] = await deadlinesOf(t.dataSource, application.id);
      expect(opened).toMatchObject({ kind: 'coach_feedback', status: 'open', assigneeRole: 'coach', assigneeIds: [coach.user.id] });
      const [{ requestedAt }] = await t.dataSource.query(
        `SELECT created_at AS "requestedAt" FROM audit_events WHERE application_id = $1 AND event_type = 'REQUEST_FEEDBACK'`,
        [application.id],
      );
      expect(opened.dueAt).toEqual(t.app.get(DeadlinesService).schedule.coachFeedbackDue(requestedAt));
      expect(await remindersOf(t.dataSource, opened.id)).toHaveLength(3);

      await sendAs(t, application.id, coach, { type: 'RETURN_FEEDBACK' });
      await settled();
      expect((await deadlinesOf(t.dataSource, application.id))[0]).toMatchObject({ status: 'met' });
      // Met: its pending reminders are cleaned up (correctness does not depend on it, see below).
      expect(await remindersOf(t.dataSource, opened.id)).toEqual([]);

      await requestFeedback(t, application.id, owner);
      await settled();
      const second = (await deadlinesOf(t.dataSource, application.id))[1];
      expect(second).toMatchObject({ kind: 'coach_feedback', status: 'open' });

      await sendAs(t, application.id, owner, { type: 'WITHDRAW' });
      await settled();
      expect((await deadlinesOf(t.dataSource, application.id)).map((d) => [d.status, d.closeReason])).toEqual([
        ['met', null],
        ['cancelled', 'withdrawn'],
      ]);
    });

    it('applies a transition once, however often its job is delivered', async () => {
      const application = await admittedApplication(t, people());
      await requestFeedback(t, application.id, owner);
      await settled();
      const { DeadlineTransitions } = await import('../../src/deadlines/deadline-transitions.js');
      expect(await worker.get(DeadlineTransitions).sync(application.id)).toEqual({ applied: 0 });
      expect(await deadlinesOf(t.dataSource, application.id)).toHaveLength(1);
    });
  });

  describe('reminders', () => {
    it('fire before, after and to the secretaries, in order, when due; the missed one marks the deadline missed', async () => {
      const application = await admittedApplication(t, people());
      await requestFeedback(t, application.id, owner);
      await settled();
      const [deadline] = await deadlinesOf(t.dataSource, application.id);
      // Bring the three reminders forward to the next seconds, keeping their order (2 s apart, so a busy machine keeps it too).
      await t.dataSource.query(
        `UPDATE outbox SET available_at = now() + make_interval(secs => CASE payload->>'stage' WHEN 'before' THEN 0.2 WHEN 'missed' THEN 2.2 ELSE 4.2 END)
          WHERE topic = 'deadline.reminder' AND payload->>'deadlineId' = $1`,
        [deadline.id],
      );
      await waitFor('three reminder mails', async () => (await notificationsOf(t.dataSource, application.id)).filter((n) => n.template.startsWith('deadline-')).length >= 3 && (await notificationsOf(t.dataSource, application.id)).filter((n) => n.template.startsWith('deadline-')).every((n) => n.mailStatus === 'sent'));
      await settled();

      const rows = (await notificationsOf(t.dataSource, application.id)).filter((n) => n.template.startsWith('deadline-'));
      expect(rows.map((n) => [n.template, n.recipientId])).toEqual([
        ['deadline-reminder', coach.user.id],
        ['deadline-missed', coach.user.id],
        ['deadline-escalation', secretary.user.id],
      ]);
      const mails = sink.withHeader('X-Notification-Id', rows.map((n) => n.id));
      expect(mails.map((mail) => mail.headers['x-notification-template'])).toEqual(['deadline-reminder', 'deadline-missed', 'deadline-escalation']);
      // The coach reads English; the link goes to the application.
      expect(mails[0].subject).toContain('Reminder: give feedback on the description');
      expect(mails[0].text).toContain(`${APP_URL}/aanmeldingen/${application.id}`);
      expect(mails[2].subject).toContain('Termijn niet gehaald');
      expect(mails[2].text).toContain('Aan zet: Chris Coach.');
      expect((await deadlinesOf(t.dataSource, application.id))[0]).toMatchObject({ status: 'missed' });
    });

    it('send nothing when their reason is gone: met, extended, or the case moved on or was withdrawn', async () => {
      const reminders = worker.get(DeadlineReminders);
      const service = t.app.get(DeadlinesService);
      const sentBefore = sink.messages.length;

      // Met: the feedback came; a reminder that escaped the cleanup (already relayed, say) finds it met.
      const met = await admittedApplication(t, people());
      await requestFeedback(t, met.id, owner);
      await settled();
      const [metDeadline] = await deadlinesOf(t.dataSource, met.id);
      await sendAs(t, met.id, coach, { type: 'RETURN_FEEDBACK' });
      await settled();
      expect(await reminders.fire('00000000-0000-4000-8000-000000000001', { deadlineId: metDeadline.id, deadlineVersion: 1, stage: 'before' })).toBe('closed');

      // Extended: the reminder made for version 1 is stale once the deadline is at version 2.
      const extended = await admittedApplication(t, people());
      await requestFeedback(t, extended.id, owner);
      await settled();
      const [extendedDeadline] = await deadlinesOf(t.dataSource, extended.id);
      await request(t.server).post(`/deadlines/${extendedDeadline.id}/extend`).set(secretary.auth).send({ workingDays: 5, reason: 'Vakantie' }).expect(200);
      // A reminder row of the old version that is due now, as if the cleanup had not happened:
      await t.dataSource.query(
        `INSERT INTO outbox (application_id, topic, payload, available_at) VALUES ($1, 'deadline.reminder', $2, now() - interval '1 minute')`,
        [extended.id, { deadlineId: extendedDeadline.id, deadlineVersion: 1, stage: 'missed' }],
      );
      await settled();
      expect((await deadlinesOf(t.dataSource, extended.id))[0]).toMatchObject({ status: 'open', version: 2 });

      // The case moved on: a deadline still open while the application was withdrawn meanwhile.
      const withdrawn = await admittedApplication(t, people());
      await sendAs(t, withdrawn.id, owner, { type: 'WITHDRAW' });
      await settled();
      const moved = await inTransaction((manager) =>
        service.open(manager, { applicationId: withdrawn.id, kind: 'coach_feedback', key: 'test:moved-on', assigneeRole: 'coach', dueAt: new Date(Date.now() - 60_000) }),
      );
      expect(await reminders.fire('00000000-0000-4000-8000-000000000002', { deadlineId: moved!.id, deadlineVersion: 1, stage: 'missed' })).toBe('moved-on');
      // And then it is closed, so its later reminders do nothing either.
      expect(await reminders.fire('00000000-0000-4000-8000-000000000003', { deadlineId: moved!.id, deadlineVersion: 1, stage: 'escalation' })).toBe('closed');
      expect((await deadlinesOf(t.dataSource, withdrawn.id)).find((d) => d.id === moved!.id)).toMatchObject({ status: 'cancelled', closeReason: 'moved-on' });

      // The only deadline message is the coach's notice of the extension itself, never a reminder.
      const isReminder = (template: string) => /^(review-)?deadline-/.test(template) && !template.endsWith('-extended');
      const reminderTemplates = (id: string) => notificationsOf(t.dataSource, id).then((rows) => rows.filter((n) => isReminder(n.template)));
      expect(await reminderTemplates(met.id)).toEqual([]);
      expect(await reminderTemplates(extended.id)).toEqual([]);
      expect((await notificationsOf(t.dataSource, extended.id)).filter((n) => n.template === 'deadline-extended').map((n) => n.recipientId)).toEqual([coach.user.id]);
      expect(await reminderTemplates(withdrawn.id)).toEqual([]);
      expect(sink.messages.slice(sentBefore).filter((mail) => isReminder(mail.headers['x-notification-template'] ?? ''))).toEqual([]);
    });
  });
});
