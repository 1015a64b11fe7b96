import request from 'supertest';
import { QUEUES } from '../../src/jobs/queues.js';
import { COMPLETE_INTAKE } from '../support/applications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { appOrigin, createUser, sessionCookie, signInWithCookie, TEST_PASSWORD } from '../support/users.js';

const EVIL = 'https://evil.example';

const expectCrossOriginRefusal = (response: request.Response) => {
  expect(response.status).toBe(403);
  expect(response.body).toMatchObject({ code: 'CROSS_ORIGIN_REQUEST', message: expect.stringMatching(/^Dit verzoek .+ \/ This request /) });
  expect(response.body.requestId).toEqual(expect.any(String));
};

describe('requests from other sites with the session cookie (CSRF)', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.reset();
    owner = await createUser(t, ['owner'], { email: 'olga@example.nl' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    ({ Cookie: cookie } = await signInWithCookie(t, 'olga@example.nl'));
  });

  const applicationCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM applications'))[0].n as number;
  const signedIn = async () => (await request(t.server).get('/me').set('Cookie', cookie)).status === 200;

  it('refuses a JSON POST from another origin and creates nothing', async () => {
    const before = await applicationCount();
    expectCrossOriginRefusal(await request(t.server).post('/applications').set({ Cookie: cookie, Origin: EVIL }).send(COMPLETE_INTAKE));
    expect(await applicationCount()).toBe(before);
  });

  it('refuses a form POST from another origin and creates nothing', async () => {
    const before = await applicationCount();
    const form = await request(t.server)
      .post('/applications')
      .set({ Cookie: cookie, Origin: EVIL })
      .type('form')
      .send({ name: 'Ongevraagd', targetLevel: 'goed_beschreven' });
    expectCrossOriginRefusal(form);
    expect(await applicationCount()).toBe(before);
  });

  it('refuses a logout form from another origin; the session stays', async () => {
    expectCrossOriginRefusal(await request(t.server).post('/auth/logout').set({ Cookie: cookie, Origin: EVIL }).type('form').send(''));
    expect(await signedIn()).toBe(true);
  });

  it('refuses other methods, a foreign Referer, an opaque "null" origin and a cookie request naming no origin at all', async () => {
    const me = () => request(t.server).patch('/me').set('Cookie', cookie);
    expectCrossOriginRefusal(await me().set('Origin', EVIL).send({ name: 'Overgenomen' }));
    expectCrossOriginRefusal(await me().set('Referer', `${EVIL}/page`).send({ name: 'Overgenomen' }));
    expectCrossOriginRefusal(await me().set('Origin', 'null').send({ name: 'Overgenomen' }));
    expectCrossOriginRefusal(await me().send({ name: 'Overgenomen' }));
    // Another site on the same domain, which SameSite=Lax lets through, is another origin too.
    expectCrossOriginRefusal(await me().set('Origin', 'http://localhost:4000').send({ name: 'Overgenomen' }));
    const { body } = await request(t.server).get('/me').set('Cookie', cookie).expect(200);
    expect(body.name).not.toBe('Overgenomen');
  });

  it('lets the own pages through, by Origin or by Referer', async () => {
    const own = appOrigin(t);
    await request(t.server).post('/applications').set({ Cookie: cookie, Origin: own }).send(COMPLETE_INTAKE).expect(201);
    await request(t.server).patch('/me').set({ Cookie: cookie, Referer: `${own}/profiel` }).send({ name: 'Olga Eigenaar' }).expect(200);
    await request(t.server).post('/auth/logout').set({ Cookie: cookie, Origin: own }).expect(204);
    expect(await signedIn()).toBe(false);
  });

  it('leaves bearer-token clients alone, whatever Origin they send', async () => {
    await request(t.server).post('/applications').set(owner.auth).send(COMPLETE_INTAKE).expect(201);
    await request(t.server).post('/applications').set({ ...owner.auth, Origin: EVIL }).send(COMPLETE_INTAKE).expect(201);
  });

  it('refuses sign-in and registration from another origin (login CSRF), and allows them without an origin', async () => {
    const login = { email: 'olga@example.nl', password: TEST_PASSWORD };
    const refused = await request(t.server).post('/auth/login').set('Origin', EVIL).send(login);
    expectCrossOriginRefusal(refused);
    expect(refused.headers['set-cookie']).toBeUndefined();
    const registration = { name: 'Eve', email: 'eve@evil.example', organisation: 'Evil', password: TEST_PASSWORD };
    expectCrossOriginRefusal(await request(t.server).post('/auth/register').set('Origin', EVIL).send(registration));
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE email = 'eve@evil.example'`)).toHaveLength(0);
    // API clients and curl send no Origin; the web application sends its own.
    await request(t.server).post('/auth/tokens').send(login).expect(200);
    const signIn = await request(t.server).post('/auth/login').set('Origin', appOrigin(t)).send(login).expect(200);
    expect(sessionCookie(signIn)).toMatch(/^erk_session=/);
  });

  it('closes the queue dashboard to cookie requests from another origin', async () => {
    await createUser(t, ['admin'], { email: 'ada@example.nl' });
    const admin = await signInWithCookie(t, 'ada@example.nl');
    const retry = `/admin/queues/api/queues/${QUEUES.mail.name}/retry/failed`;
    expectCrossOriginRefusal(await request(t.server).put(retry).set({ ...admin, Origin: EVIL }));
    expectCrossOriginRefusal(await request(t.server).put(retry).set({ Cookie: admin.Cookie }));
    await request(t.server).put(retry).set(admin).expect(200);
  });
});

describe('the web dev server origin', () => {
  const VITE = 'http://localhost:5173';

  it.each([
    ['development', 201],
    ['test', 403],
  ])('is accepted with NODE_ENV=%s: %i', async (nodeEnv, status) => {
    const t = await createTestApp({ NODE_ENV: nodeEnv });
    try {
      await t.reset();
      await createUser(t, ['owner'], { email: 'olga@example.nl' });
      const { Cookie } = await signInWithCookie(t, 'olga@example.nl');
      await request(t.server).post('/applications').set({ Cookie, Origin: VITE }).send(COMPLETE_INTAKE).expect(status);
    } finally {
      await t.close();
    }
  });
});
