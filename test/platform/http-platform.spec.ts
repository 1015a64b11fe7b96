import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

describe('platform endpoints', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('reports health of PostgreSQL and Redis', async () => {
    const response = await request(t.server).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('rejects unknown fields with 400 naming the field', async () => {
    const { auth } = await createUser(t, ['owner']);
    const response = await request(t.server).patch('/me').set(auth).send({ name: 'Nieuwe Naam', isAdmin: true }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'isAdmin', rule: 'unknownField', reason: 'property isAdmin should not exist' }]);
    const me = await request(t.server).get('/me').set(auth).expect(200);
    expect(me.body.name).not.toBe('Nieuwe Naam');
  });

  it('rejects wrong types with 400 naming the field', async () => {
    const { auth } = await createUser(t, ['owner']);
    const response = await request(t.server).patch('/me').set(auth).send({ name: 42, language: 'fr' }).expect(400);
    expect(new Set(response.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['language', 'name']));
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await request(t.server).post('/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(response.status).toBe(400);
  });

  it('gives every response a request id and keeps a sane incoming one', async () => {
    const generated = await request(t.server).get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(t.server).get('/health').set('X-Request-Id', 'trace-12345678');
    expect(kept.headers['x-request-id']).toBe('trace-12345678');
    const replaced = await request(t.server).get('/health').set('X-Request-Id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('sets security headers (helmet)', async () => {
    const response = await request(t.server).get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const document = await request(t.server).get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/auth/login', '/me', '/health', '/users']));
    const ui = await request(t.server).get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toMatch(/swagger/i);
  });
});

describe('health when Redis is unreachable', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:6399' });
  });
  afterAll(() => t.close());

  it('answers 503 and names Redis', async () => {
    const response = await request(t.server).get('/health').expect(503);
    expect(response.body).toEqual({ status: 'unavailable', database: 'up', redis: 'down' });
  });
});

describe('login when Redis is unreachable', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:6399' });
  });
  afterAll(() => t.close());

  it('refuses to sign in with 503 instead of skipping the rate limits', async () => {
    const response = await request(t.server).post('/auth/login').send({ email: 'someone@example.nl', password: 'whatever-password' });
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('LOGIN_UNAVAILABLE');
  });
});
