import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../../redis/redis.module.js';
import { COUNT_IN_FIXED_WINDOW } from '../../redis/fixed-window-counter.js';
import type { User } from '../../users/user.entity.js';
import { UsersService } from '../../users/users.service.js';
import { AuthAuditLog } from '../auth-audit-log.js';
import { SessionsService } from '../sessions.service.js';
import { requiresTwoFactor } from '../two-factor/two-factor-policy.js';
import { accountLinkRefused, type AccountLinkRefusal } from './account-link.errors.js';
import { accountLinkPath, hashAccountLinkToken, newAccountLinkToken, type AccountLinkPurpose } from './account-link-token.js';
import { AccountMailer } from './account-mailer.js';

/** Reset mails per address within LOGIN_WINDOW_SECONDS; more requests get the same answer and no mail. */
const RESET_MAILS_PER_WINDOW = 3;

interface LinkRow {
  id: string;
  user_id: string;
  purpose: AccountLinkPurpose;
  expires_at: Date;
  used_at: Date | null;
}

export interface AccountLinkView {
  purpose: AccountLinkPurpose;
  email: string;
  name: string;
  expiresAt: Date;
  /** After setting the password, sign-in asks to set up an authenticator app. */
  twoFactorRequired: boolean;
}

/**
 * One-time links to set a password: an invitation for a new staff account, a reset for anyone.
 * The token goes out in the mail and only its hash is stored; a link works once, until it
 * expires, and a new link of the same kind replaces the one before.
 */
@Injectable()
export class AccountLinksService {
  private readonly logger = new Logger('account-links');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly mailer: AccountMailer,
    private readonly audit: AuthAuditLog,
    private readonly config: AppConfig,
  ) {
    redis.defineCommand('takeResetRequest', { numberOfKeys: 1, lua: COUNT_IN_FIXED_WINDOW });
  }

  async invite(user: User, adminId: string, ip: string | null): Promise<{ expiresAt: Date }> {
    const hours = this.config.INVITATION_LINK_TTL_HOURS;
    const { token, expiresAt } = await this.issue(user.id, 'invitation', hours * 3600_000, adminId);
    this.mailer.sendLater('invitation', user, accountLinkPath(token), { hours });
    await this.audit.record({ eventType: 'invitation_sent', userId: user.id, actorId: adminId, ip, details: { expiresAt: expiresAt.toISOString() } });
    return { expiresAt };
  }

  /**
   * Always the same answer, whether the address is known or not: the lookup and the counter are
   * the same work either way, and the link is made and mailed after the answer has gone.
   */
  async requestReset(email: string, ip: string | null): Promise<void> {
    const normalised = email.toLowerCase();
    const [found, count] = await Promise.all([this.users.findForLogin(normalised), this.countResetRequest(normalised)]);
    if (!found || found.disabledAt || count > RESET_MAILS_PER_WINDOW) return;
    setImmediate(() => {
      this.sendReset(found, ip).catch((error: Error) => this.logger.error(`password reset link not made: ${error.message}`));
    });
  }

  async inspect(token: string, ip: string | null): Promise<AccountLinkView> {
    const link = await this.find(token);
    const refusal = refusalFor(link);
    if (refusal) await this.refuse(refusal, link?.user_id ?? null, ip);
    const user = await this.users.get(link!.user_id);
    return { purpose: link!.purpose, email: user.email, name: user.name, expiresAt: link!.expires_at, twoFactorRequired: requiresTwoFactor(user.roles) };
  }

  /** Sets the password and uses the link up, in one step; every session of the account ends. */
  async complete(token: string, password: string, ip: string | null): Promise<{ purpose: AccountLinkPurpose; email: string }> {
    const tokenHash = hashAccountLinkToken(token);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [used]: { user_id: string; purpose: AccountLinkPurpose }[] = await manager.query(
        `WITH used AS (
           UPDATE account_links SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
              AND EXISTS (SELECT 1 FROM users WHERE users.id = account_links.user_id AND users.disabled_at IS NULL)
            RETURNING user_id, purpose
         ) SELECT user_id, purpose FROM used`,
        [tokenHash],
      );
      if (!used) return null;
      await this.users.setPassword(used.user_id, password, manager);
      await this.audit.record({ eventType: 'password_set_by_link', userId: used.user_id, ip, details: { purpose: used.purpose } }, manager);
      return used;
    });
    if (!outcome) {
      const link = await this.find(token);
      return this.refuse(refusalFor(link) ?? 'unknown', link?.user_id ?? null, ip);
    }
    await this.sessions.endAllFor(outcome.user_id);
    const user = await this.users.get(outcome.user_id);
    return { purpose: outcome.purpose, email: user.email };
  }

  private async sendReset(user: User, ip: string | null): Promise<void> {
    const minutes = this.config.PASSWORD_RESET_LINK_TTL_MINUTES;
    const { token } = await this.issue(user.id, 'password_reset', minutes * 60_000, null);
    this.mailer.sendLater('password_reset', user, accountLinkPath(token), { minutes });
    await this.audit.record({ eventType: 'password_reset_requested', userId: user.id, ip });
  }

  private async issue(userId: string, purpose: AccountLinkPurpose, ttlMs: number, createdBy: string | null) {
    const token = newAccountLinkToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    await this.dataSource.transaction(async (manager) => {
      // The newest link of a kind is the only one that works.
      await manager.query(`DELETE FROM account_links WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
      await manager.query(
        `INSERT INTO account_links (user_id, purpose, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5)`,
        [userId, purpose, hashAccountLinkToken(token), expiresAt, createdBy],
      );
    });
    return { token, expiresAt };
  }

  private async find(token: string): Promise<LinkRow | undefined> {
    const [row]: LinkRow[] = await this.dataSource.query(
      `SELECT l.id, l.user_id, l.purpose, l.expires_at, l.used_at FROM account_links l JOIN users u ON u.id = l.user_id
        WHERE l.token_hash = $1 AND u.disabled_at IS NULL`,
      [hashAccountLinkToken(token)],
    );
    return row;
  }

  private async countResetRequest(email: string): Promise<number> {
    const key = `password-reset:account:${createHash('sha256').update(email).digest('hex')}`;
    const counters = this.redis as unknown as { takeResetRequest(key: string, windowSeconds: number): Promise<[number, number]> };
    const [count] = await counters.takeResetRequest(key, this.config.LOGIN_WINDOW_SECONDS);
    return count;
  }

  private async refuse(reason: AccountLinkRefusal, userId: string | null, ip: string | null): Promise<never> {
    await this.audit.record({ eventType: 'account_link_refused', userId, ip, details: { reason } });
    throw accountLinkRefused(reason);
  }
}

function refusalFor(link: LinkRow | undefined): AccountLinkRefusal | null {
  if (!link) return 'unknown';
  if (link.used_at) return 'used';
  if (link.expires_at.getTime() <= Date.now()) return 'expired';
  return null;
}
