import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';

/** The name and version of the export's layout, so a reader can tell what it holds. */
export const PERSONAL_DATA_FORMAT = 'erkenningstraject-personal-data/1';

/**
 * A person's own data (AVG art. 15 and 20) as one machine-readable JSON document: their profile,
 * the applications they own with the documents in them, what they wrote as a reviewer, their
 * notifications, sessions, comments and their own steps in the audit trail.
 *
 * Only the person's own records, each selected by their id: nothing another person wrote about
 * their applications is in it (not the reviews of their case, not who reviewed it), so an owner's
 * export never reveals a reviewer.
 */
@Injectable()
export class PersonalDataExport {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(user: AuthUser, now: Date = new Date()) {
    const q = <T>(sql: string): Promise<T[]> => this.dataSource.query(sql, [user.id]);
    const [profile] = await q<Record<string, unknown>>(
      `SELECT id, email, name, organisation, roles, language, created_at AS "createdAt", updated_at AS "updatedAt" FROM users WHERE id = $1`,
    );
    const applications = await q<Record<string, unknown>>(
      `SELECT a.id, a.reference, a.name, a.organisation, a.contact_name AS "contactName", a.contact_email AS "contactEmail",
              a.contact_phone AS "contactPhone", a.summary, a.goal, a.target_group AS "targetGroup", a.approach, a.themes,
              a.target_level AS "targetLevel", a.years_in_practice AS "yearsInPractice", a.organisations_count AS "organisationsCount",
              a.has_handbook AS "hasHandbook", a.handbook_in_dutch AS "handbookInDutch", a.has_process_evaluation AS "hasProcessEvaluation",
              a.state, a.created_at AS "createdAt", a.submitted_at AS "submittedAt", o.created_at AS "ownerSince",
              COALESCE((SELECT json_agg(json_build_object('kind', d.kind, 'title', d.title, 'removedAt', d.removed_at,
                         'versions', (SELECT json_agg(json_build_object('version', v.version, 'fileName', v.original_name, 'mimeType', v.mime_type,
                                                                        'sizeBytes', v.size_bytes, 'sha256', v.sha256, 'uploadedAt', v.created_at,
                                                                        'uploadedByYou', v.uploaded_by = $1) ORDER BY v.version)
                                        FROM document_versions v WHERE v.document_id = d.id)) ORDER BY d.created_at)
                          FROM documents d WHERE d.application_id = a.id), '[]') AS documents
         FROM applications a JOIN application_owners o ON o.application_id = a.id AND o.user_id = $1
        ORDER BY a.created_at`,
    );
    const reviews = await q(
      `SELECT a.reference AS "applicationReference", r.round, r.status, r.criteria, r.proposed_level AS "proposedLevel",
              r.no_level_reached AS "noLevelReached", r.feedback_for_owner AS "feedbackForOwner",
              r.confidential_remarks AS "confidentialRemarks", r.created_at AS "createdAt", r.submitted_at AS "submittedAt"
         FROM reviews r JOIN applications a ON a.id = r.application_id WHERE r.reviewer_id = $1 ORDER BY r.created_at`,
    );
    const panelInvitations = await q(
      `SELECT a.reference AS "applicationReference", i.kind, i.status, i.invited_at AS "invitedAt", i.responded_at AS "respondedAt",
              i.decline_reason AS "declineReason", i.conflict_description AS "conflictDescription"
         FROM panel_invitations i JOIN applications a ON a.id = i.application_id WHERE i.reviewer_id = $1 ORDER BY i.invited_at`,
    );
    const [reviewerProfile] = await q(
      `SELECT kind, themes, organisation, expertise, max_concurrent_reviews AS "maxConcurrentReviews",
              accepting_invitations AS "acceptingInvitations", unavailable_periods AS "unavailablePeriods"
         FROM reviewer_profiles WHERE user_id = $1`,
    );
    const notifications = await q(
      `SELECT n.created_at AS "createdAt", n.trigger, n.template, n.audience, n.params, n.mail_status AS "mailStatus",
              n.sent_at AS "sentAt", n.read_at AS "readAt", a.reference AS "applicationReference"
         FROM notifications n LEFT JOIN applications a ON a.id = n.application_id WHERE n.recipient_id = $1 ORDER BY n.created_at`,
    );
    const notificationPreferences = await q(`SELECT topic, delivery, updated_at AS "updatedAt" FROM notification_preferences WHERE user_id = $1 ORDER BY topic`);
    const sessions = await q(
      `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", user_agent AS "userAgent" FROM sessions WHERE user_id = $1 ORDER BY created_at`,
    );
    // Whether two-step sign-in is on, never its secret or codes; and the sign-in log about this person.
    const [twoFactor] = await q<{ enabledAt: Date | null }>(`SELECT confirmed_at AS "enabledAt" FROM user_two_factor WHERE user_id = $1`);
    const signInLog = await q(
      `SELECT event_type AS "eventType", ip, created_at AS "at" FROM auth_audit_events WHERE user_id = $1 ORDER BY id`,
    );
    const comments = await q(
      `SELECT a.reference AS "applicationReference", c.section_key AS "section", c.body, c.created_at AS "createdAt"
         FROM section_comments c JOIN applications a ON a.id = c.application_id WHERE c.author_id = $1 ORDER BY c.created_at`,
    );
    const actions = await q(
      `SELECT a.reference AS "applicationReference", e.actor_kind AS "as", e.event_type AS "eventType",
              e.from_state AS "fromState", e.to_state AS "toState", e.created_at AS "at"
         FROM audit_events e JOIN applications a ON a.id = e.application_id WHERE e.actor_id = $1 ORDER BY e.id`,
    );
    return {
      format: PERSONAL_DATA_FORMAT,
      exportedAt: now.toISOString(),
      profile,
      applications,
      reviews,
      panelInvitations,
      reviewerProfile: reviewerProfile ?? null,
      notifications,
      notificationPreferences,
      sessions,
      twoFactor: { enabledAt: twoFactor?.enabledAt ?? null },
      signInLog,
      comments,
      actions,
    };
  }
}
