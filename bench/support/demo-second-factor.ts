import { generate } from 'otplib';
import { TOTP_PERIOD_SECONDS } from '../../src/auth/two-factor/totp.js';
import { requiresTwoFactor } from '../../src/auth/two-factor/two-factor-policy.js';
import { DEMO_TOTP_SECRET, DEMO_USERS } from '../../src/seed/demo-users.js';

/** The last code step used per account: the server takes each step once per account. */
const lastSteps = new Map<string, number>();

/** Turns two-step sign-in on for a staff account a bench made, with the published demo secret. */
export const ENROL_WITH_DEMO_SECRET_SQL = `INSERT INTO user_two_factor (user_id, secret, confirmed_at)
  SELECT id, '${DEMO_TOTP_SECRET}', now() FROM users WHERE email = $1 ON CONFLICT (user_id) DO NOTHING`;

/**
 * What a bench adds to an account's e-mail and password: for a demo staff account (two-step
 * sign-in is required for staff), or one enrolled with ENROL_WITH_DEMO_SECRET_SQL (`staff`), the
 * code of the published demo secret; nothing for an owner. One account signs in at most three
 * times per half minute (the steps the server accepts).
 */
export async function demoSecondFactor(email: string, { staff }: { staff?: boolean } = {}): Promise<{ code?: string }> {
  const demo = DEMO_USERS.find((user) => user.email === email.toLowerCase());
  if (!(staff ?? (demo !== undefined && requiresTwoFactor(demo.roles)))) return {};
  const account = email.toLowerCase();
  const current = Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);
  const step = Math.max(current - 1, (lastSteps.get(account) ?? -Infinity) + 1);
  if (step > current + 1) throw new Error(`${email}: signed in too often within half a minute`);
  lastSteps.set(account, step);
  return { code: await generate({ secret: DEMO_TOTP_SECRET, epoch: step * TOTP_PERIOD_SECONDS }) };
}
