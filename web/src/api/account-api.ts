import { call, callForNoContent, client } from './client';
import type { UserView } from './types';

export interface SecondFactor {
  code?: string;
  recoveryCode?: string;
}

export interface TwoFactorEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

export interface TwoFactorStatus {
  enabled: boolean;
  /** The roles demand it: it cannot be turned off. */
  required: boolean;
  recoveryCodesLeft: number;
}

export interface AccountLinkView {
  purpose: 'invitation' | 'password_reset';
  email: string;
  name: string;
  expiresAt: string;
  twoFactorRequired: boolean;
}

export interface SessionView {
  id: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

/** A six-digit entry is an authenticator code; anything else is taken for a recovery code. */
export function secondFactorOf(entry: string): SecondFactor {
  const trimmed = entry.trim();
  return /^\d{6}$/.test(trimmed) ? { code: trimmed } : { recoveryCode: trimmed };
}

/** Two-step sign-in, one-time account links and the own sessions. */
export const accountApi = {
  login: (email: string, password: string, secondFactor: SecondFactor = {}) =>
    call<{ user: UserView }>(client.POST('/auth/login', { body: { email, password, ...secondFactor } })),
  startEnrolment: (email: string, password: string) =>
    call<TwoFactorEnrolment>(client.POST('/auth/two-factor/enrolment', { body: { email, password } })),
  confirmEnrolment: (email: string, password: string, code: string) =>
    call<{ user: UserView; recoveryCodes: string[] }>(client.POST('/auth/two-factor/enrolment/confirm', { body: { email, password, code } })),
  requestPasswordReset: (email: string) => call<{ message: string }>(client.POST('/auth/password-reset', { body: { email } })),
  inspectLink: (token: string) => call<AccountLinkView>(client.POST('/auth/account-links/inspect', { body: { token } })),
  completeLink: (token: string, password: string) =>
    call<{ purpose: string; email: string }>(client.POST('/auth/account-links/complete', { body: { token, password } })),
  twoFactorStatus: () => call<TwoFactorStatus>(client.GET('/me/two-factor')),
  startMyEnrolment: () => call<TwoFactorEnrolment>(client.POST('/me/two-factor/enrolment')),
  confirmMyEnrolment: (code: string) => call<{ recoveryCodes: string[] }>(client.POST('/me/two-factor/enrolment/confirm', { body: { code } })),
  disableMine: (code: string) => callForNoContent(client.POST('/me/two-factor/disable', { body: { code }, parseAs: 'text' })),
  sessions: () => call<SessionView[]>(client.GET('/me/sessions')),
  endSession: (id: string) => callForNoContent(client.DELETE('/me/sessions/{id}', { params: { path: { id } }, parseAs: 'text' })),
};
