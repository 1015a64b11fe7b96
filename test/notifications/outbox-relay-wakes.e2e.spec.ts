import type { TestingModule } from '@nestjs/testing';
import { OUTBOX_LISTENER_APPLICATION_NAME } from '../../src/notifications/outbox-listener.js';
import { enqueueNotification } from '../../src/notifications/outbox.js';
import { OutboxRelay } from '../../src/notifications/outbox-relay.service.js';
import { createDraft, step } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';
import { SmtpSink } from './support/smtp-sink.js';
import { notificationsOf, startWorker, waitFor } from './support/worker.js';

/**
 * The relay wakes by itself: PostgreSQL notifies it of committed rows and a timer wakes it for the
 * earliest future one. The safety poll is set to an hour here, and nothing calls kick() on the
 * rows under test, so only a notification or the timer can relay them.
 */
describe('outbox relay wakes on NOTIFY and on its timer, not by polling', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;
  let owner: Awaited<ReturnType<typeof createUser>>;

  const listenerPids = async (): Promise<number[]> =>
    (
      (await t.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [
        OUTBOX_LISTENER_APPLICATION_NAME,
      ])) as { pid: number }[]
    ).map((row) => row.pid);
  const outboxRow = async (id: string): Promise<{ relayedWhenDue: boolean | null; dispatched: boolean }> =>
    (
      await t.dataSource.query(`SELECT dispatched_at IS NOT NULL AS dispatched, dispatched_at >= available_at AS "relayedWhenDue" FROM outbox WHERE id = $1`, [id])
    )[0];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, OUTBOX_SAFETY_POLL_MS: '3600000' });
    await t.reset();
    worker = await startWorker(t.config);
    await waitFor('the relay to listen', () => worker.get(OutboxRelay).isListening);
    owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
  });

  it('relays a reminder when it falls due, woken by its timer, not before', async () => {
    const draft = await createDraft(t, owner.auth, { name: 'Wekker' });
    const outboxId = await t.dataSource.transaction((manager) =>
      enqueueNotification(
        manager,
        { template: 'conditions-due', applicationId: draft.id, recipientIds: [owner.user.id], details: { conditionsDeadline: '2026-09-01T10:00:00Z' } },
        new Date(Date.now() + 1500),
      ),
    );

    await waitFor('the reminder to be relayed', async () => (await outboxRow(outboxId)).dispatched, 30_000);
    expect((await outboxRow(outboxId)).relayedWhenDue).toBe(true);
    await waitFor('the reminder mail', () => sink.to(owner.user.email).some((mail) => mail.subject.includes('Wekker')), 30_000);
    expect((await notificationsOf(t.dataSource, draft.id)).map((row) => row.template)).toEqual(['conditions-due']);
  });

  it('relays a row another connection commits, woken by PostgreSQL’s notification', async () => {
    const secretary = await createUser(t, ['secretary'], { name: 'Sanne Secretaris', organisation: 'Movisie' });
    const draft = await createDraft(t, owner.auth, { name: 'Seintje' });
    // The API process (its own connections) writes the transition's outbox row.
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });

    await waitFor('both mails', () => sink.to(secretary.user.email).length + sink.to(owner.user.email).filter((mail) => mail.subject.includes('Seintje')).length >= 2, 30_000);
    const rows = await notificationsOf(t.dataSource, draft.id);
    expect(rows.map((row) => row.template).sort()).toEqual(['application-received', 'application-submitted']);
  });

  it('listens again after its connection is terminated, and relays what was committed meanwhile and after', async () => {
    const [before] = await listenerPids();
    expect(before).toBeDefined();
    const draftMeanwhile = await createDraft(t, owner.auth, { name: 'Tijdens' });
    const draftAfter = await createDraft(t, owner.auth, { name: 'Daarna' });

    await t.dataSource.query(`SELECT pg_terminate_backend($1)`, [before]);
    // Committed while the relay may not be listening: the catch-up pass after reconnecting relays it.
    const meanwhile = await t.dataSource.transaction((manager) =>
      enqueueNotification(manager, { template: 'conditions-due', applicationId: draftMeanwhile.id, recipientIds: [owner.user.id], details: { conditionsDeadline: '2026-09-01T10:00:00Z' } }),
    );
    const after = await waitFor('a new LISTEN connection', async () => {
      const pids = await listenerPids();
      return pids.length === 1 && pids[0] !== before && worker.get(OutboxRelay).isListening ? pids[0] : null;
    }, 30_000);
    expect(after).not.toBe(before);
    await waitFor('the row committed meanwhile to be relayed', async () => (await outboxRow(meanwhile)).dispatched, 30_000);
    // Its mail is out, so the fan-out's own kick() is behind us: only a notification can wake the relay now.
    await waitFor('the mail of the row committed meanwhile', () => sink.to(owner.user.email).some((mail) => mail.subject.includes('Tijdens')), 30_000);

    const later = await t.dataSource.transaction((manager) =>
      enqueueNotification(manager, { template: 'conditions-due', applicationId: draftAfter.id, recipientIds: [owner.user.id], details: { conditionsDeadline: '2026-09-01T10:00:00Z' } }),
    );
    await waitFor('the row committed after to be relayed', async () => (await outboxRow(later)).dispatched, 30_000);
    expect(await listenerPids()).toEqual([after]);
  });
});
