import type { TestingModule } from '@nestjs/testing';
import { enqueueOutbox, OUTBOX_TOPICS } from '../../src/notifications/outbox.js';
import { OutboxRelay } from '../../src/notifications/outbox-relay.service.js';
import { createDraft } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { SmtpSink } from './support/smtp-sink.js';
import { startWorker, waitFor } from './support/worker.js';

const MAIL_CONCURRENCY = 4;

interface MailRow {
  id: string;
  mailStatus: string;
  mailAttempts: number;
}

/**
 * The mail worker keeps its SMTP connections open and sends mail after mail over them, at most
 * MAIL_CONCURRENCY at a time; a connection the server ends is replaced without losing or
 * repeating a mail, and closing the worker mid-batch neither hangs nor loses one.
 */
describe('mail: pooled SMTP connections (real worker and SMTP server)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule | undefined;
  let recipientId: string;
  let applicationId: string;
  let batch = 0;

  beforeAll(async () => {
    sink = await SmtpSink.start({ delayMs: 20 });
    t = await createTestApp({ SMTP_URL: sink.url, MAIL_CONCURRENCY: String(MAIL_CONCURRENCY), MAIL_RETRY_DELAY_MS: '20' });
    await t.reset();
    worker = await startWorker(t.config);
    const owner = await createUser(t, ['owner']);
    recipientId = owner.user.id;
    applicationId = (await createDraft(t, owner.auth, { name: 'Veel post' })).id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  /** Writes `count` notifications to mail in one transaction, as the fan-out does, and has the relay pass them on. */
  async function writeMails(count: number): Promise<string[]> {
    const key = `pool-${++batch}`;
    const ids = await t.dataSource.transaction(async (manager) => {
      const written: string[] = [];
      for (let i = 0; i < count; i++) {
        const [{ id }]: { id: string }[] = await manager.query(
          `INSERT INTO notifications (source_key, recipient_id, application_id, trigger, template, audience, params)
           VALUES ($1, $2, $3, 'SUBMIT', 'application-received', 'owner', '{}') RETURNING id`,
          [`${key}-${i}:application-received`, recipientId, applicationId],
        );
        await enqueueOutbox(manager, { topic: OUTBOX_TOPICS.mail, applicationId, payload: { notificationId: id } });
        written.push(id);
      }
      return written;
    });
    await worker!.get(OutboxRelay).kick();
    return ids;
  }

  const rowsOf = (ids: string[]): Promise<MailRow[]> =>
    t.dataSource.query(`SELECT id, mail_status AS "mailStatus", mail_attempts AS "mailAttempts" FROM notifications WHERE id = ANY($1::uuid[])`, [ids]);

  async function waitUntilSent(ids: string[]): Promise<MailRow[]> {
    return waitFor(`${ids.length} mails sent`, async () => {
      const rows = await rowsOf(ids);
      return rows.every((row) => row.mailStatus === 'sent') ? rows : null;
    }, 30_000);
  }

  /** How many copies of each notification the server accepted. */
  const copiesOf = (ids: string[]) => ids.map((id) => sink.withHeader('X-Notification-Id', [id]).length);

  it('sends twenty mails over at most MAIL_CONCURRENCY connections, each mail once', async () => {
    const opened = sink.connectionsOpened;
    const ids = await writeMails(20);
    const rows = await waitUntilSent(ids);

    expect(copiesOf(ids)).toEqual(ids.map(() => 1));
    expect(rows.map((row) => row.mailAttempts)).toEqual(ids.map(() => 1));
    const connections = sink.connectionsOpened - opened;
    expect(connections).toBeGreaterThanOrEqual(1);
    expect(connections).toBeLessThanOrEqual(MAIL_CONCURRENCY);
  });

  it('replaces connections the server closed while idle (421), without a failed try', async () => {
    await waitUntilSent(await writeMails(4));
    sink.dropConnections();

    const ids = await writeMails(8);
    const rows = await waitUntilSent(ids);
    expect(copiesOf(ids)).toEqual(ids.map(() => 1));
    expect(rows.map((row) => row.mailAttempts)).toEqual(ids.map(() => 1));
  });

  it('sends a mail whose reused connection got a 421 before the message over a new connection, in the same try', async () => {
    await waitUntilSent(await writeMails(1));
    sink.refuseNextMails(1);

    const ids = await writeMails(1);
    const [row] = await waitUntilSent(ids);
    expect(sink.refusalsLeft).toBe(0);
    expect(copiesOf(ids)).toEqual([1]);
    expect(row.mailAttempts).toBe(1);
  });

  it('closes mid-batch without hanging; what it had not sent goes out with the next worker, once', async () => {
    const ids = await writeMails(40);
    await waitFor('the batch to be under way', () => copiesOf(ids).filter((copies) => copies > 0).length >= 8);
    await worker!.close();
    worker = undefined;

    // A job that was running when the worker closed finished its try: nothing is left `sending`.
    const afterClose = await rowsOf(ids);
    expect(afterClose.filter((row) => row.mailStatus === 'sending')).toEqual([]);
    expect(afterClose.filter((row) => row.mailStatus === 'failed')).toEqual([]);

    worker = await startWorker(t.config);
    await worker.get(OutboxRelay).kick();
    const rows = await waitUntilSent(ids);
    expect(copiesOf(ids)).toEqual(ids.map(() => 1));
    // The worker closed before its SMTP pool did: no job tried to send over a closed pool.
    expect(rows.map((row) => row.mailAttempts)).toEqual(ids.map(() => 1));
  });
});
