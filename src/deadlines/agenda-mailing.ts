import type { DataSource, EntityManager } from 'typeorm';
import { meetingNotFound } from '../committee/committee.errors.js';
import type { Language } from '../users/role.js';

export const AGENDA_MAIL_TEMPLATE = 'committee-agenda';

export interface AgendaRecipient {
  id: string;
  name: string;
  email: string;
  language: Language;
}

export interface AgendaMailing {
  meetingId: string;
  startsAt: Date;
  location: string;
  committeeName: string;
  /** The agenda in its order. */
  items: { applicationId: string; reference: string; name: string }[];
  /** The chair and the members of the meeting's committee with an active account, by name. */
  recipients: AgendaRecipient[];
}

/** What the agenda mail of one meeting says and to whom it goes; the same for the preview and the sending. */
export async function loadAgendaMailing(db: DataSource | EntityManager, meetingId: string): Promise<AgendaMailing> {
  const [meeting]: { startsAt: Date; location: string; committeeId: string; committeeName: string; chairId: string }[] = await db.query(
    `SELECT m.starts_at AS "startsAt", m.location, c.id AS "committeeId", c.name AS "committeeName", c.chair_id AS "chairId"
       FROM committee_meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = $1`,
    [meetingId],
  );
  if (!meeting) throw meetingNotFound();
  const items: AgendaMailing['items'] = await db.query(
    `SELECT a.id AS "applicationId", a.reference, a.name
       FROM agenda_items i JOIN applications a ON a.id = i.application_id
      WHERE i.meeting_id = $1 ORDER BY i.position`,
    [meetingId],
  );
  const recipients: AgendaRecipient[] = await db.query(
    `SELECT u.id, u.name, u.email, u.language FROM users u
      WHERE u.disabled_at IS NULL
        AND (u.id = $2 OR u.id IN (SELECT user_id FROM committee_members WHERE committee_id = $1))
      ORDER BY u.name, u.id`,
    [meeting.committeeId, meeting.chairId],
  );
  return { meetingId, startsAt: meeting.startsAt, location: meeting.location, committeeName: meeting.committeeName, items, recipients };
}

/** The trigger details of the agenda mail: the template takes these, and the agenda lists each dossier's address. */
export function agendaMailDetails(mailing: AgendaMailing, appUrl: string): Record<string, unknown> {
  const base = appUrl.replace(/\/+$/, '');
  return {
    meetingId: mailing.meetingId,
    meetingDate: mailing.startsAt.toISOString(),
    meetingTime: mailing.startsAt.toISOString(),
    meetingLocation: mailing.location,
    committeeName: mailing.committeeName,
    agendaItems: mailing.items
      .map((item, index) => `${index + 1}. ${item.reference} ${item.name}: ${base}/aanmeldingen/${item.applicationId}/dossier`)
      .join('\n'),
  };
}
