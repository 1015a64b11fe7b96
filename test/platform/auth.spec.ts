import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { secondFactorFor } from '../support/two-factor.js';
import { createUser, TEST_PASSWORD } from '../support/users.js';

describe('identity and access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '12' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const register = (overrides: Record<string, unknown> = {}) =>
    request(t.server)
      .post('/auth/register')
      .send({ name: 'Olga Owner', email: 'Olga@Example.nl', organisation: 'Stichting Buurtkracht', password: TEST_PASSWORD, ...overrides });

  it('lets an owner register, sets an httpOnly SameSite session cookie, and /me answers with the cookie', async () => {
    const response = await register().expect(201);
    expect(response.body.user).toMatchObject({ email: 'olga@example.nl', roles: ['owner'], language: 'nl' });
    expect(response.body.user.passwordHash).toBeUndefined();
    const cookie = response.headers['set-cookie'][0];
    expect(cookie).toMatch(/^erk_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await request(t.server).get('/me').set('Cookie', cookie.split(';')[0]).expect(200);
    expect(me.body).toMatchObject({ email: 'olga@example.nl', name: 'Olga Owner', organisation: 'Stichting Buurtkracht' });
  });

  it('refuses a second account with the same e-mail with 409', async () => {
    await register().expect(201);
    const response = await register({ email: 'olga@example.nl' }).expect(409);
    expect(response.body.code).toBe('EMAIL_TAKEN');
  });

  it.each([
    ['too short', 'kort-wacht1', /minstens 12 tekens/],
    ['very common', 'qwertyuiop123', /te vaak gebruikt/],
    ['a sequence', 'abcdefghijklm', /te vaak gebruikt/],
  ])('refuses a password that is %s with 400 naming the field', async (_label, password, reason) => {
    const response = await register({ password }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'password', rule: 'password', min: 12, max: 256, reason: expect.stringMatching(reason) }]);
    expect(await t.dataSource.query('SELECT 1 FROM users')).toHaveLength(0);
  });

  it('does not let a registering user choose roles', async () => {
    const response = await register({ roles: ['admin'] }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'roles', rule: 'unknownField', reason: 'property roles should not exist' }]);
  });

  it('logs in with the right password and hands out a bearer token to API clients', async () => {
    await register().expect(201);
    const login = await request(t.server).post('/auth/login').send({ email: 'olga@example.nl', password: TEST_PASSWORD }).expect(200);
    expect(login.body.token).toBeUndefined();
    expect(login.headers['set-cookie'][0]).toMatch(/^erk_session=/);
    const tokens = await request(t.server).post('/auth/tokens').send({ email: 'OLGA@example.nl', password: TEST_PASSWORD }).expect(200);
    expect(tokens.body.tokenType).toBe('Bearer');
    await request(t.server).get('/me').set('Authorization', `Bearer ${tokens.body.token}`).expect(200);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    await register().expect(201);
    const wrong = await request(t.server).post('/auth/login').send({ email: 'olga@example.nl', password: 'wrong-password-here' }).expect(401);
    const unknown = await request(t.server).post('/auth/login').send({ email: 'nobody@example.nl', password: TEST_PASSWORD }).expect(401);
    const strip = ({ requestId: _ignored, ...rest }: Record<string, unknown>) => rest;
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('limits failed logins per account with a clear 429, even for the right password afterwards', async () => {
    await register().expect(201);
    for (let i = 0; i < 3; i++)
      await request(t.server).post('/auth/login').send({ email: 'olga@example.nl', password: 'wrong-password-here' }).expect(401);
    const limited = await request(t.server).post('/auth/login').send({ email: 'olga@example.nl', password: TEST_PASSWORD }).expect(429);
    expect(limited.body.code).toBe('LOGIN_RATE_LIMITED');
    expect(limited.body.message).toMatch(/Te veel inlogpogingen/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits failed logins per IP address across accounts', async () => {
    for (let i = 0; i < 12; i++)
      await request(t.server).post('/auth/login').send({ email: `someone${i}@example.nl`, password: 'wrong-password-here' }).expect(401);
    await request(t.server).post('/auth/login').send({ email: 'another@example.nl', password: 'wrong-password-here' }).expect(429);
  });

  it('ends the session on logout', async () => {
    const { auth } = await createUser(t, ['owner']);
    await request(t.server).get('/me').set(auth).expect(200);
    await request(t.server).post('/auth/logout').set(auth).expect(204);
    await request(t.server).get('/me').set(auth).expect(401);
  });

  it('refuses requests without a session', async () => {
    const response = await request(t.server).get('/me').expect(401);
    expect(response.body.code).toBe('NOT_SIGNED_IN');
    await request(t.server).get('/me').set('Authorization', 'Bearer not-a-real-token').expect(401);
  });

  it('refuses an expired session, and the session of a user disabled behind its back', async () => {
    const expired = await createUser(t, ['owner']);
    const disabled = await createUser(t, ['coach']);
    const live = await createUser(t, ['owner']);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [expired.user.id]);
    // Disabled in the database without ending the sessions, as the disable route would.
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabled.user.id]);
    await request(t.server).get('/me').set(expired.auth).expect(401);
    await request(t.server).get('/me').set(disabled.auth).expect(401);
    const me = await request(t.server).get('/me').set(live.auth).expect(200);
    expect(me.body).toMatchObject({ id: live.user.id, roles: ['owner'] });
  });

  it('lets an admin create (invite) staff accounts and no one else', async () => {
    const admin = await createUser(t, ['admin']);
    const owner = await createUser(t, ['owner']);
    const staff = { name: 'Cas Coach', email: 'cas@movisie.nl', organisation: 'Movisie', roles: ['coach'] };
    const withPassword = await request(t.server).post('/users').set(admin.auth).send({ ...staff, password: TEST_PASSWORD }).expect(400);
    expect(withPassword.body.errors).toEqual([expect.objectContaining({ field: 'password', rule: 'unknownField' })]);
    await request(t.server).post('/users').set(owner.auth).send(staff).expect(403);
    const created = await request(t.server).post('/users').set(admin.auth).send(staff).expect(201);
    expect(created.body).toMatchObject({ email: 'cas@movisie.nl', roles: ['coach'] });
    const unknownRole = await request(t.server).post('/users').set(admin.auth).send({ ...staff, email: 'x@y.nl', roles: ['king'] }).expect(400);
    expect(unknownRole.body.errors[0].field).toBe('roles');
    const listed = await request(t.server).get('/users?role=coach').set(admin.auth).expect(200);
    expect(listed.body.map((u: { email: string }) => u.email)).toEqual(['cas@movisie.nl']);
  });

  it('ends every session of a disabled user and refuses their login with the usual answer', async () => {
    const admin = await createUser(t, ['admin']);
    const coach = await createUser(t, ['coach'], { email: 'coach@example.nl' });
    const second = await request(t.server)
      .post('/auth/tokens')
      .send({ email: 'coach@example.nl', password: TEST_PASSWORD, ...(await secondFactorFor('coach@example.nl')) })
      .expect(200);
    await request(t.server).post(`/users/${coach.user.id}/disable`).set(admin.auth).expect(200);
    await request(t.server).get('/me').set(coach.auth).expect(401);
    await request(t.server).get('/me').set('Authorization', `Bearer ${second.body.token}`).expect(401);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM sessions WHERE user_id = $1', [coach.user.id]);
    expect(count).toBe(0);
    const login = await request(t.server).post('/auth/login').send({ email: 'coach@example.nl', password: TEST_PASSWORD }).expect(401);
    expect(login.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('changes the own password and ends the other sessions', async () => {
    const owner = await createUser(t, ['owner'], { email: 'pw@example.nl' });
    const other = await request(t.server).post('/auth/tokens').send({ email: 'pw@example.nl', password: TEST_PASSWORD }).expect(200);
    await request(t.server).post('/me/password').set(owner.auth).send({ currentPassword: 'wrong-password-here', newPassword: 'a-brand-new-passphrase' }).expect(401);
    await request(t.server).post('/me/password').set(owner.auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-passphrase' }).expect(204);
    await request(t.server).get('/me').set(owner.auth).expect(200);
    await request(t.server).get('/me').set('Authorization', `Bearer ${other.body.token}`).expect(401);
    await request(t.server).post('/auth/login').send({ email: 'pw@example.nl', password: 'a-brand-new-passphrase' }).expect(200);
  });

  it('stores only a hash of the session token', async () => {
    const { token, user } = await createUser(t, ['owner']);
    const rows: { token_hash: Buffer }[] = await t.dataSource.query('SELECT token_hash FROM sessions WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.toString('base64url')).not.toBe(token);
    expect(rows[0].token_hash).toHaveLength(32);
  });
});
