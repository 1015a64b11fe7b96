import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** What happened to an account: sign-ins, refused codes and links, changes by the user or an admin. */
export type AuthAuditEventType =
  | 'sign_in'
  | 'two_factor_refused'
  | 'two_factor_enrolled'
  | 'two_factor_disabled'
  | 'two_factor_reset_by_admin'
  | 'recovery_code_used'
  | 'recovery_codes_renewed'
  | 'invitation_sent'
  | 'password_reset_requested'
  | 'account_link_refused'
  | 'password_set_by_link'
  | 'session_ended'
  | 'sessions_ended_by_admin';

export interface AuthAuditEntry {
  eventType: AuthAuditEventType;
  /** The account it is about; null when no account matched (an unknown reset address, a link that matches none). */
  userId: string | null;
  /** Who did it when that is someone else (an admin); null for the user themselves or nobody signed in. */
  actorId?: string | null;
  ip?: string | null;
  /** Never a password, code, token or secret. */
  details?: Record<string, string | number | boolean | null>;
}

/** Appends to auth_audit_events; rows are never changed. */
@Injectable()
export class AuthAuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuthAuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO auth_audit_events (user_id, actor_id, event_type, ip, details) VALUES ($1, $2, $3, $4, $5)`, [
      entry.userId,
      entry.actorId ?? null,
      entry.eventType,
      entry.ip ?? null,
      JSON.stringify(entry.details ?? {}),
    ]);
  }
}
