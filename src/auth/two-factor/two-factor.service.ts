import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import type { Role } from '../../users/role.js';
import { AuthAuditLog } from '../auth-audit-log.js';
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { newTotpSecret, totpUri, verifyTotp } from './totp.js';
import { TwoFactorRateLimiter } from './two-factor-rate-limiter.js';
import {
  invalidCode,
  noEnrolmentStarted,
  secondFactorRequired,
  twoFactorAlreadyEnabled,
  twoFactorEnrolmentRequired,
  twoFactorNotEnabled,
  twoFactorRequiredForRole,
} from './two-factor.errors.js';
import { requiresTwoFactor } from './two-factor-policy.js';

interface TwoFactorRow {
  secret: string;
  confirmed_at: Date | null;
  last_used_step: string | null;
}

export interface SecondFactorInput {
  code?: string;
  recoveryCode?: string;
}

/** How a password sign-in was completed. */
export type SecondFactorUsed = 'totp' | 'recovery_code' | 'none';

export interface TwoFactorStatus {
  enabled: boolean;
  /** The user's roles demand it: it cannot be turned off. */
  required: boolean;
  recoveryCodesLeft: number;
}

export interface TwoFactorEnrolment {
  /** Base32, for typing into an app by hand; shown once, at enrolment. */
  secret: string;
  otpauthUri: string;
  /** The same URI as a QR code, an SVG document. */
  qrCodeSvg: string;
}

/**
 * TOTP second factor: enrolment confirmed by a first code, one-time recovery codes (stored as
 * hashes), and the check at password sign-in. A code's time step is stored when it is used and
 * only later steps are accepted afterwards, so a code is never taken twice (RFC 6238 §5.2).
 */
@Injectable()
export class TwoFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limiter: TwoFactorRateLimiter,
    private readonly audit: AuthAuditLog,
    private readonly config: AppConfig,
  ) {}

  async status(userId: string, roles: readonly Role[]): Promise<TwoFactorStatus> {
    const [row]: { confirmed: boolean; left: number }[] = await this.dataSource.query(
      `SELECT (SELECT confirmed_at IS NOT NULL FROM user_two_factor WHERE user_id = $1) AS confirmed,
              (SELECT count(*)::int FROM user_recovery_codes WHERE user_id = $1 AND used_at IS NULL) AS left`,
      [userId],
    );
    return { enabled: row.confirmed === true, required: requiresTwoFactor(roles), recoveryCodesLeft: row.left };
  }

  /** A new secret, waiting for its first code; replaces an earlier one that was never confirmed. */
  async startEnrolment(user: { id: string; email: string }): Promise<TwoFactorEnrolment> {
    const secret = newTotpSecret();
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO user_two_factor (user_id, secret) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = now(), last_used_step = NULL
         WHERE user_two_factor.confirmed_at IS NULL
       RETURNING user_id`,
      [user.id, secret],
    );
    if (rows.length === 0) throw twoFactorAlreadyEnabled();
    const otpauthUri = totpUri(this.config.TWO_FACTOR_ISSUER, user.email, secret);
    const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri, qrCodeSvg };
  }

  /**
   * Two-factor on with a secret the caller already has, for the demo accounts only (DEMO_SEED; the
   * README publishes it with the demo password). Leaves an account that has one as it is.
   */
  async enrolDemoAccount(userId: string, secret: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO user_two_factor (user_id, secret, confirmed_at) VALUES ($1, $2, now()) ON CONFLICT (user_id) DO NOTHING`,
      [userId, secret],
    );
  }

  /** The first code from the app turns two-factor sign-in on; returns the recovery codes, shown this once. */
  async confirmEnrolment(userId: string, code: string, ip: string | null): Promise<string[]> {
    const row = await this.row(userId);
    if (!row || row.confirmed_at) throw row ? twoFactorAlreadyEnabled() : noEnrolmentStarted();
    await this.limiter.checkAttempt(userId);
    const step = await verifyTotp(row.secret, code, null);
    if (step === null) return this.refuse(userId, ip, 'enrolment');
    return this.dataSource.transaction(async (manager) => {
      const confirmed: unknown[] = await manager.query(
        `WITH confirmed AS (
           UPDATE user_two_factor SET confirmed_at = now(), last_used_step = $2
            WHERE user_id = $1 AND confirmed_at IS NULL AND secret = $3 RETURNING user_id
         ) SELECT user_id FROM confirmed`,
        [userId, step, row.secret],
      );
      if (confirmed.length === 0) throw noEnrolmentStarted();
      const codes = await this.replaceRecoveryCodes(manager, userId);
      await this.audit.record({ eventType: 'two_factor_enrolled', userId, ip }, manager);
      await this.limiter.recordSuccess(userId);
      return codes;
    });
  }

  /**
   * The second step of a password sign-in, after the password was found right. Throws when the
   * account has two-factor on and no good code was given, or when its roles need it and it is off.
   */
  async checkAtSignIn(user: { id: string; roles: readonly Role[] }, input: SecondFactorInput, ip: string | null): Promise<SecondFactorUsed> {
    const row = await this.row(user.id);
    if (!row?.confirmed_at) {
      if (requiresTwoFactor(user.roles)) throw twoFactorEnrolmentRequired();
      return 'none';
    }
    if (!input.code && !input.recoveryCode) throw secondFactorRequired();
    await this.limiter.checkAttempt(user.id);
    if (input.code) {
      if (!(await this.takeCode(user.id, row, input.code))) return this.refuse(user.id, ip, 'sign_in');
      await this.limiter.recordSuccess(user.id);
      return 'totp';
    }
    if (!(await this.takeRecoveryCode(this.dataSource.manager, user.id, input.recoveryCode!))) return this.refuse(user.id, ip, 'sign_in_recovery_code');
    await this.limiter.recordSuccess(user.id);
    await this.audit.record({ eventType: 'recovery_code_used', userId: user.id, ip });
    return 'recovery_code';
  }

  /** Owners may turn it off again, with a current code; roles that need it cannot. */
  async disable(user: { id: string; roles: readonly Role[] }, code: string, ip: string | null): Promise<void> {
    if (requiresTwoFactor(user.roles)) throw twoFactorRequiredForRole();
    await this.checkCurrentCode(user.id, code, ip);
    await this.remove(user.id);
    await this.audit.record({ eventType: 'two_factor_disabled', userId: user.id, ip });
  }

  /** A fresh set of recovery codes, with a current code; the old ones stop working. */
  async renewRecoveryCodes(userId: string, code: string, ip: string | null): Promise<string[]> {
    await this.checkCurrentCode(userId, code, ip);
    return this.dataSource.transaction(async (manager) => {
      const codes = await this.replaceRecoveryCodes(manager, userId);
      await this.audit.record({ eventType: 'recovery_codes_renewed', userId, ip }, manager);
      return codes;
    });
  }

  /** Removes the secret and recovery codes: for an admin's reset. The caller audits and tells the user. */
  async remove(userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [, removed] = (await manager.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [userId])) as [unknown, number];
    await manager.query(`DELETE FROM user_recovery_codes WHERE user_id = $1`, [userId]);
    return removed > 0;
  }

  private async checkCurrentCode(userId: string, code: string, ip: string | null): Promise<void> {
    const row = await this.row(userId);
    if (!row?.confirmed_at) throw twoFactorNotEnabled();
    await this.limiter.checkAttempt(userId);
    if (!(await this.takeCode(userId, row, code))) await this.refuse(userId, ip, 'confirmation');
    await this.limiter.recordSuccess(userId);
  }

  private async row(userId: string): Promise<TwoFactorRow | undefined> {
    const [row]: TwoFactorRow[] = await this.dataSource.query(
      `SELECT secret, confirmed_at, last_used_step FROM user_two_factor WHERE user_id = $1`,
      [userId],
    );
    return row;
  }

  /** True when the code is right and its step is later than any used before; records the step in the same statement. */
  private async takeCode(userId: string, row: TwoFactorRow, code: string): Promise<boolean> {
    const lastStep = row.last_used_step === null ? null : Number(row.last_used_step);
    const step = await verifyTotp(row.secret, code, lastStep);
    if (step === null) return false;
    // Two requests with the same code at once: only one moves the step on. (A CTE, so the driver hands back the rows.)
    const taken: unknown[] = await this.dataSource.query(
      `WITH taken AS (
         UPDATE user_two_factor SET last_used_step = $2
          WHERE user_id = $1 AND confirmed_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < $2) RETURNING user_id
       ) SELECT user_id FROM taken`,
      [userId, step],
    );
    return taken.length === 1;
  }

  private async takeRecoveryCode(manager: EntityManager, userId: string, code: string): Promise<boolean> {
    const used: unknown[] = await manager.query(
      `WITH used AS (
         UPDATE user_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id
       ) SELECT id FROM used`,
      [userId, hashRecoveryCode(code)],
    );
    return used.length === 1;
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    await manager.query(`DELETE FROM user_recovery_codes WHERE user_id = $1`, [userId]);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await manager.query(
      `INSERT INTO user_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::bytea[])`,
      [userId, codes.map(hashRecoveryCode)],
    );
    return codes;
  }

  private async refuse(userId: string, ip: string | null, during: string): Promise<never> {
    await this.audit.record({ eventType: 'two_factor_refused', userId, ip, details: { during } });
    throw invalidCode();
  }
}
