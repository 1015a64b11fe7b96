import type { Language } from '../users/role.js';
import { messageText, notificationLink } from './notification-render.js';

export interface InboxRow {
  id: string;
  template: string;
  params: Record<string, unknown>;
  applicationId: string | null;
  reference: string | null;
  applicationName: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** One in-app notification, titled in the reader's language. */
export function notificationView(row: InboxRow, reader: { name: string; language: Language }, appUrl: string) {
  const application = row.applicationId ? { id: row.applicationId, reference: row.reference ?? '', name: row.applicationName ?? '' } : null;
  return {
    id: row.id,
    title: messageText({ template: row.template, language: reader.language, recipientName: reader.name, application, params: row.params }).subject,
    applicationId: row.applicationId,
    applicationReference: row.reference,
    applicationName: row.applicationName,
    link: notificationLink(row.template, row.applicationId, appUrl, row.params),
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}
export type NotificationView = ReturnType<typeof notificationView>;
