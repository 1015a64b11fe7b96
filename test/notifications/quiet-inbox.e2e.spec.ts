import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { DAILY_DIGEST_SCHEDULER } from '../../src/deadlines/deadlines.processor.js';
import { QUEUES } from '../../src/jobs/queues.js';
import { DailyDigest } from '../../src/notifications/daily-digest.service.js';
import { NotificationFanOut } from '../../src/notifications/notification-fan-out.service.js';
import { DOMAIN_TRIGGERS, WHO_HEARS_WHAT, type NotificationTrigger } from '../../src/notifications/who-hears-what.js';
import { SchedulerKeeper } from '../../src/operations/scheduler-keeper.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testQueue } from '../support/test-queue.js';
import { createUser } from '../support/users.js';
import { SmtpSink } from './support/smtp-sink.js';
import { notificationsOf, startWorker, waitUntilSettled } from './support/worker.js';

interface GroupBody {
  key: string;
  applicationId: string | null;
  applicationName: string | null;
  day: string;
  relativeDay: string;
  count: number;
  unreadCount: number;
  items: { id: string; title: string; readAt: string | null }[];
}

describe('a quieter inbox: no own steps, grouped per case and day, delivery per topic, daily digest (real Redis, worker and SMTP)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let secretary: Awaited<ReturnType<typeof createUser>>;
  let digestSecretary: Awaited<ReturnType<typeof createUser>>;
  let quietSecretary: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;

  const settle = () => waitUntilSettled(worker, t.dataSource, t.config.REDIS_URL);
  const groupsOf = async (auth: Record<string, string>, query = '') => (await request(t.server).get(`/notifications/groups${query}`).set(auth).expect(200)).body as GroupBody[];
  const mailsTo = (email: string, template: string) => sink.to(email).filter((mail) => mail.headers['x-notification-template'] === template);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    secretary = await createUser(t, ['secretary'], { name: 'Sanne Direct', language: 'nl' });
    digestSecretary = await createUser(t, ['secretary'], { name: 'Dirk Dagoverzicht', language: 'nl' });
    quietSecretary = await createUser(t, ['secretary'], { name: 'Stijn Stil', language: 'en' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', language: 'nl' });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('never lists a step in the in-app list of the one who took it, for every trigger and every kind of recipient', async () => {
    // One person who is everything at once: owner, coach, secretary, chair and addressed. A co-owner shows the rest is heard.
    const actor = await createUser(t, ['owner', 'secretary', 'chair', 'coach'], { name: 'Alles Tegelijk' });
    const coOwner = await createUser(t, ['owner'], { name: 'Mede Eigenaar' });
    const draft = await createDraft(t, actor.auth, { name: 'Eigen stappen' });
    await t.dataSource.query(`INSERT INTO application_owners (application_id, user_id) VALUES ($1, $2)`, [draft.id, coOwner.user.id]);
    await t.dataSource.query(`UPDATE applications SET coach_id = $2 WHERE id = $1`, [draft.id, actor.user.id]);
    const fanOut = worker.get(NotificationFanOut);

    const triggers = Object.keys(WHO_HEARS_WHAT) as NotificationTrigger[];
    for (const trigger of triggers) {
      const outboxId = randomUUID();
      if ((DOMAIN_TRIGGERS as readonly string[]).includes(trigger))
        await fanOut.fromNotify(outboxId, { trigger, applicationId: draft.id, actorId: actor.user.id, recipientIds: [actor.user.id, coOwner.user.id] });
      else
        await fanOut.fromTransition(outboxId, {
          applicationId: draft.id,
          event: trigger,
          fromState: 'submitted',
          toState: 'submitted',
          actorId: actor.user.id,
          auditEventId: randomUUID(),
          applicationVersion: 1,
          details: {},
        });
    }
    await settle();

    const rows: { recipientId: string; template: string; inApp: boolean; mailStatus: string }[] = await t.dataSource.query(
      `SELECT recipient_id AS "recipientId", template, in_app AS "inApp", mail_status AS "mailStatus" FROM notifications WHERE application_id = $1`,
      [draft.id],
    );
    const own = rows.filter((row) => row.recipientId === actor.user.id);
    // Only owners' receipts reach the actor, by mail; nothing of theirs is in their list.
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => !row.inApp && row.mailStatus === 'sent')).toBe(true);
    expect(new Set(own.map((row) => row.template))).toEqual(
      new Set(triggers.flatMap((trigger) => WHO_HEARS_WHAT[trigger].filter((rule) => rule.to.includes('owners')).map((rule) => rule.template))),
    );
    expect((await request(t.server).get('/notifications').set(actor.auth).expect(200)).body).toEqual([]);
    expect(await groupsOf(actor.auth)).toEqual([]);
    // The co-owner hears of all the owners' templates in the app.
    expect(rows.filter((row) => row.recipientId === coOwner.user.id && row.inApp).length).toBe(own.length + 2 /* addressed: INVITATION_SENT, INVITATION_EXPIRED */);
  });

  it('gives the owner a receipt by mail but nothing in the app; the secretary who admits hears nothing of it', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Ontvangstbevestiging' });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await step(t, secretary.auth, draft.id, 'admit', { version: 2, coachId: coach.user.id });
    await settle();

    expect(mailsTo(owner.user.email, 'application-received')).toHaveLength(1);
    const ownerList = (await request(t.server).get('/notifications').set(owner.auth).expect(200)).body as { title: string }[];
    expect(ownerList.map((item) => item.title)).toEqual(['Uw aanmelding is toegelaten: Ontvangstbevestiging']);
    const rows = await notificationsOf(t.dataSource, draft.id);
    expect(rows.filter((row) => row.recipientId === secretary.user.id).map((row) => row.template)).toEqual(['application-submitted']);
  });

  it('groups the list per application and per day, marks one group read, and answers 400 for a bad group', async () => {
    const first = await createDraft(t, owner.auth, { name: 'Rond met Geld' });
    const second = await createDraft(t, owner.auth, { name: 'Buurtkracht' });
    await step(t, owner.auth, first.id, 'submit', { version: 1 });
    await step(t, owner.auth, second.id, 'submit', { version: 1 });
    await step(t, secretary.auth, first.id, 'request-information', { version: 2, question: 'Hoeveel locaties?' });
    await step(t, owner.auth, first.id, 'provide-information', { version: 3, answer: 'Drie locaties.' });
    await settle();

    const groups = await groupsOf(secretary.auth);
    const roundWithMoney = groups.find((group) => group.applicationId === first.id)!;
    expect(roundWithMoney).toMatchObject({ applicationName: 'Rond met Geld', relativeDay: 'today', count: 2, unreadCount: 2 });
    expect(roundWithMoney.items.map((item) => item.title)).toEqual(['Antwoord ontvangen: Rond met Geld', 'Nieuwe aanmelding: Rond met Geld']);
    expect(groups.find((group) => group.applicationId === second.id)).toMatchObject({ count: 1, unreadCount: 1 });

    // Someone else's group: nothing of theirs changes.
    await request(t.server).post('/notifications/groups/read').set(coach.auth).send({ applicationId: first.id, day: roundWithMoney.day }).expect(200, { updated: 0 });
    expect((await groupsOf(secretary.auth)).find((group) => group.applicationId === first.id)!.unreadCount).toBe(2);

    await request(t.server).post('/notifications/groups/read').set(secretary.auth).send({ applicationId: first.id, day: roundWithMoney.day }).expect(200, { updated: 2 });
    const unread = await groupsOf(secretary.auth, '?unread=true');
    expect(unread.some((group) => group.applicationId === first.id)).toBe(false);
    expect(unread.some((group) => group.applicationId === second.id)).toBe(true);

    const bad = await request(t.server).post('/notifications/groups/read').set(secretary.auth).send({ applicationId: 'nope', day: '7 december' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('applicationId');
    expect(JSON.stringify(bad.body)).toContain('day');
  });

  it('mails at once, keeps for the daily digest or stays in the app, as each user chose; mails that must go always go', async () => {
    const initial = (await request(t.server).get('/me/notification-preferences').set(digestSecretary.auth).expect(200)).body;
    expect(initial.topics.find((topic: { topic: string }) => topic.topic === 'intake')).toMatchObject({ delivery: 'immediate' });
    expect(initial.alwaysMailed).toEqual(expect.arrayContaining(['decision', 'application-refused', 'panel-invitation']));

    await request(t.server)
      .put('/me/notification-preferences')
      .set(digestSecretary.auth)
      .send({ preferences: [{ topic: 'intake', delivery: 'sometimes' }] })
      .expect(400);
    await request(t.server)
      .put('/me/notification-preferences')
      .set(digestSecretary.auth)
      .send({ preferences: [{ topic: 'intake', delivery: 'daily_digest' }] })
      .expect(200);
    await request(t.server).put('/me/notification-preferences').set(quietSecretary.auth).send({ preferences: [{ topic: 'intake', delivery: 'in_app' }] }).expect(200);
    await request(t.server).put('/me/notification-preferences').set(owner.auth).send({ preferences: [{ topic: 'intake', delivery: 'in_app' }] }).expect(200);
    // Each user sees only their own choice.
    expect(
      (await request(t.server).get('/me/notification-preferences').set(secretary.auth).expect(200)).body.topics.find((topic: { topic: string }) => topic.topic === 'intake')
        .delivery,
    ).toBe('immediate');

    const draft = await createDraft(t, owner.auth, { name: 'Voorkeuren & "keuzes"' });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await step(t, secretary.auth, draft.id, 'refuse', { version: 2, reason: 'Valt buiten het domein.' });
    await settle();

    const rows = await notificationsOf(t.dataSource, draft.id);
    const statusOf = (userId: string, template: string) => rows.find((row) => row.recipientId === userId && row.template === template)?.mailStatus;
    expect(statusOf(secretary.user.id, 'application-submitted')).toBe('sent');
    expect(statusOf(digestSecretary.user.id, 'application-submitted')).toBe('digest');
    expect(statusOf(quietSecretary.user.id, 'application-submitted')).toBe('in_app');
    // The owner chose in-app for intake: no receipt of their own step at all, but the refusal is always mailed.
    expect(statusOf(owner.user.id, 'application-received')).toBeUndefined();
    expect(statusOf(owner.user.id, 'application-refused')).toBe('sent');
    expect(mailsTo(owner.user.email, 'application-refused').filter((mail) => mail.subject.includes('Voorkeuren'))).toHaveLength(1);
    const aboutThisOne = (mails: ReturnType<typeof mailsTo>) => mails.filter((mail) => mail.subject.includes('Voorkeuren'));
    expect(aboutThisOne(mailsTo(secretary.user.email, 'application-submitted'))).toHaveLength(1);
    expect(aboutThisOne(mailsTo(digestSecretary.user.email, 'application-submitted'))).toHaveLength(0);
    expect(aboutThisOne(mailsTo(quietSecretary.user.email, 'application-submitted'))).toHaveLength(0);
    // In the app all three secretaries have it.
    for (const person of [secretary, digestSecretary, quietSecretary])
      expect((await groupsOf(person.auth)).some((group) => group.applicationId === draft.id)).toBe(true);
  });

  it('sends one daily digest per user per day with their waiting items, on a kept job scheduler', async () => {
    const digest = worker.get(DailyDigest);
    const result = await digest.send();
    expect(result.digests).toBe(1);
    await settle();

    const [mail, ...more] = mailsTo(digestSecretary.user.email, 'daily-digest');
    expect(more).toEqual([]);
    expect(mail.subject).toBe('Dagoverzicht: 1 melding');
    expect(mail.text).toContain('Voorkeuren & "keuzes"');
    expect(mail.text).toContain('- Nieuwe aanmelding: Voorkeuren & "keuzes"');
    expect(mail.html).toContain('Voorkeuren &amp; &quot;keuzes&quot;');
    const [{ waiting }] = await t.dataSource.query(`SELECT count(*)::int AS waiting FROM notifications WHERE recipient_id = $1 AND mail_status = 'digest'`, [
      digestSecretary.user.id,
    ]);
    expect(waiting).toBe(0);
    // The digest mail is not a notification in the app.
    expect((await request(t.server).get('/notifications').set(digestSecretary.auth).expect(200)).body.map((item: { title: string }) => item.title)).not.toContain(
      'Dagoverzicht: 1 melding',
    );

    // Run again the same day: nothing new.
    expect(await digest.send()).toEqual({ digests: 0, items: 0 });
    await settle();
    expect(mailsTo(digestSecretary.user.email, 'daily-digest')).toHaveLength(1);

    // The scheduler is kept: after a Redis flush lost it, the keeper puts it back.
    const queue = testQueue(t.config, QUEUES.deadlines.name);
    try {
      const keeper = worker.get(SchedulerKeeper);
      await keeper.ready;
      expect(await queue.getJobScheduler(DAILY_DIGEST_SCHEDULER)).toMatchObject({ pattern: '0 7 * * *', tz: 'Europe/Amsterdam' });
      await queue.removeJobScheduler(DAILY_DIGEST_SCHEDULER);
      expect(await keeper.restore()).toContain(DAILY_DIGEST_SCHEDULER);
      expect(await queue.getJobScheduler(DAILY_DIGEST_SCHEDULER)).toBeTruthy();
    } finally {
      await queue.close();
    }
  });
});
