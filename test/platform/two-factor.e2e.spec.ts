import request from 'supertest';
import { generate } from 'otplib';
import { TOTP_PERIOD_SECONDS } from '../../src/auth/two-factor/totp.js';
import { SmtpSink } from '../notifications/support/smtp-sink.js';
import { waitFor } from '../notifications/support/worker.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { enrolTwoFactor, forgetTwoFactor, nextCode, secondFactorFor } from '../support/two-factor.js';
import { appOrigin, createUser, sessionCookie, TEST_PASSWORD } from '../support/users.js';

/**
 * Two-step sign-in through the HTTP API: required for staff, optional for owners, codes taken
 * once, recovery codes, the rate limit, the admin's reset with its mail; and the session list.
 */
describe('two-step sign-in and sessions', () => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await createTestApp({ SMTP_URL: sink.url, TWO_FACTOR_MAX_FAILURES: '3' });
    await t.reset();
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const login = (body: Record<string, unknown>) => request(t.server).post('/auth/login').send({ password: TEST_PASSWORD, ...body });
  const auditTypes = async (userId: string) =>
    ((await t.dataSource.query(`SELECT event_type FROM auth_audit_events WHERE user_id = $1 ORDER BY id`, [userId])) as { event_type: string }[]).map(
      (row) => row.event_type,
    );
  const sessionCount = async (userId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [userId]))[0].n as number;
  /** The token in the newest mail to this address, from its `/wachtwoord-instellen#…` link. */
  const linkTokenMailedTo = async (email: string, after = 0) => {
    const mail = await waitFor(`a link mailed to ${email}`, () => sink.messages.slice(after).findLast((message) => message.to.includes(email)));
    return /\/wachtwoord-instellen#([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
  };
  const codeAt = (secret: string, stepOffset: number) =>
    generate({ secret, epoch: (Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS) + stepOffset) * TOTP_PERIOD_SECONDS });

  it('makes a staff member set up an authenticator before any session, then asks for a code that works once', async () => {
    const admin = await createUser(t, ['admin']);
    const invited = await request(t.server)
      .post('/users')
      .set(admin.auth)
      .send({ name: 'Cas Coach', email: 'cas@movisie.nl', organisation: 'Movisie', roles: ['coach'] })
      .expect(201);
    const id = invited.body.id as string;
    const email = 'cas@movisie.nl';
    await login({ email }).expect(401);
    await request(t.server).post('/auth/account-links/complete').send({ token: await linkTokenMailedTo(email), password: TEST_PASSWORD }).expect(200);

    const refused = await login({ email }).expect(403);
    expect(refused.body.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    expect(refused.headers['set-cookie']).toBeUndefined();
    await request(t.server).post('/auth/two-factor/enrolment').send({ email, password: 'wrong-password-here' }).expect(401);
    const enrolment = await request(t.server).post('/auth/two-factor/enrolment').send({ email, password: TEST_PASSWORD }).expect(200);
    expect(enrolment.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Erkenningstraject:cas%40movisie\.nl\?secret=[A-Z2-7]+/);
    expect(enrolment.body.qrCodeSvg).toMatch(/^<svg/);
    const secret = enrolment.body.secret as string;

    const wrong = await request(t.server).post('/auth/two-factor/enrolment/confirm').send({ email, password: TEST_PASSWORD, code: '000000' }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'TWO_FACTOR_CODE_INVALID', message: expect.stringMatching(/onjuist.*\/ The code is wrong/) });
    const first = await codeAt(secret, 0);
    const confirmed = await request(t.server).post('/auth/two-factor/enrolment/confirm').send({ email, password: TEST_PASSWORD, code: first }).expect(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    await request(t.server).get('/me').set('Cookie', sessionCookie(confirmed)).expect(200);
    const stored: { code_hash: Buffer }[] = await t.dataSource.query(`SELECT code_hash FROM user_recovery_codes WHERE user_id = $1`, [id]);
    expect(stored.map((row) => row.code_hash.length)).toEqual(Array(10).fill(32));
    expect(JSON.stringify(stored)).not.toContain(confirmed.body.recoveryCodes[0]);

    expect((await login({ email }).expect(401)).body.code).toBe('SECOND_FACTOR_REQUIRED');
    const reused = await login({ email, code: first }).expect(401);
    expect(reused.body.code).toBe('TWO_FACTOR_CODE_INVALID');
    expect(reused.headers['set-cookie']).toBeUndefined();
    await login({ email, code: await codeAt(secret, 1) }).expect(200);

    const [recovery] = confirmed.body.recoveryCodes as string[];
    await login({ email, recoveryCode: recovery.toLowerCase() }).expect(200);
    expect((await login({ email, recoveryCode: recovery }).expect(401)).body.code).toBe('TWO_FACTOR_CODE_INVALID');
    expect((await request(t.server).get('/me/two-factor').set('Cookie', sessionCookie(confirmed)).expect(200)).body).toEqual({
      enabled: true,
      required: true,
      recoveryCodesLeft: 9,
    });
    expect(await auditTypes(id)).toEqual([
      'invitation_sent',
      'password_set_by_link',
      'two_factor_refused',
      'two_factor_enrolled',
      'sign_in',
      'two_factor_refused',
      'sign_in',
      'recovery_code_used',
      'sign_in',
      'two_factor_refused',
    ]);
    const audit = JSON.stringify(await t.dataSource.query(`SELECT * FROM auth_audit_events`));
    for (const secretValue of [secret, first, recovery]) expect(audit).not.toContain(secretValue);
  });

  it('limits code attempts per account, a right code included, and keeps a session from anyone past the limit', async () => {
    const coach = await createUser(t, ['coach']);
    for (let attempt = 0; attempt < 3; attempt++) await login({ email: coach.user.email, code: '123456' }).expect(401);
    const limited = await login({ email: coach.user.email, ...(await secondFactorFor(coach.user.email)) }).expect(429);
    expect(limited.body).toMatchObject({ code: 'TWO_FACTOR_RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(await sessionCount(coach.user.id)).toBe(1);
  });

  it('lets an owner turn it on and off; staff cannot turn it off; a code must be 6 digits', async () => {
    const owner = await createUser(t, ['owner']);
    expect((await request(t.server).get('/me/two-factor').set(owner.auth).expect(200)).body).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const started = await request(t.server).post('/me/two-factor/enrolment').set(owner.auth).expect(200);
    const authenticator = { secret: started.body.secret as string, lastStep: null, recoveryCodes: [] };
    const bad = await request(t.server).post('/me/two-factor/enrolment/confirm').set(owner.auth).send({ code: '12ab56' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    await request(t.server).post('/me/two-factor/enrolment/confirm').set(owner.auth).send({ code: (await nextCode(authenticator)).code }).expect(200);
    expect((await login({ email: owner.user.email }).expect(401)).body.code).toBe('SECOND_FACTOR_REQUIRED');
    await request(t.server).post('/me/two-factor/disable').set(owner.auth).send({ code: (await nextCode(authenticator)).code }).expect(204);
    await login({ email: owner.user.email }).expect(200);

    const secretary = await createUser(t, ['secretary']);
    const refused = await request(t.server).post('/me/two-factor/disable').set(secretary.auth).send({ code: '123456' }).expect(409);
    expect(refused.body.code).toBe('TWO_FACTOR_REQUIRED_FOR_ROLE');
  });

  it("lets an admin reset someone's two-step sign-in: their sessions end, they are told by mail, and set it up again", async () => {
    const admin = await createUser(t, ['admin']);
    const chair = await createUser(t, ['chair'], { name: 'Vera Voorzitter' });
    await request(t.server).post(`/users/${chair.user.id}/two-factor/reset`).set(chair.auth).expect(403);
    expect((await request(t.server).post(`/users/${chair.user.id}/two-factor/reset`).set(admin.auth).expect(200)).body).toEqual({ sessionsEnded: 1 });
    await request(t.server).get('/me').set(chair.auth).expect(401);
    forgetTwoFactor(chair.user.email);
    expect((await login({ email: chair.user.email }).expect(403)).body.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const mail = await waitFor('the reset mail', () => sink.messages.find((message) => message.to.includes(chair.user.email)));
    expect(mail.subject).toBe('Inloggen in twee stappen is teruggezet');
    expect(mail.text).toContain('Beste Vera Voorzitter');
    const [line] = await t.dataSource.query(`SELECT actor_id, details FROM auth_audit_events WHERE user_id = $1 AND event_type = 'two_factor_reset_by_admin'`, [
      chair.user.id,
    ]);
    expect(line).toEqual({ actor_id: admin.user.id, details: { sessionsEnded: 1 } });
    await enrolTwoFactor(t, chair.user);
    await login({ email: chair.user.email, ...(await secondFactorFor(chair.user.email)) }).expect(200);
  });

  it('invites by a link that works once and expires; the reset answer is the same for unknown addresses', async () => {
    const admin = await createUser(t, ['admin']);
    const invited = await request(t.server)
      .post('/users')
      .set(admin.auth)
      .send({ name: 'Sam Secretaris', email: 'sam@movisie.nl', organisation: 'Movisie', roles: ['secretary'], language: 'en' })
      .expect(201);
    expect(invited.body.invitationExpiresAt).toEqual(expect.any(String));
    const mailsBefore = sink.messages.length;
    const token = await linkTokenMailedTo('sam@movisie.nl');
    const mail = sink.messages.findLast((message) => message.to.includes('sam@movisie.nl'))!;
    expect(mail.subject).toBe('Your account for the recognition track');
    expect(mail.text).toContain('for 72 hours');
    const stored = JSON.stringify(await t.dataSource.query(`SELECT * FROM account_links`));
    expect(stored).not.toContain(token);

    const view = await request(t.server).post('/auth/account-links/inspect').send({ token }).expect(200);
    expect(view.body).toMatchObject({ purpose: 'invitation', email: 'sam@movisie.nl', twoFactorRequired: true });
    const weak = await request(t.server).post('/auth/account-links/complete').send({ token, password: 'kort' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
    await request(t.server).post('/auth/account-links/complete').send({ token, password: 'een-heel-goed-wachtwoord' }).expect(200);
    const reused = await request(t.server).post('/auth/account-links/complete').send({ token, password: 'nog-een-goed-wachtwoord' }).expect(410);
    expect(reused.body).toMatchObject({ code: 'ACCOUNT_LINK_USED', message: expect.stringMatching(/al gebruikt.*\/ This link has already been used/) });
    expect(reused.headers['set-cookie']).toBeUndefined();
    expect((await request(t.server).post(`/users/${invited.body.id}/invitation`).set(admin.auth).expect(409)).body.code).toBe('ACCOUNT_ALREADY_ACTIVE');

    // A reset: the same answer for a known and an unknown address; only the known one gets mail.
    const owner = await createUser(t, ['owner'], { name: 'Olga Eigenaar' });
    const other = await login({ email: owner.user.email }).expect(200);
    const known = await request(t.server).post('/auth/password-reset').send({ email: owner.user.email.toUpperCase() }).expect(202);
    const unknown = await request(t.server).post('/auth/password-reset').send({ email: 'nobody@example.nl' }).expect(202);
    expect(unknown.body).toEqual(known.body);
    const resetToken = await linkTokenMailedTo(owner.user.email, mailsBefore);
    expect(sink.messages.some((message) => message.to.includes('nobody@example.nl'))).toBe(false);

    await t.dataSource.query(`UPDATE account_links SET expires_at = now() - interval '1 second' WHERE purpose = 'password_reset'`);
    const expired = await request(t.server).post('/auth/account-links/complete').send({ token: resetToken, password: 'een-nieuw-wachtwoord' }).expect(410);
    expect(expired.body.code).toBe('ACCOUNT_LINK_EXPIRED');
    await login({ email: owner.user.email, password: 'een-nieuw-wachtwoord' }).expect(401);
    const unknownLink = await request(t.server).post('/auth/account-links/inspect').send({ token: 'x'.repeat(43) }).expect(404);
    expect(unknownLink.body.code).toBe('ACCOUNT_LINK_UNKNOWN');

    const resetMails = sink.messages.length;
    await request(t.server).post('/auth/password-reset').send({ email: owner.user.email }).expect(202);
    const fresh = await linkTokenMailedTo(owner.user.email, resetMails);
    await request(t.server).post('/auth/account-links/complete').send({ token: fresh, password: 'een-nieuw-wachtwoord' }).expect(200);
    await request(t.server).get('/me').set('Cookie', sessionCookie(other)).expect(401);
    await login({ email: owner.user.email }).expect(401);
    await login({ email: owner.user.email, password: 'een-nieuw-wachtwoord' }).expect(200);
    const reasons = await t.dataSource.query(`SELECT details->>'reason' AS reason FROM auth_audit_events WHERE event_type = 'account_link_refused' ORDER BY id`);
    expect(reasons).toEqual([{ reason: 'used' }, { reason: 'expired' }, { reason: 'unknown' }]);
  });

  it('shows a user their sessions and lets them end one; an admin ends them all', async () => {
    const owner = await createUser(t, ['owner']);
    const browser = await login({ email: owner.user.email }).set('User-Agent', 'Mozilla/5.0 (X11; Linux) Firefox/140.0').expect(200);
    const cookie = { Cookie: sessionCookie(browser), Origin: appOrigin(t) };
    const listed = await request(t.server).get('/me/sessions').set(cookie).expect(200);
    expect(listed.body).toHaveLength(2);
    const current = listed.body.find((session: { current: boolean }) => session.current);
    expect(current).toMatchObject({ userAgent: 'Mozilla/5.0 (X11; Linux) Firefox/140.0', createdAt: expect.any(String), lastSeenAt: expect.any(String) });
    const other = listed.body.find((session: { current: boolean }) => !session.current);

    const stranger = await createUser(t, ['owner']);
    await request(t.server).delete(`/me/sessions/${other.id}`).set(stranger.auth).expect(404);
    await request(t.server).delete(`/me/sessions/${other.id}`).set(cookie).expect(204);
    await request(t.server).get('/me').set(owner.auth).expect(401);
    await request(t.server).get('/me').set(cookie).expect(200);

    const admin = await createUser(t, ['admin']);
    await request(t.server).post(`/users/${owner.user.id}/sessions/end`).set(stranger.auth).expect(403);
    expect((await request(t.server).post(`/users/${owner.user.id}/sessions/end`).set(admin.auth).expect(200)).body).toEqual({ ended: 1 });
    await request(t.server).get('/me').set(cookie).expect(401);
    expect(await auditTypes(owner.user.id)).toEqual(expect.arrayContaining(['session_ended', 'sessions_ended_by_admin']));
  });
});
