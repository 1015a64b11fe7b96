import type { TestingModule } from '@nestjs/testing';
import { Redis } from 'ioredis';
import request from 'supertest';
import { QUEUES } from '../../src/jobs/queues.js';
import { SchedulerKeeper } from '../../src/operations/scheduler-keeper.js';
import { Watchdog } from '../../src/operations/watchdog.service.js';
import { settle } from '../deadlines/support.js';
import { PrivateRedis } from '../notifications/support/private-redis.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { notificationsOf, startWorker } from '../notifications/support/worker.js';
import { createDraft, step } from '../support/applications.js';
import { deleteKeysWithPrefix, prepareTestRedis } from '../support/global-setup.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testRedisPrefix } from '../support/test-config.js';
import { createUser } from '../support/users.js';

/** Every key of a private Redis, so that nothing another test writes can hide among them. */
async function allKeys(redis: PrivateRedis, db = 0): Promise<string[]> {
  const client = new Redis(redis.url(db), { maxRetriesPerRequest: 1 });
  try {
    return (await client.keys('*')).sort();
  } finally {
    client.disconnect();
  }
}

describe('REDIS_PREFIX: every key the API and the worker write starts with it', () => {
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let t: TestApp;
  let worker: TestingModule;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    sink = await SmtpSink.start();
    t = await createTestApp({ REDIS_URL: redis.url(), REDIS_PREFIX: 'alpha', SMTP_URL: sink.url });
    await t.reset();
    worker = await startWorker(t.config);
    await worker.get(SchedulerKeeper).ready;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
    await redis?.stop();
  });

  it('login limits, queues, jobs and job schedulers; the watchdog and the dashboard find their jobs under it', async () => {
    const owner = await createUser(t, ['owner']);
    const admin = await createUser(t, ['admin']);
    await request(t.server).post('/auth/login').send({ email: owner.user.email, password: 'not-the-password' }).expect(401);
    const draft = await createDraft(t, owner.auth, { name: 'Onder het voorvoegsel' });
    await step(t, owner.auth, draft.id, 'submit', { version: 1 });
    await settle(worker, t.dataSource, t.config.REDIS_URL);
    expect((await notificationsOf(t.dataSource, draft.id)).map((n) => n.mailStatus)).toContain('sent');

    const keys = await allKeys(redis);
    expect(keys.filter((key) => !key.startsWith('alpha:'))).toEqual([]);
    for (const part of ['alpha:login:ip:', 'alpha:login:account:', `alpha:${QUEUES.mail.name}:`, `alpha:${QUEUES.maintenance.name}:repeat`])
      expect(keys.some((key) => key.startsWith(part))).toBe(true);

    // The watchdog looks the relayed jobs up under the prefix: none counts as lost.
    expect(await worker.get(Watchdog).repair()).toMatchObject({ requeued: 0, schedulers: [] });
    // Bull Board shows the mail queue's completed jobs.
    const board = await request(t.server).get('/admin/queues/api/queues').set(admin.auth).expect(200);
    const mail = (board.body.queues as { name: string; counts: Record<string, number> }[]).find((queue) => queue.name === QUEUES.mail.name);
    expect(mail?.counts.completed).toBeGreaterThan(0);
  });
});

describe('test Redis: each namespace and worker under its own prefix', () => {
  let redis: PrivateRedis;
  let client: Redis;
  /** A prefix of another namespace than this run's, whatever TEST_NAMESPACE is. */
  const elsewhere = `erk_test_${process.env.TEST_NAMESPACE ?? ''}x_elsewhere_1`;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    client = new Redis(redis.url(), { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });
  beforeEach(() => client.flushdb());

  it('refuses to run when the db holds a key of no test namespace, naming it', async () => {
    await client.set(`${testRedisPrefix}:mail:1`, 'ours');
    await client.set('bull:mail:1', 'a local instance');
    await expect(prepareTestRedis(redis.url())).rejects.toThrow(/^Refusing to run: the test Redis at redis:\/\/127\.0\.0\.1:\d+\/0 holds 1 key\(s\) of no test namespace \(e\.g\. bull:mail:1\)/);
    // Nothing was deleted.
    expect(await allKeys(redis)).toEqual(['bull:mail:1', `${testRedisPrefix}:mail:1`].sort());
  });

  it('at the start of a run deletes this run’s keys and leaves another namespace’s alone', async () => {
    await client.set(`${testRedisPrefix}:mail:1`, 'ours');
    await client.set(`${elsewhere}:mail:1`, 'theirs');
    await prepareTestRedis(redis.url());
    expect(await allKeys(redis)).toEqual([`${elsewhere}:mail:1`]);
  });

  it('a test worker’s reset deletes its own prefix’s keys only', async () => {
    for (const prefix of ['erk_test_a_1', 'erk_test_a_10', 'erk_test_a_1_1', 'erk_test_a_[1]']) await client.set(`${prefix}:mail:1`, prefix);
    await deleteKeysWithPrefix(client, 'erk_test_a_1');
    expect(await allKeys(redis)).toEqual(['erk_test_a_10:mail:1', 'erk_test_a_1_1:mail:1', 'erk_test_a_[1]:mail:1'].sort());
  });
});
