import { generate } from 'otplib';
import { TOTP_PERIOD_SECONDS } from '../../src/auth/two-factor/totp.js';
import { TwoFactorService } from '../../src/auth/two-factor/two-factor.service.js';
import { DEMO_TOTP_SECRET, DEMO_USERS } from '../../src/seed/demo-users.js';
import { requiresTwoFactor } from '../../src/auth/two-factor/two-factor-policy.js';
import type { TestApp } from './test-app.js';

interface Authenticator {
  secret: string;
  /** The last time step whose code was used: the server takes each step once per account. */
  lastStep: number | null;
  recoveryCodes: string[];
}

/**
 * The authenticator app of every account a test signed up with two-step sign-in, by e-mail: the
 * test computes codes from the secret, as a phone would. The server accepts the step before and
 * after the current one, each once, so a test that signs in an account several times within 30
 * seconds moves through those steps and then falls back on the account's recovery codes.
 */
const authenticators = new Map<string, Authenticator>();

/** Sets up two-step sign-in through the service's own enrolment, confirmed by a first code. */
export async function enrolTwoFactor(testApp: TestApp, user: { id: string; email: string }): Promise<Authenticator> {
  const service = testApp.app.get(TwoFactorService);
  const { secret } = await service.startEnrolment(user);
  const authenticator: Authenticator = { secret, lastStep: null, recoveryCodes: [] };
  const { code } = await nextCode(authenticator);
  authenticator.recoveryCodes = await service.confirmEnrolment(user.id, code, null);
  authenticators.set(user.email.toLowerCase(), authenticator);
  return authenticator;
}

/** What a sign-in of this account adds to e-mail and password: a code, a recovery code, or nothing. */
export async function secondFactorFor(email: string): Promise<{ code?: string; recoveryCode?: string }> {
  const authenticator = authenticators.get(email.toLowerCase()) ?? demoAuthenticator(email);
  if (!authenticator) return {};
  const next = await nextCode(authenticator).catch(() => null);
  if (next) return { code: next.code };
  const recoveryCode = authenticator.recoveryCodes.shift();
  if (!recoveryCode) throw new Error(`${email}: no code step or recovery code left for another sign-in within this half minute`);
  return { recoveryCode };
}

/** The code of the earliest step the server still takes for this account. */
export async function nextCode(authenticator: Authenticator): Promise<{ code: string; step: number }> {
  const now = Date.now() / 1000;
  const current = Math.floor(now / TOTP_PERIOD_SECONDS);
  // The step before is only safe while the server's clock cannot pass into the next step first.
  const earliest = now - current * TOTP_PERIOD_SECONDS < TOTP_PERIOD_SECONDS - 5 ? current - 1 : current;
  const step = Math.max(earliest, (authenticator.lastStep ?? -Infinity) + 1);
  if (step > current + 1) throw new Error('no step left within the tolerance');
  authenticator.lastStep = step;
  return { code: await generate({ secret: authenticator.secret, epoch: step * TOTP_PERIOD_SECONDS }), step };
}

/** The demo accounts share the published demo secret (src/seed/demo-users.ts). */
function demoAuthenticator(email: string): Authenticator | undefined {
  const demo = DEMO_USERS.find((user) => user.email === email.toLowerCase());
  if (!demo || !requiresTwoFactor(demo.roles)) return undefined;
  const authenticator: Authenticator = { secret: DEMO_TOTP_SECRET, lastStep: null, recoveryCodes: [] };
  authenticators.set(demo.email, authenticator);
  return authenticator;
}

/** Forgets an account's authenticator, after a test reset its two-step sign-in. */
export function forgetTwoFactor(email: string): void {
  authenticators.delete(email.toLowerCase());
}
