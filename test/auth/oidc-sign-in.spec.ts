import request from 'supertest';
import { UsersService } from '../../src/users/users.service.js';
import { startIdentityProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type IdentityProvider } from '../support/identity-provider.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../support/users.js';

const APP_URL = 'http://localhost:3000';
const CALLBACK_URL = `${APP_URL}/auth/oidc/callback`;

describe('sign-in with the identity provider (OpenID Connect)', () => {
  let idp: IdentityProvider;
  let otherIdp: IdentityProvider;
  let t: TestApp;

  beforeAll(async () => {
    [idp, otherIdp] = await Promise.all([startIdentityProvider(), startIdentityProvider()]);
    idp.registerClient(CALLBACK_URL);
    otherIdp.registerClient(CALLBACK_URL);
    t = await createTestApp({
      APP_URL,
      OIDC_ISSUER_URL: idp.issuer,
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      OIDC_BUTTON_LABEL: 'Movisie',
    });
    await t.reset();
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([idp?.close(), otherIdp?.close()]);
  });
  // Only what these tests write, which is quicker than a full reset.
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM sessions; DELETE FROM oidc_sign_in_events; DELETE FROM oidc_sign_in_flows; DELETE FROM users`);
    idp.accounts.clear();
  });

  /** GET /auth/oidc/start as the browser: the flow cookie and the provider's authorization URL. */
  async function start() {
    const response = await request(t.server).get('/auth/oidc/start').expect(303);
    const flowCookie = (response.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('erk_oidc_flow='))!;
    return { flowCookie: flowCookie.split(';')[0], authorizationUrl: new URL(response.headers.location) };
  }

  /** The provider's redirect back, followed to the app's callback with the browser's flow cookie. */
  function callback(callbackUrl: URL, flowCookie: string) {
    return request(t.server)
      .get(callbackUrl.pathname + callbackUrl.search)
      .set('Cookie', flowCookie)
      .expect(303);
  }

  async function signIn(subject: string, account: { email: string; email_verified?: boolean; name?: string }) {
    idp.accounts.set(subject, { email_verified: true, ...account });
    const { flowCookie, authorizationUrl } = await start();
    return callback(await idp.signIn(authorizationUrl.href, subject), flowCookie);
  }

  function sessionCookieOf(response: request.Response): string | undefined {
    return (response.headers['set-cookie'] as unknown as string[] | undefined)?.find((cookie) => cookie.startsWith('erk_session='))?.split(';')[0];
  }

  const auditLines = () => t.dataSource.query(`SELECT outcome, code, user_id AS "userId", email FROM oidc_sign_in_events ORDER BY id`);
  const sessionCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM sessions`))[0].n);

  /** A refusal: back to the login page naming the reason, no session cookie, no session row, one audit line. */
  async function expectRefusal(response: request.Response, code: string, sessionsBefore = 0) {
    expect(response.headers.location).toBe(`${APP_URL}/inloggen?oidc=${code}`);
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(await sessionCount()).toBe(sessionsBefore);
    expect((await auditLines()).at(-1)).toMatchObject({ outcome: 'refused', code });
  }

  it('tells the login page that sign-in with the identity provider is on, and the name for its button', async () => {
    const response = await request(t.server).get('/auth/oidc').expect(200);
    expect(response.body).toEqual({ enabled: true, buttonLabel: 'Movisie' });
  });

  it('signs a staff member in with the authorization code flow (PKCE, state, nonce) into an ordinary session', async () => {
    const { user } = await createUser(t, ['secretary'], { email: 'sara@movisie.example', name: 'Sara Secretaris' });
    await t.dataSource.query(`DELETE FROM sessions`);
    const { flowCookie, authorizationUrl } = await start();
    expect(authorizationUrl.origin).toBe(idp.issuer);
    expect(Object.fromEntries(authorizationUrl.searchParams)).toMatchObject({
      client_id: TEST_CLIENT_ID,
      redirect_uri: CALLBACK_URL,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      state: expect.stringMatching(/^[\w-]{43}$/),
      nonce: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(flowCookie).toMatch(/^erk_oidc_flow=[\w-]{43}$/);

    idp.accounts.set('sara-1', { email: 'Sara@Movisie.example', email_verified: true, name: 'Sara S.' });
    const response = await callback(await idp.signIn(authorizationUrl.href, 'sara-1'), flowCookie);
    expect(response.headers.location).toBe(`${APP_URL}/`);
    const session = sessionCookieOf(response)!;
    expect(session).toMatch(/^erk_session=[\w-]{43}$/);
    const me = await request(t.server).get('/me').set('Cookie', session).expect(200);
    expect(me.body).toMatchObject({ id: user.id, roles: ['secretary'] });
    expect(await auditLines()).toEqual([{ outcome: 'signed_in', code: null, userId: user.id, email: null }]);
    expect(await t.dataSource.query(`SELECT 1 FROM oidc_sign_in_flows`)).toHaveLength(0);
  });

  it('refuses a replayed callback, and a used code brought to a new attempt, without a session', async () => {
    await createUser(t, ['coach'], { email: 'cor@movisie.example' });
    await t.dataSource.query(`DELETE FROM sessions`);
    idp.accounts.set('cor', { email: 'cor@movisie.example', email_verified: true });
    const first = await start();
    const callbackUrl = await idp.signIn(first.authorizationUrl.href, 'cor');
    await callback(callbackUrl, first.flowCookie);
    expect(await sessionCount()).toBe(1);

    await expectRefusal(await callback(callbackUrl, first.flowCookie), 'OIDC_FLOW_UNKNOWN', 1);

    const second = await start();
    const usedCode = new URL(callbackUrl);
    usedCode.searchParams.set('state', second.authorizationUrl.searchParams.get('state')!);
    await expectRefusal(await callback(usedCode, second.flowCookie), 'OIDC_CODE_REJECTED', 1);
  });

  it('refuses an answer whose state does not belong to the attempt', async () => {
    idp.accounts.set('cor', { email: 'cor@movisie.example', email_verified: true });
    const { flowCookie, authorizationUrl } = await start();
    const callbackUrl = await idp.signIn(authorizationUrl.href, 'cor');
    callbackUrl.searchParams.set('state', 'a-state-from-another-attempt');
    await expectRefusal(await callback(callbackUrl, flowCookie), 'OIDC_STATE_MISMATCH');
  });

  it('refuses a callback without the flow cookie (another browser) as an unknown attempt', async () => {
    idp.accounts.set('cor', { email: 'cor@movisie.example', email_verified: true });
    const { authorizationUrl } = await start();
    const callbackUrl = await idp.signIn(authorizationUrl.href, 'cor');
    const response = await request(t.server).get(callbackUrl.pathname + callbackUrl.search).expect(303);
    await expectRefusal(response, 'OIDC_FLOW_UNKNOWN');
  });

  it('refuses an ID token with another nonce (the authorization request was tampered with)', async () => {
    await createUser(t, ['coach'], { email: 'cor@movisie.example' });
    await t.dataSource.query(`DELETE FROM sessions`);
    idp.accounts.set('cor', { email: 'cor@movisie.example', email_verified: true });
    const { flowCookie, authorizationUrl } = await start();
    authorizationUrl.searchParams.set('nonce', 'a-nonce-the-app-never-issued');
    await expectRefusal(await callback(await idp.signIn(authorizationUrl.href, 'cor'), flowCookie), 'OIDC_NONCE_MISMATCH');
  });

  it('refuses an answer from another identity provider (mix-up)', async () => {
    await createUser(t, ['coach'], { email: 'cor@movisie.example' });
    await t.dataSource.query(`DELETE FROM sessions`);
    otherIdp.accounts.set('cor', { email: 'cor@movisie.example', email_verified: true });
    const { flowCookie, authorizationUrl } = await start();
    const atOtherProvider = new URL(authorizationUrl.pathname + authorizationUrl.search, otherIdp.issuer);
    const callbackUrl = await otherIdp.signIn(atOtherProvider.href, 'cor');
    expect(callbackUrl.searchParams.get('iss')).toBe(otherIdp.issuer);
    await expectRefusal(await callback(callbackUrl, flowCookie), 'OIDC_ISSUER_MISMATCH');
  });

  it('refuses an e-mail address the provider has not verified, and finds no account by it', async () => {
    await createUser(t, ['admin'], { email: 'anna@movisie.example' });
    await t.dataSource.query(`DELETE FROM sessions`);
    await expectRefusal(await signIn('anna', { email: 'anna@movisie.example', email_verified: false }), 'OIDC_EMAIL_NOT_VERIFIED');
    expect((await auditLines()).at(-1)).toMatchObject({ userId: null, email: 'anna@movisie.example' });
  });

  it('makes an account without a role for an unknown person, signs them in only after an admin grants a role', async () => {
    await expectRefusal(await signIn('new-1', { email: 'nieuw@movisie.example', name: 'Nina Nieuw' }), 'OIDC_ROLE_PENDING');
    const [made] = await t.dataSource.query(`SELECT id, email, name, organisation, roles FROM users`);
    expect(made).toMatchObject({ email: 'nieuw@movisie.example', name: 'Nina Nieuw', organisation: 'Movisie', roles: [] });
    expect((await auditLines()).at(-1)).toMatchObject({ userId: made.id });
    // Her random password is never known, so password sign-in finds nothing to accept.
    await request(t.server).post('/auth/login').send({ email: 'nieuw@movisie.example', password: 'een wachtwoord dat niemand kent' }).expect(401);

    await expectRefusal(await signIn('new-1', { email: 'nieuw@movisie.example' }), 'OIDC_ROLE_PENDING');
    expect(await t.dataSource.query(`SELECT 1 FROM users`)).toHaveLength(1);

    await t.app.get(UsersService).update(made.id, { roles: ['reviewer'] });
    const response = await signIn('new-1', { email: 'nieuw@movisie.example' });
    expect(response.headers.location).toBe(`${APP_URL}/`);
    await request(t.server).get('/me').set('Cookie', sessionCookieOf(response)!).expect(200);
  });

  it('sends owners to their password, and refuses a disabled account', async () => {
    await createUser(t, ['owner'], { email: 'olga@stichting.example' });
    const { user: disabled } = await createUser(t, ['chair'], { email: 'chris@movisie.example' });
    await t.app.get(UsersService).disable(disabled.id);
    await t.dataSource.query(`DELETE FROM sessions`);
    await expectRefusal(await signIn('olga', { email: 'olga@stichting.example' }), 'OIDC_OWNER_ACCOUNT');
    await expectRefusal(await signIn('chris', { email: 'chris@movisie.example' }), 'OIDC_ACCOUNT_DISABLED');
  });
});

describe('sign-in with the identity provider when it is not configured', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('says so to the login page and refuses start and callback with an audit line', async () => {
    await t.reset();
    expect((await request(t.server).get('/auth/oidc').expect(200)).body).toEqual({ enabled: false, buttonLabel: null });
    const started = await request(t.server).get('/auth/oidc/start').expect(303);
    expect(started.headers.location).toBe(`${t.config.APP_URL}/inloggen?oidc=OIDC_NOT_CONFIGURED`);
    const answered = await request(t.server).get('/auth/oidc/callback?code=abc&state=def').set('Cookie', 'erk_oidc_flow=abc').expect(303);
    expect(answered.headers.location).toBe(`${t.config.APP_URL}/inloggen?oidc=OIDC_NOT_CONFIGURED`);
    expect(await t.dataSource.query(`SELECT outcome, code FROM oidc_sign_in_events`)).toEqual([
      { outcome: 'refused', code: 'OIDC_NOT_CONFIGURED' },
      { outcome: 'refused', code: 'OIDC_NOT_CONFIGURED' },
    ]);
    expect(await t.dataSource.query(`SELECT 1 FROM sessions`)).toHaveLength(0);
  });
});

describe('sign-in with the identity provider while the provider cannot be reached', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 9 (discard) here: the API starts anyway, discovery fails at the first sign-in.
    t = await createTestApp({
      OIDC_ISSUER_URL: 'http://127.0.0.1:9',
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      OIDC_BUTTON_LABEL: 'Movisie',
    });
  });
  afterAll(() => t?.close());

  it('sends the browser back to the login page saying so, with an audit line and no attempt stored', async () => {
    await t.reset();
    const response = await request(t.server).get('/auth/oidc/start').expect(303);
    expect(response.headers.location).toBe(`${t.config.APP_URL}/inloggen?oidc=OIDC_PROVIDER_UNAVAILABLE`);
    expect(await t.dataSource.query(`SELECT outcome, code FROM oidc_sign_in_events`)).toEqual([{ outcome: 'refused', code: 'OIDC_PROVIDER_UNAVAILABLE' }]);
    expect(await t.dataSource.query(`SELECT 1 FROM oidc_sign_in_flows`)).toHaveLength(0);
  });
});
