import { Redis } from 'ioredis';
import request from 'supertest';
import { publicApiIpKey } from '../../src/publication/public-api-rate-limit.middleware.js';
import { REDIS } from '../../src/redis/redis.module.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SEARCH_PATHS = ['/databank/interventions', '/api/open/v1/interventions'];

/** Each query: 400 naming the parameter, or answered normally (the input is read as words or ignored). */
const CASES: [name: string, query: string, expected: { status: 400; field: string } | { status: 200 }][] = [
  ['q over 200 characters', `q=${'a'.repeat(201)}`, { status: 400, field: 'q' }],
  ['q of 5,000 characters', `q=${'eenzaamheid '.repeat(417).slice(0, 5000)}`, { status: 400, field: 'q' }],
  ['q of exactly 200 characters', `q=${'ouderen '.repeat(25).slice(0, 200)}`, { status: 200 }],
  ['tsquery operators', `q=${encodeURIComponent("ouderen & | ! ( <-> <2> :* 'x'")}`, { status: 200 }],
  ['unbalanced quotes', `q=${encodeURIComponent('"eenzame ouderen')}`, { status: 200 }],
  ['web-search syntax', `q=${encodeURIComponent('"eenzame ouderen" or jongeren -taal')}`, { status: 200 }],
  ['SQL in q', `q=${encodeURIComponent("'; DROP TABLE listings; --")}`, { status: 200 }],
  ['q given twice', 'q=a&q=b', { status: 400, field: 'q' }],
  // Express reads query strings flat: `q[$ne]` is an unknown parameter of that name, never an object.
  ['q as an object', 'q[$ne]=1', { status: 400, field: 'q[$ne]' }],
  ['an unknown filter', 'kleur=rood', { status: 400, field: 'kleur' }],
  ['page 10,000', 'page=10000', { status: 400, field: 'page' }],
  ['page past the window', 'page=1000&pageSize=100', { status: 200 }],
  ['page 0', 'page=0', { status: 400, field: 'page' }],
  ['page not a number', 'page=twee', { status: 400, field: 'page' }],
  ['pageSize 1,000', 'pageSize=1000', { status: 400, field: 'pageSize' }],
  ['unknown level', 'level=uitstekend', { status: 400, field: 'level' }],
  ['theme not a slug', `theme=${encodeURIComponent('Eenzaamheid!')}`, { status: 400, field: 'theme' }],
  ['targetGroup of 5,000 characters', `targetGroup=${'x'.repeat(5000)}`, { status: 400, field: 'targetGroup' }],
  ['a NUL character', 'q=%00ouderen', { status: 400, field: 'q' }],
];

describe('public API: bad input is a 400 naming the parameter, never a 500', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_API_MAX_REQUESTS: '1000' });
    await t.reset();
  });
  afterAll(() => t.close());

  for (const path of SEARCH_PATHS) {
    it.each(CASES)(`${path}: %s`, async (_name, query, expected) => {
      const response = await request(t.server).get(`${path}?${query}`);
      if (expected.status === 200) {
        expect(response.status).toBe(200);
        expect(Array.isArray(response.body.items)).toBe(true);
        return;
      }
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      const errors = response.body.errors as { field: string; reason: string }[];
      expect(errors.map((error) => error.field)).toContain(expected.field);
      // The reason names the rule, for the form to show next to the field.
      expect(errors.find((error) => error.field === expected.field)!.reason.length).toBeGreaterThan(5);
    });
  }

  it('answers odd slugs and the other open-data routes without a 500', async () => {
    for (const path of ['/databank/interventions/%27%3B--', `/api/open/v1/interventions/${'a'.repeat(5000)}`, '/api/open/v1/interventions/%E2%80%AE']) {
      expect({ path, status: (await request(t.server).get(path)).status }).toEqual({ path, status: 404 });
    }
    expect((await request(t.server).get('/api/open/v1/feed/recognitions.atom?theme=a&theme=b')).status).toBe(400);
    expect((await request(t.server).get('/api/open/v1/feed/recognitions.atom?page=2')).status).toBe(400);
    expect((await request(t.server).get('/api/open/v1/export/interventions.csv?kleur=rood')).status).toBe(200);
  });
});

describe('public API rate limit per client IP', () => {
  let t: TestApp;
  let proxied: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_API_MAX_REQUESTS: '3', PUBLIC_API_WINDOW_SECONDS: '60' });
    await t.reset();
  });
  afterAll(async () => {
    await t.close();
    await proxied?.close();
  });

  it('answers 429 with Retry-After after the limit, across the databank and open data, in the REDIS_PREFIX namespace', async () => {
    const redis = t.app.get<Redis>(REDIS);
    await redis.del(publicApiIpKey('::ffff:127.0.0.1'), publicApiIpKey('127.0.0.1'));
    await request(t.server).get('/databank/interventions').expect(200);
    await request(t.server).get('/api/open/v1/interventions').expect(200);
    // X-Forwarded-For is not believed without TRUST_PROXY: the same client.
    await request(t.server).get('/api/open/v1/export/interventions.csv').set('X-Forwarded-For', '203.0.113.9').expect(200);
    const limited = await request(t.server).get('/databank/interventions').set('X-Forwarded-For', '203.0.113.10');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('PUBLIC_API_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // A preflight is not counted, and open data's 429 still carries CORS.
    await request(t.server).options('/api/open/v1/interventions').expect(204);
    const openLimited = await request(t.server).get('/api/open/v1/interventions').expect(429);
    expect(openLimited.headers['access-control-allow-origin']).toBe('*');
    // Signed-in pages are not limited by it.
    await request(t.server).get('/health').expect((response) => expect(response.status).not.toBe(429));

    const raw = new Redis(t.config.REDIS_URL);
    try {
      const keys = await raw.keys(`${t.config.REDIS_PREFIX}:public-api:ip:*`);
      expect(keys.length).toBe(1);
    } finally {
      raw.disconnect();
    }
  });

  it('counts each client behind a trusted proxy by its X-Forwarded-For address', async () => {
    proxied = await createTestApp({ PUBLIC_API_MAX_REQUESTS: '1', PUBLIC_API_WINDOW_SECONDS: '60', TRUST_PROXY: 'loopback' });
    const redis = proxied.app.get<Redis>(REDIS);
    await redis.del(publicApiIpKey('198.51.100.1'), publicApiIpKey('198.51.100.2'));
    await request(proxied.server).get('/databank/interventions').set('X-Forwarded-For', '198.51.100.1').expect(200);
    await request(proxied.server).get('/databank/interventions').set('X-Forwarded-For', '198.51.100.1').expect(429);
    await request(proxied.server).get('/databank/interventions').set('X-Forwarded-For', '198.51.100.2').expect(200);
  });
});
