import { FINISHED_STATES } from '../track/finished-states.js';
import type { RetentionKind } from './retention-kinds.js';

/**
 * Per kind of record: the SQL that finds the records past their term and the SQL that deletes or
 * anonymises them. Both take `$1`, the cut-off moment. `candidates` selects `id`, an `example` that names no person (a case
 * reference, a template) and `since` (the moment the term counts from); `apply` changes exactly
 * the rows `candidates` finds and returns one row, `changed`: how many records it changed.
 */
export interface RetentionQuery {
  candidates: string;
  apply: (candidates: string) => string;
}

/** The finished states as an SQL list: constants of the code, never input. */
const FINISHED = `(${FINISHED_STATES.map((state) => `'${state}'`).join(', ')})`;

/** A data-modifying statement with RETURNING, as the count of the rows it changed. */
function counted(statement: string): string {
  return `WITH changed AS (${statement}) SELECT count(*)::int AS changed FROM changed`;
}

const APPLICATION_CONTACT_CLEARED = `contact_name = '', contact_email = '', contact_phone = NULL, anonymised_at = now()`;

export const RETENTION_QUERIES: Record<RetentionKind, RetentionQuery> = {
  draftApplications: {
    candidates: `SELECT a.id::text AS id, a.reference AS example, GREATEST(a.updated_at, a.state_changed_at) AS since
                   FROM applications a
                  WHERE a.state = 'draft' AND a.submitted_at IS NULL AND a.anonymised_at IS NULL
                    AND GREATEST(a.updated_at, a.state_changed_at) < $1`,
    apply: (candidates) => counted(`UPDATE applications SET ${APPLICATION_CONTACT_CLEARED} WHERE id::text IN (SELECT id FROM (${candidates}) c) RETURNING id`),
  },
  closedApplications: {
    candidates: `SELECT a.id::text AS id, a.reference || ' (' || a.state || ')' AS example, a.state_changed_at AS since
                   FROM applications a
                  WHERE a.state IN ('notAdmitted', 'withdrawn') AND a.anonymised_at IS NULL
                    AND a.state_changed_at < $1`,
    apply: (candidates) => counted(`UPDATE applications SET ${APPLICATION_CONTACT_CLEARED} WHERE id::text IN (SELECT id FROM (${candidates}) c) RETURNING id`),
  },
  reviewRemarks: {
    // Reviews and invitations share the term of their case; one id space, told apart by a prefix.
    candidates: `SELECT 'review:' || r.id AS id, a.reference || ' review ' || r.round AS example, a.state_changed_at AS since
                   FROM reviews r JOIN applications a ON a.id = r.application_id
                  WHERE r.confidential_remarks <> '' AND a.state IN ${FINISHED} AND a.state_changed_at < $1
                 UNION ALL
                 SELECT 'invitation:' || i.id, a.reference || ' ' || i.status, a.state_changed_at
                   FROM panel_invitations i JOIN applications a ON a.id = i.application_id
                  WHERE (i.conflict_description <> '' OR i.decline_reason <> '')
                    AND a.state IN ${FINISHED} AND a.state_changed_at < $1`,
    apply: (candidates) => `WITH due AS (${candidates}),
                            reviews_cleared AS (
                              UPDATE reviews SET confidential_remarks = ''
                               WHERE 'review:' || id IN (SELECT id FROM due) RETURNING id),
                            invitations_cleared AS (
                              UPDATE panel_invitations
                                 SET conflict_description = CASE WHEN conflict_description IS NULL THEN NULL ELSE '' END,
                                     decline_reason = CASE WHEN decline_reason IS NULL THEN NULL ELSE '' END
                               WHERE 'invitation:' || id IN (SELECT id FROM due) RETURNING id)
                            SELECT ((SELECT count(*) FROM reviews_cleared) + (SELECT count(*) FROM invitations_cleared))::int AS changed`,
  },
  notifications: {
    candidates: `SELECT n.id::text AS id, n.template || ' (' || n.audience || ')' AS example, n.created_at AS since
                   FROM notifications n
                  WHERE n.created_at < $1 AND n.mail_status NOT IN ('queued', 'sending', 'digest')`,
    apply: (candidates) => counted(`DELETE FROM notifications WHERE id::text IN (SELECT id FROM (${candidates}) c) RETURNING id`),
  },
  ownerInvitations: {
    candidates: `SELECT i.application_id || ':' || i.email AS id, a.reference AS example, i.created_at AS since
                   FROM application_owner_invitations i JOIN applications a ON a.id = i.application_id
                  WHERE i.created_at < $1`,
    apply: (candidates) => counted(`DELETE FROM application_owner_invitations WHERE application_id || ':' || email IN (SELECT id FROM (${candidates}) c) RETURNING application_id`),
  },
  // Two logs, one term: the same cut-off selects and deletes the same lines of each.
  signInLogs: {
    candidates: `SELECT 'auth:' || e.id AS id, e.event_type AS example, e.created_at AS since FROM auth_audit_events e WHERE e.created_at < $1
                 UNION ALL
                 SELECT 'oidc:' || o.id AS id, 'oidc ' || o.outcome AS example, o.occurred_at AS since FROM oidc_sign_in_events o WHERE o.occurred_at < $1`,
    apply: () => `WITH auth AS (DELETE FROM auth_audit_events WHERE created_at < $1 RETURNING id),
                       oidc AS (DELETE FROM oidc_sign_in_events WHERE occurred_at < $1 RETURNING id)
                  SELECT ((SELECT count(*) FROM auth) + (SELECT count(*) FROM oidc))::int AS changed`,
  },
};
