import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service.js';
import type { User } from '../users/user.entity.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { AuthAuditLog } from './auth-audit-log.js';
import { TwoFactorService, type SecondFactorInput } from './two-factor/two-factor.service.js';
import { invalidCredentials } from './auth.errors.js';

export interface StartedSession {
  user: User;
  token: string;
  expiresAt: Date;
}


@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuthAuditLog,
  ) {}

  /**
   * Password sign-in; an account with two-step sign-in needs `code` or `recoveryCode` as well
   * (without one the answer is SECOND_FACTOR_REQUIRED, with no session).
   */
  async login(email: string, password: string, ip: string, secondFactor: SecondFactorInput = {}, userAgent?: string): Promise<StartedSession> {
    const found = await this.checkPassword(email, password, ip);
    const used = await this.twoFactor.checkAtSignIn(found, secondFactor, ip);
    const { token, expiresAt } = await this.sessions.start(found.id, userAgent);
    await this.audit.record({ eventType: 'sign_in', userId: found.id, ip, details: { method: 'password', secondFactor: used } });
    return { user: await this.users.get(found.id), token, expiresAt };
  }

  /**
   * The account behind a right e-mail address and password, counted by the login limits; the same
   * refusal for every wrong case. A right password gives its attempt back: what follows (a code)
   * has its own limit (TwoFactorRateLimiter).
   */
  async checkPassword(email: string, password: string, ip: string): Promise<User> {
    await this.rateLimiter.checkAttempt(email, ip);
    const found = await this.users.findForLogin(email);
    const passwordMatches = await this.hasher.verify(found?.passwordHash ?? null, password);
    // A failed attempt stays counted by the limiter.
    if (!found || !passwordMatches || found.disabledAt) throw invalidCredentials();
    await this.rateLimiter.recordSuccess(email, ip);
    return found;
  }

  /** After a right password and a confirmed second factor (first enrolment): a session starts. */
  async startAfterEnrolment(user: User, ip: string, userAgent?: string): Promise<StartedSession> {
    const { token, expiresAt } = await this.sessions.start(user.id, userAgent);
    await this.audit.record({ eventType: 'sign_in', userId: user.id, ip, details: { method: 'password', secondFactor: 'enrolment' } });
    return { user: await this.users.get(user.id), token, expiresAt };
  }

  async register(input: { email: string; name: string; organisation: string; language?: 'nl' | 'en'; password: string }) {
    const user = await this.users.create({ ...input, roles: ['owner'] });
    const { token, expiresAt } = await this.sessions.start(user.id);
    return { user, token, expiresAt };
  }

  /** Changing the password ends every other session of the user. */
  async changePassword(userId: string, sessionId: string, email: string, currentPassword: string, newPassword: string) {
    const found = await this.users.findForLogin(email);
    if (!found || !(await this.hasher.verify(found.passwordHash, currentPassword))) throw invalidCredentials();
    await this.users.setPassword(userId, newPassword);
    await this.sessions.endOthersFor(userId, sessionId);
  }
}
