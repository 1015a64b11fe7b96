import { notificationMessageId } from '../../src/notifications/mail-delivery.service.js';
import { enqueueOutbox, OUTBOX_TOPICS } from '../../src/notifications/outbox.js';
import { createDraft } from '../support/applications.js';
import { ServerProcess } from '../support/server-process.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { SmtpSink } from './support/smtp-sink.js';
import { waitFor } from './support/worker.js';
import { workerEnvironment } from './support/worker-environment.js';

const NOTIFICATIONS = 60;
/** The worker is killed when this many of the mails have arrived: mid-batch each time. */
const KILL_AFTER = [8, 20, 32, 44];
const SMTP_DELAY_MS = 150;
/** Mails one worker sends at a time (MailProcessor): a kill interrupts at most this many. */
const MAIL_CONCURRENCY = 4;

/**
 * The worker is killed (SIGKILL) again and again while it mails a batch, and started again. Every
 * notification arrives. A duplicate needs a kill that lands between the server's 250 and the
 * worker recording `sent` (the sink only accepts a message when it answers 250, and refuses one
 * whose client went away before that), and it carries the same Message-ID as the first copy.
 */
describe('mail: a worker killed while it sends', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: ServerProcess | undefined;

  beforeAll(async () => {
    sink = await SmtpSink.start({ delayMs: SMTP_DELAY_MS });
    t = await createTestApp({ SMTP_URL: sink.url });
    await t.reset();
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
    await sink?.close();
  });

  it('loses no mail, and a duplicate is the same message (same Message-ID) resent after a kill', async () => {
    const owners: Awaited<ReturnType<typeof createUser>>[] = [];
    for (let i = 0; i < 4; i++) owners.push(await createUser(t, ['owner']));
    const draft = await createDraft(t, owners[0].auth, { name: 'Veel post' });
    const ids: string[] = await t.dataSource.transaction(async (manager) => {
      const written: string[] = [];
      for (let i = 0; i < NOTIFICATIONS; i++) {
        const [{ id }]: { id: string }[] = await manager.query(
          `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params)
           VALUES ($1, $2, $3, 'SUBMIT', 'application-received', 'owner', '{}') RETURNING id`,
          [`killed-worker-${i}:application-received`, owners[i % owners.length].user.id, draft.id],
        );
        await enqueueOutbox(manager, { topic: OUTBOX_TOPICS.mail, applicationId: draft.id, payload: { notificationId: id } });
        written.push(id);
      }
      return written;
    });
    const ours = new Set(ids);
    const received = () => sink.messages.filter((mail) => ours.has(mail.headers['x-notification-id']));
    const distinctReceived = () => new Set(received().map((mail) => mail.headers['x-notification-id'])).size;

    // While the batch goes out: is a worker session ever left inside a transaction over a notification?
    let heldOpen = 0;
    const watchTransactions = async () => {
      const [{ n }]: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'erkenning-worker'
            AND state = 'idle in transaction' AND query ILIKE '%notifications%'`,
      );
      heldOpen = Math.max(heldOpen, n);
    };
    const waitWhileSending = async (what: string, done: () => Promise<boolean> | boolean) => {
      try {
        await waitFor(what, async () => (await watchTransactions(), done()), 30_000, 10);
      } catch (error) {
        throw new Error(`${(error as Error).message}\nworker output: ${worker?.output()}`);
      }
    };

    // A short job lock, so the jobs of a killed worker come back within seconds.
    const environment = workerEnvironment(t.config, { JOB_LOCK_DURATION_MS: '2000' });
    worker = ServerProcess.start('worker', environment);
    for (const threshold of KILL_AFTER) {
      await waitWhileSending(`${threshold} mails`, () => distinctReceived() >= threshold);
      await worker.kill();
      worker = ServerProcess.start('worker', environment);
    }
    await waitWhileSending('every notification sent', async () => {
      const [{ n }]: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE id = ANY($1::uuid[]) AND mail_status = 'sent'`,
        [ids],
      );
      return n === NOTIFICATIONS;
    });
    await worker.stop();

    // Nothing lost: every notification arrived at least once.
    const copies = new Map<string, string[]>();
    for (const mail of received()) {
      const id = mail.headers['x-notification-id'];
      copies.set(id, [...(copies.get(id) ?? []), mail.messageId]);
    }
    expect(ids.filter((id) => !copies.has(id))).toEqual([]);

    // Every copy is the same message: the notification's own Message-ID, as recorded.
    const rows: { id: string; mailMessageId: string; mailAttempts: number }[] = await t.dataSource.query(
      `SELECT id, mail_message_id AS "mailMessageId", mail_attempts AS "mailAttempts" FROM notifications WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) {
      expect(row.mailMessageId).toBe(notificationMessageId(row.id, t.config.MAIL_FROM));
      expect(new Set(copies.get(row.id))).toEqual(new Set([row.mailMessageId]));
      // Each copy was its own claim: a resend after a kill, never two sends under one claim.
      expect(row.mailAttempts).toBeGreaterThanOrEqual(copies.get(row.id)!.length);
    }
    // Only mails in flight at a kill can go twice.
    const duplicates = [...copies.values()].reduce((sum, messageIds) => sum + messageIds.length - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(KILL_AFTER.length * MAIL_CONCURRENCY);

    // No transaction (nor row lock) stayed open while the SMTP server took its time.
    expect(heldOpen).toBe(0);
  }, 120_000);
});
