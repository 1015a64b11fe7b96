import type { TestingModule } from '@nestjs/testing';
import request from 'supertest';
import { MailDelivery } from '../../src/notifications/mail-delivery.service.js';
import { NotificationFanOut } from '../../src/notifications/notification-fan-out.service.js';
import { enqueueNotification } from '../../src/notifications/outbox.js';
import { MAIL_ATTEMPTS } from '../../src/notifications/outbox-routes.js';
import type { TrackTransitionMessage } from '../../src/track/track-effects.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testQueue } from '../support/test-queue.js';
import { createUser } from '../support/users.js';
import { SmtpSink } from './support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor, waitUntilSettled } from './support/worker.js';

const APP_URL = 'https://erkenning.example';

describe('notifications: outbox relay, fan-out and mail (real Redis, BullMQ worker and SMTP server)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let otherOwner: Awaited<ReturnType<typeof createUser>>;
  let secretaryNl: Awaited<ReturnType<typeof createUser>>;
  let secretaryEn: Awaited<ReturnType<typeof createUser>>;
  let coach: Awaited<ReturnType<typeof createUser>>;

  const settle = () => waitUntilSettled(worker, t.dataSource, t.config.REDIS_URL);
  const mailsOf = async (applicationId: string) =>
    sink.withHeader('X-Notification-Id', (await notificationsOf(t.dataSource, applicationId)).map((row) => row.id));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, APP_URL, MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar', language: 'nl' });
    otherOwner = await createUser(t, ['owner'], { name: 'Otto Ander', language: 'nl' });
    secretaryNl = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie', language: 'nl' });
    secretaryEn = await createUser(t, ['secretary'], { name: 'Sam Secretary', organisation: 'Movisie', language: 'en' });
    coach = await createUser(t, ['coach'], { name: 'Chris Coach', organisation: 'Movisie', language: 'en' });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('submission mails every secretary in their own language and confirms to the owner, once each', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Samen & sterk <script>alert(1)</script>' });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });

    await waitFor('three mails', async () => (await mailsOf(draft.id)).length >= 3);
    await settle();
    const mails = await mailsOf(draft.id);
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual([owner.user.email, secretaryNl.user.email, secretaryEn.user.email].sort());

    const [dutch] = sink.to(secretaryNl.user.email).filter((mail) => mails.includes(mail));
    expect(dutch.subject).toBe('Nieuwe aanmelding: Samen & sterk <script>alert(1)</script>');
    expect(dutch.text).toContain('Beste Sanne Secretaris,');
    expect(dutch.text).toContain(`Aanmelding beoordelen: ${APP_URL}/aanmeldingen/${draft.id}`);
    expect(dutch.html).toContain(`href="${APP_URL}/aanmeldingen/${draft.id}"`);
    expect(dutch.html).toContain('Samen &amp; sterk &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dutch.html).not.toContain('<script>');

    const [english] = sink.to(secretaryEn.user.email).filter((mail) => mails.includes(mail));
    expect(english.subject).toBe('New application: Samen & sterk <script>alert(1)</script>');
    expect(english.text).toContain('Dear Sam Secretary,');

    const [confirmation] = sink.to(owner.user.email).filter((mail) => mails.includes(mail));
    expect(confirmation.subject).toBe('Aanmelding ontvangen: Samen & sterk <script>alert(1)</script>');
    expect(confirmation.text).toContain(String(draft.reference));

    // The log: one row per recipient, sent, with the message id the SMTP server saw.
    const rows = await notificationsOf(t.dataSource, draft.id);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ mailStatus: 'sent', mailAttempts: 1, mailError: null });
      // Derived from the notification, so every try of it carries the same one.
      expect(row.mailMessageId).toBe(`<${row.id}@movisie.example>`);
      expect(mails.find((mail) => mail.headers['x-notification-id'] === row.id)!.messageId).toBe(row.mailMessageId);
    }
    expect(sink.to(coach.user.email)).toEqual([]);
  });

  it('admission tells the owner and the new coach (in English), not the secretary who admitted', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Toegelaten interventie' });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await step(t, secretaryNl.auth, draft.id, 'admit', { version: 2, coachId: coach.user.id });
    await settle();

    const rows = await notificationsOf(t.dataSource, draft.id);
    const admission = rows.filter((row) => ['application-admitted', 'coach-assigned'].includes(row.template));
    expect(admission.map((row) => [row.template, row.recipientId]).sort()).toEqual(
      [
        ['application-admitted', owner.user.id],
        ['coach-assigned', coach.user.id],
      ].sort(),
    );
    const coachMail = sink.to(coach.user.email).find((mail) => mail.headers['x-notification-template'] === 'coach-assigned')!;
    expect(coachMail.subject).toBe('You are the coach of Toegelaten interventie');
    expect(rows.filter((row) => row.recipientId === secretaryNl.user.id).map((row) => row.template)).toEqual(['application-submitted']);
  });

  it('sends once however often a job or a row is processed again', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Dubbel verwerkt' });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await settle();
    expect(await mailsOf(draft.id)).toHaveLength(3);
    const [outbox]: { id: string; payload: TrackTransitionMessage }[] = await t.dataSource.query(
      `SELECT id, payload FROM outbox WHERE application_id = $1 AND topic = 'track.transition'`,
      [draft.id],
    );
    const [sent] = await notificationsOf(t.dataSource, draft.id);

    // 1. The same mail job again, through the real queue and worker: it finds the row sent.
    const mailQueue = testQueue(t.config, 'mail');
    try {
      const again = await mailQueue.add('send-mail', { notificationId: sent.id, outboxId: 'redelivered' }, { jobId: `again-${sent.id}` });
      const finished = await waitFor('the repeated job', async () => {
        const job = await mailQueue.getJob(again.id!);
        return (await job?.getState()) === 'completed' ? job : null;
      });
      expect(finished.returnvalue).toBe('already-sent');
    } finally {
      await mailQueue.close();
    }

    // 2. The transition's fan-out again: the unique (source, recipient) key creates nothing.
    expect(await worker.get(NotificationFanOut).fromTransition(outbox.id, outbox.payload)).toEqual({ created: 0 });

    // 3. The relay again for a row it already relayed (as if marking it dispatched had not committed).
    await t.dataSource.query(`UPDATE outbox SET dispatched_at = NULL WHERE id = $1`, [outbox.id]);
    await settle();
    const [{ dispatched }] = await t.dataSource.query(`SELECT dispatched_at IS NOT NULL AS dispatched FROM outbox WHERE id = $1`, [outbox.id]);
    expect(dispatched).toBe(true);

    expect(await mailsOf(draft.id)).toHaveLength(3);
    expect(await notificationsOf(t.dataSource, draft.id)).toHaveLength(3);
  });

  it('delivers a notification once when two deliveries race for it', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Gelijktijdig' });
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params)
       VALUES ('race:application-received', $1, $2, 'SUBMIT', 'application-received', 'owner', '{}') RETURNING id`,
      [owner.user.id, draft.id],
    );
    const delivery = worker.get(MailDelivery);
    const outcomes = await Promise.all([delivery.deliver(row.id, { final: false }), delivery.deliver(row.id, { final: false })]);
    // The second finds the first one's claim (its job would look again once that lapsed), or, when
    // the first has already finished over a warm pooled connection, the mail marked sent.
    const [sent, other] = outcomes.sort((a, b) => (a === 'sent' ? -1 : b === 'sent' ? 1 : 0));
    expect(sent).toBe('sent');
    expect(['being-sent', 'already-sent']).toContain(other);
    expect(sink.withHeader('X-Notification-Id', [row.id])).toHaveLength(1);
    expect(await delivery.deliver(row.id, { final: false })).toBe('already-sent');
  });

  it('leaves a mail another worker is sending alone, and takes over the claim of one that died, with the same Message-ID', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Overgenomen' });
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params, mail_status, mail_attempts, mail_claimed_at, mail_claim_token)
       VALUES ('claimed:application-received', $1, $2, 'SUBMIT', 'application-received', 'owner', '{}', 'sending', 1, now(), gen_random_uuid()) RETURNING id`,
      [owner.user.id, draft.id],
    );
    // Its job (a second one, say re-added after Redis lost the first) waits instead of sending it again.
    const mailQueue = testQueue(t.config, 'mail');
    try {
      const job = await mailQueue.add('send-mail', { notificationId: row.id, outboxId: 'second' }, { jobId: `claimed-${row.id}`, attempts: MAIL_ATTEMPTS });
      await waitFor('the job to wait for the claim', async () => (await job.getState()) === 'delayed');
      expect(sink.withHeader('X-Notification-Id', [row.id])).toHaveLength(0);

      // The claim outlives the job lock: its worker died. The next try takes it over and sends.
      await t.dataSource.query(`UPDATE notifications SET mail_claimed_at = now() - interval '1 hour' WHERE id = $1`, [row.id]);
      await (await mailQueue.getJob(job.id!))!.promote();
      const finished = await waitFor('the job to finish', async () => {
        const current = await mailQueue.getJob(job.id!);
        return (await current?.getState()) === 'completed' ? current : null;
      });
      expect(finished.returnvalue).toBe('sent');
    } finally {
      await mailQueue.close();
    }
    const [sent] = (await notificationsOf(t.dataSource, draft.id)).filter((n) => n.id === row.id);
    expect(sent).toMatchObject({ mailStatus: 'sent', mailAttempts: 2, mailMessageId: `<${row.id}@movisie.example>` });
    const mails = sink.withHeader('X-Notification-Id', [row.id]);
    expect(mails.map((mail) => mail.messageId)).toEqual([sent.mailMessageId]);
  });

  it('ends a permanently refused mail as failed after one try, without retrying', async () => {
    const refused = await createUser(t, ['owner'], { email: `weigert-${Date.now()}@example.nl` });
    sink.rejectRecipient(refused.user.email);
    const draft = await createDraft(t, refused.auth, { name: 'Onbestelbaar' });
    await step(t, refused.auth, draft.id, 'submit', { version: 1 });
    await settle();

    const [received] = (await notificationsOf(t.dataSource, draft.id)).filter((row) => row.recipientId === refused.user.id);
    expect(received).toMatchObject({ template: 'application-received', mailStatus: 'failed', mailAttempts: 1, sentAt: null });
    expect(received.mailError).toContain('550');
    const mailQueue = testQueue(t.config, 'mail');
    try {
      const failed = (await mailQueue.getFailed()).filter((job) => job.data.notificationId === received.id);
      expect(failed).toHaveLength(1);
      expect(failed[0].attemptsMade).toBe(1);
    } finally {
      await mailQueue.close();
    }
    // The secretaries still got theirs.
    expect((await mailsOf(draft.id)).map((mail) => mail.to[0]).sort()).toEqual([secretaryNl.user.email, secretaryEn.user.email].sort());

    const timeline = await request(t.server).get(`/applications/${draft.id}/timeline`).set(secretaryNl.auth).expect(200);
    const log = timeline.body.filter((line: { eventType: string }) => line.eventType === 'NOTIFICATION');
    expect(log).toHaveLength(3);
    expect(log.find((line: { payload: { recipientId: string } }) => line.payload.recipientId === refused.user.id).payload).toMatchObject({
      template: 'application-received',
      mailStatus: 'failed',
      mailAttempts: 1,
    });
    // What was sent to whom, in the reader's language: the message's subject beside the recipient.
    const sentToRefused = (lines: { payload: { recipientId: string; subject: string; recipientName: string } }[]) => lines.find((line) => line.payload.recipientId === refused.user.id)!.payload;
    expect(sentToRefused(log)).toMatchObject({ subject: expect.stringMatching(/^Aanmelding ontvangen: /), recipientName: refused.user.name });
    const inEnglish = (await request(t.server).get(`/applications/${draft.id}/timeline`).set(secretaryEn.auth).expect(200)).body;
    expect(sentToRefused(inEnglish.filter((line: { eventType: string }) => line.eventType === 'NOTIFICATION'))).toMatchObject({ subject: expect.stringMatching(/^Application received: /) });
    const ownTimeline = await request(t.server).get(`/applications/${draft.id}/timeline`).set(refused.auth).expect(200);
    expect(ownTimeline.body.some((line: { eventType: string }) => line.eventType === 'NOTIFICATION')).toBe(false);
  });

  it('retries a temporary failure with backoff and sends once; gives up as failed after the last try', async () => {
    const flaky = await createUser(t, ['owner'], { email: `wankel-${Date.now()}@example.nl` });
    sink.failTemporarily(flaky.user.email, 2);
    const first = await createDraft(t, flaky.auth, { name: 'Even geduld' });
    await step(t, flaky.auth, first.id, 'submit', { version: 1 });
    await settle();
    const [recovered] = (await notificationsOf(t.dataSource, first.id)).filter((row) => row.recipientId === flaky.user.id);
    expect(recovered).toMatchObject({ mailStatus: 'sent', mailAttempts: 3 });
    expect(sink.withHeader('X-Notification-Id', [recovered.id])).toHaveLength(1);

    sink.failTemporarily(flaky.user.email, Infinity);
    const second = await createDraft(t, flaky.auth, { name: 'Blijft haperen' });
    await step(t, flaky.auth, second.id, 'submit', { version: 1 });
    await settle();
    const [exhausted] = (await notificationsOf(t.dataSource, second.id)).filter((row) => row.recipientId === flaky.user.id);
    expect(exhausted).toMatchObject({ mailStatus: 'failed', mailAttempts: MAIL_ATTEMPTS });
    expect(exhausted.mailError).toContain('451');
    expect(sink.withHeader('X-Notification-Id', [exhausted.id])).toHaveLength(0);
  });

  it('holds a notification with a future due time until it is due, and drops one whose case moved on', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Herinnering' });
    const due = new Date(Date.now() + 3600_000);
    const outboxId = await t.dataSource.transaction((manager) =>
      enqueueNotification(manager, { template: 'conditions-due', applicationId: draft.id, recipientIds: [owner.user.id], details: { conditionsDeadline: '2026-09-01T10:00:00Z' } }, due),
    );
    await settle();
    expect(await notificationsOf(t.dataSource, draft.id)).toEqual([]);
    const [pending] = await t.dataSource.query(`SELECT dispatched_at FROM outbox WHERE id = $1`, [outboxId]);
    expect(pending.dispatched_at).toBeNull();

    await t.dataSource.query(`UPDATE outbox SET available_at = now() WHERE id = $1`, [outboxId]);
    await settle();
    const mails = await mailsOf(draft.id);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Termijn voor de aanvullingen loopt af: Herinnering');
    expect(mails[0].text).toContain('1 september 2026');

    // Scheduled for version 1, but the application has moved on: nothing is sent.
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await t.dataSource.transaction((manager) =>
      enqueueNotification(manager, { template: 'conditions-due', applicationId: draft.id, recipientIds: [owner.user.id], ifVersion: 1 }),
    );
    await settle();
    expect((await notificationsOf(t.dataSource, draft.id)).filter((row) => row.template === 'conditions-due')).toHaveLength(1);
  });

  it('lists a user’s own notifications, titled in their language, and marks them read', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Meldingenlijst' });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await settle();

    const english = await request(t.server).get('/notifications?unread=true').set(secretaryEn.auth).expect(200);
    const item = english.body.find((n: { applicationId: string }) => n.applicationId === draft.id);
    expect(item).toMatchObject({
      title: 'New application: Meldingenlijst',
      applicationReference: draft.reference,
      applicationName: 'Meldingenlijst',
      link: `${APP_URL}/aanmeldingen/${draft.id}`,
      readAt: null,
    });

    const mine = await request(t.server).get('/notifications').set(owner.auth).expect(200);
    // The owner's own step came as a receipt by mail; their in-app list stays quiet about it.
    expect(mine.body.some((n: { applicationId: string }) => n.applicationId === draft.id)).toBe(false);
    expect(sink.to(owner.user.email).some((mail) => mail.subject === 'Aanmelding ontvangen: Meldingenlijst')).toBe(true);
    expect(mine.body.every((n: { id: string }) => !english.body.some((e: { id: string }) => e.id === n.id))).toBe(true);

    // Someone else's notification is not there for them.
    await request(t.server).post(`/notifications/${item.id}/read`).set(otherOwner.auth).expect(404);
    await request(t.server).post(`/notifications/${item.id}/read`).set(owner.auth).expect(404);
    await request(t.server).post('/notifications/not-a-uuid/read').set(owner.auth).expect(400);
    await request(t.server).get('/notifications?unread=maybe').set(owner.auth).expect(400);

    const read = await request(t.server).post(`/notifications/${item.id}/read`).set(secretaryEn.auth).expect(200);
    expect(read.body.readAt).not.toBeNull();
    const unread = await request(t.server).get('/notifications?unread=true').set(secretaryEn.auth).expect(200);
    expect(unread.body.some((n: { id: string }) => n.id === item.id)).toBe(false);

    const all = await request(t.server).post('/notifications/read-all').set(secretaryEn.auth).expect(200);
    expect(all.body.updated).toBeGreaterThan(0);
    expect((await request(t.server).get('/notifications?unread=true').set(secretaryEn.auth).expect(200)).body).toEqual([]);
    // The other secretary's unread ones are untouched by this one's read-all.
    expect((await request(t.server).get('/notifications?unread=true').set(secretaryNl.auth).expect(200)).body.length).toBeGreaterThan(0);
    await request(t.server).get('/notifications').expect(401);
  });
});
