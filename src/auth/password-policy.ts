import { dictionary } from '@zxcvbn-ts/language-common';

export const MINIMUM_PASSWORD_LENGTH = 12;
export const MAXIMUM_PASSWORD_LENGTH = 256;

/** About 49,000 of the most used passwords (zxcvbn's list), plus obvious local ones. */
const COMMON_PASSWORDS = new Set<string>([
  ...(dictionary['passwords-common'] as string[]),
  'welkom123456', 'wachtwoord123', 'wachtwoord1234', 'welkomwelkom', 'movisie12345', 'erkenning123',
]);

/** Returns a reason (Dutch / English) when the password is not acceptable, otherwise null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MINIMUM_PASSWORD_LENGTH)
    return `Het wachtwoord moet minstens ${MINIMUM_PASSWORD_LENGTH} tekens hebben. / The password must be at least ${MINIMUM_PASSWORD_LENGTH} characters long.`;
  if (password.length > MAXIMUM_PASSWORD_LENGTH)
    return `Het wachtwoord mag hoogstens ${MAXIMUM_PASSWORD_LENGTH} tekens hebben. / The password must be at most ${MAXIMUM_PASSWORD_LENGTH} characters long.`;
  const normalised = password.toLowerCase();
  if (COMMON_PASSWORDS.has(normalised) || /^(.)\1+$/.test(password) || isSequence(normalised))
    return 'Dit wachtwoord wordt te vaak gebruikt; kies een ander. / This password is too common; choose another.';
  return null;
}

function isSequence(password: string): boolean {
  const digits = '012345678901234567890';
  const letters = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz';
  return digits.includes(password) || letters.includes(password);
}
