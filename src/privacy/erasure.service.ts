import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import type { Role } from '../users/role.js';
import { erasureRefusals, type ErasureRefusal } from './erasure-refusals.js';
import { erasureRefused, personNotFound } from './privacy.errors.js';

/** The name an erased account keeps, so the trail still reads "who" without saying who. */
export const ERASED_NAME = 'Verwijderde gebruiker';

/** What erasing a person does, counted before it is done. */
export interface ErasureEffects {
  sessionsEnded: number;
  notificationsDeleted: number;
  reviewerProfileDeleted: number;
  ownerInvitationsDeleted: number;
  applicationContactsCleared: number;
  declarationsCleared: number;
  /** The second factor, recovery codes and sign-in links deleted, and sign-in log lines whose address and IP are cleared (the lines stay). */
  signInRecordsCleared: number;
  /** Reviews that stay with their case under the reviewer's letter ("Beoordelaar A"). */
  reviewsKept: number;
  /** Lines of the audit trail that keep the (then anonymous) account as the one who acted. */
  auditLinesKept: number;
}

interface Subject {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  erasedAt: Date | null;
}

/**
 * An erasure request (AVG art. 17) carried out as far as the law allows: the account becomes an
 * anonymous one (name, e-mail, organisation and password gone, signed out, disabled), the personal
 * records that serve only the person go, and what the public task keeps stays, now pointing at
 * the anonymous account: the audit trail of who decided what, the reviews under their letter.
 * Refused with the reasons while the person is still needed in a running case (erasure-refusals.ts).
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('privacy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  /** What an erasure would do now, or why it is not allowed; changes nothing. */
  async preview(admin: AuthUser, subjectId: string) {
    const subject = await this.subject(this.dataSource.manager, subjectId);
    const refusals = await erasureRefusals(this.dataSource.manager, subject.id, admin.id, subject.erasedAt);
    return this.outcome(subject, refusals, await this.effects(this.dataSource.manager, subject));
  }

  /** Erases the person in one transaction, or refuses with 409 and the reasons. */
  async erase(admin: AuthUser, subjectId: string) {
    const unusablePassword = await this.passwords.hash(randomBytes(32).toString('hex'));
    const result = await this.dataSource.transaction(async (manager) => {
      const subject = await this.subject(manager, subjectId, true);
      const refusals = await erasureRefusals(manager, subject.id, admin.id, subject.erasedAt);
      if (refusals.length) throw erasureRefused(refusals);
      const effects = await this.effects(manager, subject);
      await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [subject.id]);
      await manager.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [subject.id]);
      await manager.query(`DELETE FROM notifications WHERE recipient_id = $1`, [subject.id]);
      await manager.query(`DELETE FROM reviewer_profiles WHERE user_id = $1`, [subject.id]);
      await manager.query(`DELETE FROM user_two_factor WHERE user_id = $1`, [subject.id]);
      await manager.query(`DELETE FROM user_recovery_codes WHERE user_id = $1`, [subject.id]);
      await manager.query(`DELETE FROM account_links WHERE user_id = $1`, [subject.id]);
      await manager.query(`UPDATE auth_audit_events SET ip = NULL WHERE (user_id = $1 OR actor_id = $1) AND ip IS NOT NULL`, [subject.id]);
      await manager.query(`UPDATE oidc_sign_in_events SET email = NULL, ip = '' WHERE user_id = $1 OR lower(email) = $2`, [subject.id, subject.email]);
      await manager.query(`DELETE FROM application_owner_invitations WHERE email = $1`, [subject.email]);
      await manager.query(
        `UPDATE applications SET contact_name = '', contact_email = '', contact_phone = NULL, anonymised_at = now() WHERE lower(contact_email) = $1`,
        [subject.email],
      );
      await manager.query(
        `UPDATE panel_invitations
            SET conflict_description = CASE WHEN conflict_description IS NULL THEN NULL ELSE '' END,
                decline_reason = CASE WHEN decline_reason IS NULL THEN NULL ELSE '' END
          WHERE reviewer_id = $1`,
        [subject.id],
      );
      await manager.query(
        `UPDATE users SET name = $2, email = $3, organisation = '', password_hash = $4,
                          disabled_at = COALESCE(disabled_at, now()), erased_at = now(), updated_at = now()
          WHERE id = $1`,
        [subject.id, ERASED_NAME, `erased-${subject.id}@erased.invalid`, unusablePassword],
      );
      const [erasure]: { id: string; performedAt: Date }[] = await manager.query(
        `INSERT INTO privacy_erasures (subject_id, performed_by, counts) VALUES ($1, $2, $3) RETURNING id::text, performed_at AS "performedAt"`,
        [subject.id, admin.id, effects],
      );
      return { erasureId: erasure.id, performedAt: new Date(erasure.performedAt).toISOString(), effects };
    });
    // Ids and counts only: the log never holds the name or address that was just erased.
    this.logger.log({ msg: 'person erased', erasureId: result.erasureId, subjectId, performedBy: admin.id, effects: result.effects });
    return { userId: subjectId, ...result };
  }

  private outcome(subject: Subject, refusals: ErasureRefusal[], effects: ErasureEffects) {
    return {
      person: { id: subject.id, name: subject.name, email: subject.email, roles: subject.roles, erased: subject.erasedAt !== null },
      allowed: refusals.length === 0,
      refusals,
      effects,
    };
  }

  private async subject(manager: EntityManager, id: string, lock = false): Promise<Subject> {
    const [row]: Subject[] = await manager.query(
      `SELECT id, name, email, roles, erased_at AS "erasedAt" FROM users WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw personNotFound();
    return row;
  }

  private async effects(manager: EntityManager, subject: Subject): Promise<ErasureEffects> {
    const [row]: ErasureEffects[] = await manager.query(
      `SELECT (SELECT count(*) FROM sessions WHERE user_id = $1)::int AS "sessionsEnded",
              (SELECT count(*) FROM notifications WHERE recipient_id = $1)::int AS "notificationsDeleted",
              (SELECT count(*) FROM reviewer_profiles WHERE user_id = $1)::int AS "reviewerProfileDeleted",
              (SELECT count(*) FROM application_owner_invitations WHERE email = $2)::int AS "ownerInvitationsDeleted",
              (SELECT count(*) FROM applications WHERE lower(contact_email) = $2)::int AS "applicationContactsCleared",
              (SELECT count(*) FROM panel_invitations WHERE reviewer_id = $1 AND (conflict_description <> '' OR decline_reason <> ''))::int AS "declarationsCleared",
              ((SELECT count(*) FROM user_two_factor WHERE user_id = $1) + (SELECT count(*) FROM user_recovery_codes WHERE user_id = $1)
                + (SELECT count(*) FROM account_links WHERE user_id = $1)
                + (SELECT count(*) FROM auth_audit_events WHERE (user_id = $1 OR actor_id = $1) AND ip IS NOT NULL)
                + (SELECT count(*) FROM oidc_sign_in_events WHERE user_id = $1 OR lower(email) = $2))::int AS "signInRecordsCleared",
              (SELECT count(*) FROM reviews WHERE reviewer_id = $1)::int AS "reviewsKept",
              (SELECT count(*) FROM audit_events WHERE actor_id = $1)::int AS "auditLinesKept"`,
      [subject.id, subject.email],
    );
    return row;
  }
}
