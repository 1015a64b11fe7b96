import { jest } from '@jest/globals';
import type { TestingModule } from '@nestjs/testing';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { readManifest } from '../../src/backup/backup-manifest.js';
import { tableCounts } from '../../src/backup/database-contents.js';
import { Watchdog } from '../../src/operations/watchdog.service.js';
import { DemoSeeder } from '../../src/seed/demo-seeder.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-users.js';
import { settle } from '../deadlines/support.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { startWorker } from '../notifications/support/worker.js';
import { binaryBody } from '../support/binary-body.js';
import { deleteKeysWithPrefix } from '../support/global-setup.js';
import { ServerProcess } from '../support/server-process.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testDatabaseName, testRedisPrefix, testRedisUrl } from '../support/test-config.js';
import { databaseUrl, withAdminClient } from '../support/test-databases.js';
import { secondFactorFor } from '../support/two-factor.js';

// The demo data takes every step of the track, and the backup and restore run as processes of their own.
jest.setTimeout(180_000);
/** A whole track's mails, on a machine other test runs share. */
const SETTLE_MS = 60_000;

const RESTORED_DATABASE = `${testDatabaseName}_restored`;
const RESTORED_REDIS_PREFIX = `${testRedisPrefix}_restored`;

/** What must come back, read from the database: the cases, documents, letters, deadlines, pending reminders and notifications. */
async function factsOf(dataSource: DataSource) {
  const [applications, documentVersions, letters, deadlines, pendingReminders, notifications, listings] = await Promise.all([
    dataSource.query(`SELECT id, reference, state, version FROM applications ORDER BY id`),
    dataSource.query(
      `SELECT d.application_id AS "applicationId", d.id AS "documentId", v.version, v.sha256
         FROM document_versions v JOIN documents d ON d.id = v.document_id ORDER BY d.id, v.version`,
    ),
    dataSource.query(`SELECT application_id AS "applicationId", sha256 FROM decision_letters ORDER BY id`),
    dataSource.query(`SELECT id, kind, status, due_at AS "dueAt", version FROM deadlines ORDER BY id`),
    dataSource.query(
      `SELECT id, payload, available_at AS "availableAt" FROM outbox WHERE topic = 'deadline.reminder' AND dispatched_at IS NULL ORDER BY id`,
    ),
    dataSource.query(`SELECT id, template, recipient_id AS "recipientId", mail_status AS "mailStatus" FROM notifications ORDER BY id`),
    dataSource.query(`SELECT id, slug, application_id AS "applicationId", withdrawn_at AS "withdrawnAt" FROM listings ORDER BY id`),
  ]);
  return { applications, documentVersions, letters, deadlines, pendingReminders, notifications, listings };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A "coming up" reminder still waiting in PostgreSQL, other than `except`. */
async function pendingBeforeReminder(dataSource: DataSource, except: string[] = []): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT id FROM outbox WHERE topic = 'deadline.reminder' AND dispatched_at IS NULL AND payload->>'stage' = 'before'
        AND payload->>'deadlineId' <> ALL($1::text[]) ORDER BY available_at, id LIMIT 1`,
    [except],
  );
  return row.id;
}

/** The clock reaches the reminder's time (as the deadline tests do): it becomes due now. */
async function makeDue(dataSource: DataSource, outboxId: string): Promise<string> {
  const [rows] = await dataSource.query(`UPDATE outbox SET available_at = now() WHERE id = $1 RETURNING payload->>'deadlineId' AS "deadlineId"`, [outboxId]);
  return rows[0].deadlineId;
}

/** A deadline's reminder notifications that go by mail, and the mails the sink received for them. */
async function reminderMails(dataSource: DataSource, sink: SmtpSink, deadlineId: string) {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT n.id FROM notifications n JOIN outbox o ON n.source_key LIKE o.id::text || ':%'
      WHERE o.topic = 'deadline.reminder' AND o.payload->>'deadlineId' = $1 AND n.mail_status <> 'in_app'`,
    [deadlineId],
  );
  return { notifications: rows.length, mails: sink.withHeader('X-Notification-Id', rows.map((row) => row.id)) };
}

/** How often the relay handed outbox rows to BullMQ, in all. */
async function relayAttempts(dataSource: DataSource): Promise<number> {
  const [{ attempts }] = await dataSource.query(`SELECT coalesce(sum(attempts), 0)::int AS attempts FROM outbox`);
  return attempts;
}

async function countsOf(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await tableCounts(client);
  } finally {
    await client.end();
  }
}

async function runToEnd(process: ServerProcess) {
  const code = await process.exited;
  return { code, output: process.output() };
}

describe('restore drill: a backup of a running system restores into an empty database and storage, without Redis', () => {
  let sink: SmtpSink;
  let sourceStorage: string;
  let backups: string;
  let restoredStorage: string;
  let source: TestApp;
  let sourceWorker: TestingModule;
  let restored: TestApp | undefined;
  let restoredWorker: TestingModule | undefined;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    [sourceStorage, backups, restoredStorage] = await Promise.all(['source', 'backups', 'restored'].map((name) => mkdtemp(join(tmpdir(), `erk-drill-${name}-`))));
    source = await createTestApp({ SMTP_URL: sink.url, STORAGE_DIR: sourceStorage });
    await source.reset();
    await source.app.get(DemoSeeder).seed();
    sourceWorker = await startWorker(source.config);
    await settle(sourceWorker, source.dataSource, source.config.REDIS_URL, SETTLE_MS);
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${RESTORED_DATABASE}" WITH (FORCE)`));
    const redis = new Redis(testRedisUrl, { maxRetriesPerRequest: 1 });
    await deleteKeysWithPrefix(redis, RESTORED_REDIS_PREFIX).finally(() => redis.disconnect());
  });

  afterAll(async () => {
    await restoredWorker?.close();
    await restored?.close();
    await sourceWorker?.close();
    await source?.close();
    await sink?.close();
    await Promise.all([sourceStorage, backups, restoredStorage].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('brings back every application, document, letter, pending reminder and listing, and sends no reminder twice', async () => {
    // Before the backup, one reminder is sent: the backup knows it as sent.
    const sentReminder = await pendingBeforeReminder(source.dataSource);
    const sentDeadline = await makeDue(source.dataSource, sentReminder);
    await settle(sourceWorker, source.dataSource, source.config.REDIS_URL, SETTLE_MS);
    const sentBeforeBackup = await reminderMails(source.dataSource, sink, sentDeadline);
    expect(sentBeforeBackup.notifications).toBeGreaterThan(0);
    expect(sentBeforeBackup.mails).toHaveLength(sentBeforeBackup.notifications);

    const before = await factsOf(source.dataSource);
    // Every phase of the track is in it, with documents, a letter, a listing and reminders still to come.
    expect(new Set(before.applications.map((a: { state: string }) => a.state)).size).toBeGreaterThanOrEqual(6);
    expect(before.documentVersions.length).toBeGreaterThan(0);
    expect(before.letters.length).toBeGreaterThan(0);
    expect(before.listings.length).toBeGreaterThan(0);
    expect(before.pendingReminders.length).toBeGreaterThan(1);
    const listingsBefore = (await request(source.server).get('/databank/interventions').expect(200)).body;
    const countsBefore = await countsOf(source.config.DATABASE_URL);
    const attemptsAtBackup = await relayAttempts(source.dataSource);

    // The backup, taken while the API and the worker run.
    const backup = await runToEnd(ServerProcess.start('cli/backup', { DATABASE_URL: source.config.DATABASE_URL, STORAGE_DIR: sourceStorage }, 'backup', [backups]));
    expect(backup).toMatchObject({ code: 0 });
    const backupDir = backup.output.trim().split('\n').at(-1)!;
    const manifest = await readManifest(backupDir);
    expect(manifest.database.tables).toEqual(countsBefore);
    expect(manifest.files.entries.map((file) => file.sha256).sort()).toEqual(
      [...before.documentVersions.map((v: { sha256: string }) => v.sha256), ...before.letters.map((l: { sha256: string }) => l.sha256)].sort(),
    );
    await sourceWorker.close();
    await source.close();

    // The restore, into a database that does not exist yet and an empty storage directory.
    const target = { DATABASE_URL: databaseUrl(RESTORED_DATABASE), STORAGE_DIR: restoredStorage };
    const restore = await runToEnd(ServerProcess.start('cli/restore', target, 'restore', [backupDir]));
    expect(restore).toMatchObject({ code: 0 });
    expect(restore.output).toContain(`${manifest.files.count} stored files`);
    expect(restore.output).toMatch(/; [1-9]\d* outbox rows handed back to the relay/);
    // Once restored, the target is not empty: a second restore is refused, and nothing is changed.
    const again = await runToEnd(ServerProcess.start('cli/restore', target, 'restore', [backupDir]));
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/Restore failed: the database "[^"]+" is not empty \(\d+ tables, views or sequences\) and the storage directory .+ is not empty \(\d+ files\): restoring would mix two systems/);

    // The system on the restored data, with a Redis prefix that has never held a key.
    restored = await createTestApp({ ...target, REDIS_PREFIX: RESTORED_REDIS_PREFIX, SMTP_URL: sink.url });
    restoredWorker = await startWorker(restored.config);
    const mailsAtRestore = sink.messages.length;
    // The restore handed the rows whose jobs were in Redis back to the relay, and the watchdog finds
    // nothing else missing; the handlers of the jobs that had run send nothing twice.
    await restoredWorker.get(Watchdog).repair();
    await settle(restoredWorker, restored.dataSource, restored.config.REDIS_URL, SETTLE_MS);
    expect(await relayAttempts(restored.dataSource)).toBeGreaterThan(attemptsAtBackup);
    expect(sink.messages.length).toBe(mailsAtRestore);

    expect(await factsOf(restored.dataSource)).toEqual(before);
    expect((await request(restored.server).get('/databank/interventions').expect(200)).body).toEqual(listingsBefore);
    const secretary = await request(restored.server).post('/auth/tokens').send({ email: 'secretaris@demo.nl', password: DEMO_PASSWORD, ...(await secondFactorFor('secretaris@demo.nl')) })
      .expect(200);
    const auth = { Authorization: `Bearer ${secretary.body.token}` };
    for (const version of before.documentVersions as { applicationId: string; documentId: string; version: number; sha256: string }[]) {
      const download = await request(restored.server)
        .get(`/applications/${version.applicationId}/documents/${version.documentId}/versions/${version.version}/download`)
        .set(auth)
        .buffer(true)
        .parse(binaryBody)
        .expect(200);
      expect(sha256(download.body as Buffer)).toBe(version.sha256);
    }
    for (const letter of before.letters as { applicationId: string; sha256: string }[]) {
      const download = await request(restored.server).get(`/applications/${letter.applicationId}/decision-letter`).set(auth).buffer(true).parse(binaryBody).expect(200);
      expect(sha256(download.body as Buffer)).toBe(letter.sha256);
    }

    // A reminder that was still to come when the backup was taken goes out once when due; the one sent before the backup never again.
    const dueReminder = await pendingBeforeReminder(restored.dataSource, [sentDeadline]);
    const dueDeadline = await makeDue(restored.dataSource, dueReminder);
    await settle(restoredWorker, restored.dataSource, restored.config.REDIS_URL, SETTLE_MS);
    await restoredWorker.get(Watchdog).repair();
    await settle(restoredWorker, restored.dataSource, restored.config.REDIS_URL, SETTLE_MS);
    const dueMails = await reminderMails(restored.dataSource, sink, dueDeadline);
    expect(dueMails.notifications).toBeGreaterThan(0);
    expect(dueMails.mails).toHaveLength(dueMails.notifications);
    expect(await reminderMails(restored.dataSource, sink, sentDeadline)).toEqual(sentBeforeBackup);
    expect(sink.messages.length).toBe(mailsAtRestore + dueMails.mails.length);
  });
});
