import type { DataSource, EntityManager } from 'typeorm';
import type { Language } from '../users/role.js';
import { messageText } from './notification-render.js';

interface LogRow {
  id: string;
  trigger: string;
  template: string;
  audience: string;
  recipientId: string;
  recipientName: string;
  params: Record<string, unknown>;
  reference: string;
  applicationName: string;
  mailStatus: string;
  mailAttempts: number;
  mailError: string | null;
  sentAt: Date | null;
  failedAt: Date | null;
  createdAt: Date;
}

/**
 * The notification log of one application as timeline lines (`eventType: 'NOTIFICATION'`): who
 * was told what (the message's subject, in the reader's language), and whether the mail went out
 * (queued, sent, failed). Staff only: it names every recipient, reviewers included.
 */
export async function notificationLog(db: DataSource | EntityManager, applicationId: string, readerLanguage: Language) {
  const rows: LogRow[] = await db.query(
    `SELECT n.id, n.trigger, n.template, n.audience, n.recipient_id AS "recipientId", u.name AS "recipientName", n.params,
            a.reference, a.name AS "applicationName",
            n.mail_status AS "mailStatus", n.mail_attempts AS "mailAttempts", n.mail_error AS "mailError",
            n.sent_at AS "sentAt", n.failed_at AS "failedAt", n.created_at AS "createdAt"
       FROM notifications n JOIN users u ON u.id = n.recipient_id JOIN applications a ON a.id = n.application_id
      WHERE n.application_id = $1
      ORDER BY n.created_at, n.id`,
    [applicationId],
  );
  return rows.map((row) => ({
    id: `notification:${row.id}`,
    eventType: 'NOTIFICATION' as const,
    fromState: null,
    toState: null,
    actorKind: 'system',
    actorId: null,
    actorName: null,
    payload: {
      notificationId: row.id,
      trigger: row.trigger,
      template: row.template,
      audience: row.audience,
      recipientId: row.recipientId,
      recipientName: row.recipientName,
      subject: messageText({
        template: row.template,
        language: readerLanguage,
        recipientName: row.recipientName,
        application: { id: applicationId, reference: row.reference, name: row.applicationName },
        params: row.params,
      }).subject,
      mailStatus: row.mailStatus,
      mailAttempts: row.mailAttempts,
      mailError: row.mailError,
      sentAt: row.sentAt,
      failedAt: row.failedAt,
    } as Record<string, unknown>,
    internalNote: null,
    createdAt: row.createdAt,
  }));
}

/** Merges lines of two timelines by time, keeping each one's own order. */
export function mergeTimelines<A extends { createdAt: Date }, B extends { createdAt: Date }>(first: A[], second: B[]): (A | B)[] {
  const merged: (A | B)[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && new Date(first[i].createdAt) <= new Date(second[j].createdAt))) merged.push(first[i++]);
    else merged.push(second[j++]);
  }
  return merged;
}
