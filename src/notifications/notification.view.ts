import { ApiProperty } from '@nestjs/swagger';
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
export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  applicationId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  applicationReference!: string | null;

  @ApiProperty({ type: String, nullable: true })
  applicationName!: string | null;

  /** Absolute URL (APP_URL) of the page the notification is about. */
  @ApiProperty()
  link!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: Date | null;
}

export function notificationView(row: InboxRow, reader: { name: string; language: Language }, appUrl: string): NotificationView {
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
