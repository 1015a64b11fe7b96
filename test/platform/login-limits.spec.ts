import type { Redis } from 'ioredis';
import request from 'supertest';
import { loginAccountKey, loginIpKey } from '../../src/auth/login-rate-limiter.js';
import { REDIS } from '../../src/redis/redis.module.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, TEST_PASSWORD } from '../support/users.js';

const WINDOW = 600;
const login = (t: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
  request(t.server).post('/auth/login').set(headers).send({ email, password });

describe('login limits', () => {
  let t: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '5', LOGIN_WINDOW_SECONDS: String(WINDOW) });
    redis = t.app.get(REDIS);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('lets many colleagues behind one office address sign in, far beyond the failure limit', async () => {
    const colleagues = [];
    for (let i = 0; i < 4; i++) colleagues.push(await createUser(t, ['owner'], { email: `collega${i}@movisie.nl` }));
    for (let round = 0; round < 10; round++)
      for (const { user } of colleagues) await login(t, user.email, TEST_PASSWORD).expect(200);
    // 40 successful logins from one IP, and the failures still have their full allowance.
    for (let i = 0; i < 5; i++) await login(t, `someone${i}@example.nl`, 'wrong-password-here').expect(401);
    const limited = await login(t, colleagues[0].user.email, TEST_PASSWORD).expect(429);
    expect(limited.body.code).toBe('LOGIN_RATE_LIMITED');
  });

  it('still limits failures per account, also for the right password afterwards', async () => {
    await createUser(t, ['owner'], { email: 'olga@example.nl' });
    for (let i = 0; i < 3; i++) await login(t, 'olga@example.nl', 'wrong-password-here').expect(401);
    await login(t, 'olga@example.nl', TEST_PASSWORD).expect(429);
  });

  it('a successful login clears the account failures', async () => {
    await createUser(t, ['owner'], { email: 'olga@example.nl' });
    for (let i = 0; i < 2; i++) await login(t, 'olga@example.nl', 'wrong-password-here').expect(401);
    await login(t, 'olga@example.nl', TEST_PASSWORD).expect(200);
    for (let i = 0; i < 2; i++) await login(t, 'olga@example.nl', 'wrong-password-here').expect(401);
    await login(t, 'olga@example.nl', TEST_PASSWORD).expect(200);
  });

  it('gives both counters their expiry in the same step as the first failure', async () => {
    await login(t, 'olga@example.nl', 'wrong-password-here').expect(401);
    // KEYS patterns get no keyPrefix from ioredis, and other test workers share this Redis db.
    const ownIpKeys = `${t.config.REDIS_PREFIX}:${loginIpKey('')}`;
    const ip = (await redis.keys(`${ownIpKeys}*`)).map((key) => key.slice(ownIpKeys.length));
    expect(ip).toHaveLength(1);
    for (const key of [loginIpKey(ip[0]), loginAccountKey('olga@example.nl')]) {
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(WINDOW);
    }
  });

  it('gives a counter left without expiry (by older code that crashed in between) one, so it cannot lock for good', async () => {
    await createUser(t, ['owner'], { email: 'olga@example.nl' });
    const account = loginAccountKey('olga@example.nl');
    await redis.set(account, '3');
    expect(await redis.ttl(account)).toBe(-1);
    const limited = await login(t, 'olga@example.nl', TEST_PASSWORD).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const ttl = await redis.ttl(account);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(WINDOW);
  });

  it('ignores X-Forwarded-For by default: a client cannot choose its IP to escape the limit', async () => {
    for (let i = 0; i < 5; i++)
      await login(t, `someone${i}@example.nl`, 'wrong-password-here', { 'X-Forwarded-For': `203.0.113.${i}` }).expect(401);
    await login(t, 'another@example.nl', 'wrong-password-here', { 'X-Forwarded-For': '203.0.113.99' }).expect(429);
  });
});

describe('login limits behind a trusted proxy (TRUST_PROXY)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_IP: '2', TRUST_PROXY: 'loopback' });
    await t.reset();
  });
  afterAll(() => t.close());

  it('counts per client address that the proxy passes on', async () => {
    const office = { 'X-Forwarded-For': '203.0.113.7' };
    for (let i = 0; i < 2; i++) await login(t, `someone${i}@example.nl`, 'wrong-password-here', office).expect(401);
    await login(t, 'another@example.nl', 'wrong-password-here', office).expect(429);
    await login(t, 'another@example.nl', 'wrong-password-here', { 'X-Forwarded-For': '198.51.100.8' }).expect(401);
  });
});
