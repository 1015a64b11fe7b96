import request from 'supertest';
import type { AuthUser } from '../../src/auth/auth-user.js';
import type { Role } from '../../src/users/role.js';
import { UsersService } from '../../src/users/users.service.js';
import type { TestApp } from './test-app.js';
import { requiresTwoFactor } from '../../src/auth/two-factor/two-factor-policy.js';
import { enrolTwoFactor, secondFactorFor } from './two-factor.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

let counter = 0;

/**
 * Creates a user directly through the service and signs them in; returns a bearer header and the
 * AuthUser for service calls. Roles that need two-step sign-in get an authenticator set up first
 * (test/support/two-factor.ts computes its codes).
 */
export async function createUser(
  testApp: TestApp,
  roles: Role[],
  fields: Partial<{ name: string; email: string; organisation: string; language: 'nl' | 'en' }> = {},
) {
  counter += 1;
  const email = fields.email ?? `user${counter}-${Date.now()}@example.nl`;
  const user = await testApp.app.get(UsersService).create({
    email,
    name: fields.name ?? `Gebruiker ${counter}`,
    organisation: fields.organisation ?? 'Stichting Voorbeeld',
    language: fields.language,
    roles,
    password: TEST_PASSWORD,
  });
  if (requiresTwoFactor(roles)) await enrolTwoFactor(testApp, user);
  const response = await request(testApp.server)
    .post('/auth/tokens')
    .send({ email, password: TEST_PASSWORD, ...(await secondFactorFor(email)) })
    .expect(200);
  const authUser: AuthUser = { ...user, sessionId: 'test' };
  return { user, authUser, token: response.body.token as string, auth: { Authorization: `Bearer ${response.body.token}` } };
}

/**
 * Signs in as the web application does: the session cookie, plus the Origin header every browser
 * sends with it; the API refuses cookie requests that change something without its own origin.
 */
export async function signInWithCookie(testApp: TestApp, email: string, password = TEST_PASSWORD) {
  const response = await request(testApp.server)
    .post('/auth/login')
    .send({ email, password, ...(await secondFactorFor(email)) })
    .expect(200);
  return { Cookie: sessionCookie(response), Origin: appOrigin(testApp) };
}

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookie(response: request.Response): string {
  const header = response.headers['set-cookie'] as unknown as string[];
  return header[0].split(';')[0];
}

/** The origin of the app's own pages (APP_URL). */
export function appOrigin(testApp: TestApp): string {
  return new URL(testApp.config.APP_URL).origin;
}
