import { createHash, randomBytes } from 'node:crypto';

export type AccountLinkPurpose = 'invitation' | 'password_reset';

/** 256 random bits, URL-safe; only its SHA-256 is stored. */
export function newAccountLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAccountLinkToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The web page that reads the token from the fragment, which never reaches a server log. */
export function accountLinkPath(token: string): string {
  return `/wachtwoord-instellen#${token}`;
}
