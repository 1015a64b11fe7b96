import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { MAX_INPUT_DEPTH } from '../../src/common/validation/input-limits.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, TEST_PASSWORD } from '../support/users.js';

const REGISTRATION = { name: 'Olga Owner', email: 'olga@example.nl', organisation: 'Stichting Voorbeeld', password: TEST_PASSWORD };

/** `levels` arrays around a value, as JSON text (JSON.stringify itself would recurse). */
function nestedArrays(levels: number): string {
  return '['.repeat(levels) + '1' + ']'.repeat(levels);
}

function fields(response: request.Response): string[] {
  return (response.body.errors as { field: string }[]).map((e) => e.field).sort();
}

describe('bad input gets a clear 4xx with a code, never a 500', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('refuses a NUL character in any text, naming the field, also anonymously and in queries, paths and multipart fields', async () => {
    const register = await request(t.server).post('/auth/register').send({ ...REGISTRATION, name: 'Olga\u0000Owner' }).expect(400);
    expect(register.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'name', reason: expect.stringContaining('NUL') }] });
    const password = await request(t.server).post('/auth/login').send({ email: 'olga@example.nl', password: 'a\u0000b' }).expect(400);
    expect(fields(password)).toEqual(['password']);

    const reviewer = await createUser(t, ['reviewer']);
    const nested = await request(t.server)
      .put(`/reviewers/${reviewer.user.id}/availability`)
      .set(reviewer.auth)
      .send({ unavailablePeriods: [{ from: '2027-01-01', until: '2027-01-31', note: 'Op\u0000vakantie' }] })
      .expect(400);
    expect(fields(nested)).toEqual(['unavailablePeriods.0.note']);

    const query = await request(t.server).get('/applications?state=draft%00').set(reviewer.auth).expect(400);
    expect(fields(query)).toEqual(['state']);
    const owner = await createUser(t, ['owner']);
    const upload = await request(t.server)
      .post(`/applications/${randomUUID()}/documents`)
      .set(owner.auth)
      .field('kind', 'handbook')
      .field('title', 'Hand\u0000boek')
      .attach('file', Buffer.from('%PDF-1.4\n'), 'handboek.pdf')
      .expect(400);
    expect(fields(upload)).toEqual(['title']);
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels before it reaches validation`, async () => {
    const login = await request(t.server)
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"email":${nestedArrays(50_000)},"password":"x"}`)
      .expect(400);
    expect(login.body.code).toBe('VALIDATION_FAILED');
    expect(login.body.errors[0].field).toMatch(/^email(\.0)+$/);

    const { auth } = await createUser(t, ['owner']);
    const deepObject = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const me = await request(t.server).patch('/me').set(auth).set('Content-Type', 'application/json').send(deepObject).expect(400);
    expect(me.body.code).toBe('VALIDATION_FAILED');

    const withinLimit = await request(t.server).patch('/me').set(auth).set('Content-Type', 'application/json').send(`{"name":${nestedArrays(MAX_INPUT_DEPTH - 1)}}`).expect(400);
    expect(withinLimit.body.errors.map((e: { reason: string }) => e.reason)).toContain('name must be a string');
    await request(t.server).get('/health').expect(200);
  });

  it('refuses __proto__, constructor and prototype keys at any depth, and changes nothing', async () => {
    const owner = await createUser(t, ['owner']);
    const top = await request(t.server)
      .patch('/me')
      .set(owner.auth)
      .set('Content-Type', 'application/json')
      .send('{"name":"Nieuwe Naam","__proto__":{"roles":["admin"]}}')
      .expect(400);
    expect(fields(top)).toEqual(['__proto__']);
    const constructor = await request(t.server).patch('/me').set(owner.auth).send({ name: 'Nieuwe Naam', constructor: { prototype: { roles: ['admin'] } } }).expect(400);
    expect(fields(constructor)).toEqual(['constructor']);
    const me = await request(t.server).get('/me').set(owner.auth).expect(200);
    expect(me.body).toMatchObject({ name: owner.user.name, roles: ['owner'] });

    const reviewer = await createUser(t, ['reviewer']);
    const deep = await request(t.server)
      .put(`/reviewers/${reviewer.user.id}/availability`)
      .set(reviewer.auth)
      .set('Content-Type', 'application/json')
      .send('{"unavailablePeriods":[{"from":"2027-01-01","until":"2027-01-31","prototype":{}}]}')
      .expect(400);
    expect(fields(deep)).toEqual(['unavailablePeriods.0.prototype']);
  });

  it('refuses direction and control characters in names, also at registration and in profiles', async () => {
    const register = await request(t.server).post('/auth/register').send({ ...REGISTRATION, name: 'Olga \u202Eknaw' }).expect(400);
    expect(fields(register)).toEqual(['name']);
    const owner = await createUser(t, ['owner']);
    const profile = await request(t.server).patch('/me').set(owner.auth).send({ organisation: 'Stichting\u2067 Voorbeeld', name: 'Olga\u0007' }).expect(400);
    expect(fields(profile)).toEqual(['name', 'organisation']);
    await request(t.server).patch('/me').set(owner.auth).send({ name: 'Zoë Ørsted-Çelik' }).expect(200);
  });

  it('names the rule each field breaks with its parameters, for the client to word, beside a readable reason', async () => {
    const owner = await createUser(t, ['owner']);
    const themes = Array.from({ length: 11 }, (_, index) => `thema-${index}`);
    const intake = await request(t.server).post('/applications').set(owner.auth).send({ name: 'x'.repeat(500), themes, yearsInPractice: 'veel' }).expect(400);
    expect(intake.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'themes', rule: 'maxItems', max: 10, reason: 'themes must contain no more than 10 elements' },
        expect.objectContaining({ field: 'name', rule: 'maxLength', max: expect.any(Number), reason: expect.stringContaining('shorter than') }),
        expect.objectContaining({ field: 'yearsInPractice', rule: 'integer' }),
      ]),
    );
    const missing = await request(t.server).post('/auth/login').send({ email: 'olga@example.nl' }).expect(400);
    expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password', rule: 'required' })]));
    const unknown = await request(t.server).patch('/me').set(owner.auth).send({ roles: ['admin'] }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'roles', rule: 'unknownField' })]);
    const nul = await request(t.server).patch('/me').set(owner.auth).send({ name: 'a\u0000b' }).expect(400);
    expect(nul.body.errors).toEqual([expect.objectContaining({ field: 'name', rule: 'noNul' })]);
  });

  describe('bodies that are not JSON', () => {
    it('answers 415 with a code to plain text, forms and other media types, for bearer and cookie clients alike', async () => {
      const owner = await createUser(t, ['owner']);
      const login = await request(t.server).post('/auth/login').send({ email: owner.user.email, password: TEST_PASSWORD }).expect(200);
      const cookieClient = { Cookie: login.headers['set-cookie'][0].split(';')[0], Origin: t.config.APP_URL };
      for (const auth of [owner.auth, cookieClient]) {
        const cases: [string, string][] = [
          ['text/plain', '{"name":"Tekst","targetLevel":"goed_beschreven"}'],
          ['application/x-www-form-urlencoded', 'name=Formulier&targetLevel=goed_beschreven'],
          ['application/xml', '<application><name>XML</name></application>'],
          ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nMultipart\r\n--x--\r\n'],
        ];
        for (const [type, body] of cases) {
          const response = await request(t.server).post('/applications').set(auth).set('Content-Type', type).send(body);
          expect({ type, status: response.status, code: response.body.code }).toEqual({ type, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
        }
      }
      const applications = await request(t.server).get('/applications').set(owner.auth).expect(200);
      expect(applications.body).toEqual([]);
      const anonymous = await request(t.server).post('/auth/login').type('form').send({ email: owner.user.email, password: TEST_PASSWORD }).expect(415);
      expect(anonymous.headers['set-cookie']).toBeUndefined();
    });

    it('takes JSON on the upload endpoint as little as multipart elsewhere, and requests without a body whatever they say', async () => {
      const owner = await createUser(t, ['owner']);
      const upload = await request(t.server).post(`/applications/${randomUUID()}/documents`).set(owner.auth).send({ kind: 'handbook' }).expect(415);
      expect(upload.body.accepted).toEqual(['multipart/form-data']);
      await request(t.server).post('/notifications/read-all').set(owner.auth).expect((response) => expect(response.status).toBeLessThan(300));
      await request(t.server).post('/notifications/read-all').set(owner.auth).set('Content-Type', 'text/plain;charset=UTF-8').send('').expect((response) => expect(response.status).toBeLessThan(300));
      await request(t.server).post('/auth/logout').set(owner.auth).expect(204);
    });
  });

  describe("Nest's own errors carry a code in the usual shape", () => {
    it('codes an unknown route, a path parameter that is no UUID or number, invalid JSON and a body too large', async () => {
      const { auth } = await createUser(t, ['owner']);
      const expectShape = (response: request.Response, status: number, code: string) =>
        expect(response.body).toEqual(expect.objectContaining({ statusCode: status, code, error: expect.any(String), message: expect.any(String), requestId: expect.any(String) }));

      // An unknown path under the API (any other path is a page of the web application: serve-web-app).
      expectShape(await request(t.server).get('/me/no-such-route').set(auth).expect(404), 404, 'NOT_FOUND');
      expectShape(await request(t.server).put('/health').expect(404), 404, 'NOT_FOUND');
      expectShape(await request(t.server).get('/applications/not-a-uuid').set(auth).expect(400), 400, 'BAD_REQUEST');
      expectShape(
        await request(t.server).get(`/applications/${randomUUID()}/documents/${randomUUID()}/versions/one/download`).set(auth).expect(400),
        400,
        'BAD_REQUEST',
      );
      expectShape(await request(t.server).post('/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400), 400, 'INVALID_JSON');
      expectShape(await request(t.server).post('/auth/login').set('Content-Type', 'application/json').send('null').expect(400), 400, 'INVALID_JSON');
      expectShape(await request(t.server).post('/auth/login').send({ email: 'x'.repeat(1_100_000) }).expect(413), 413, 'PAYLOAD_TOO_LARGE');
    });
  });
});
