import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OidcRefusalCode } from './oidc-refusal.js';

export type OidcSignInOutcome = { outcome: 'signed_in'; userId: string } | { outcome: 'refused'; code: OidcRefusalCode; userId?: string; email?: string; detail?: string };

/**
 * One audit line per sign-in attempt with the identity provider, whatever its outcome, in
 * oidc_sign_in_events. The application log gets the outcome and the user's id, never the e-mail.
 */
@Injectable()
export class OidcSignInAudit {
  private readonly logger = new Logger('oidc');

  constructor(private readonly dataSource: DataSource) {}

  async record(attempt: OidcSignInOutcome, ip: string): Promise<void> {
    const code = attempt.outcome === 'refused' ? attempt.code : null;
    const email = attempt.outcome === 'refused' ? (attempt.email ?? null) : null;
    const detail = attempt.outcome === 'refused' ? attempt.detail : undefined;
    await this.dataSource.query(`INSERT INTO oidc_sign_in_events (outcome, code, user_id, email, ip) VALUES ($1, $2, $3, $4, $5)`, [
      attempt.outcome,
      code,
      attempt.userId ?? null,
      email,
      ip,
    ]);
    // The detail is the OIDC library's account of what failed (which check), for the IT administrator.
    this.logger.log({ msg: 'OIDC sign-in', outcome: attempt.outcome, code, detail, userId: attempt.userId ?? null });
  }
}
