import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 with what every authenticator app uses: SHA-1, 6 digits, 30 seconds. */
export const TOTP_PERIOD_SECONDS = 30;

/**
 * A code of the step before or after the current one is accepted too (clocks of phones drift);
 * each step's code is accepted once per account (see `verifyTotp`'s `afterStep`).
 */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(issuer: string, accountName: string, secret: string): string {
  return generateURI({ issuer, label: accountName, secret });
}

/**
 * The time step the code belongs to, or null when it is wrong or belongs to a step at or before
 * `afterStep` (the last one used: a code is never taken twice).
 */
export async function verifyTotp(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  // otplib's result type covers HOTP too; a TOTP result always carries its time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
