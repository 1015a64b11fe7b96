import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AppConfig } from '../config/app-config.js';
import type { ListNotificationsQuery } from './dto/list-notifications.query.js';
import { notificationView, type InboxRow, type NotificationView } from './notification.view.js';

const COLUMNS = `n.id, n.template, n.params, n.application_id AS "applicationId", a.reference, a.name AS "applicationName",
                 n.created_at AS "createdAt", n.read_at AS "readAt"`;

function notificationNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: 'NOTIFICATION_NOT_FOUND',
    message: 'Melding niet gevonden. / Notification not found.',
  });
}

/** A user's own notifications: nobody sees or marks another's (their ids answer 404). */
@Injectable()
export class NotificationInbox {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, query: ListNotificationsQuery): Promise<NotificationView[]> {
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}
         FROM notifications n LEFT JOIN applications a ON a.id = n.application_id
        WHERE n.recipient_id = $1 ${query.unread ? 'AND n.read_at IS NULL' : ''}
        ORDER BY n.created_at DESC, n.id
        LIMIT $2`,
      [user.id, query.limit ?? 50],
    );
    return rows.map((row) => notificationView(row, user, this.config.APP_URL));
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationView> {
    const updated: { id: string }[] = await this.dataSource.query(
      // As a CTE, so the driver hands back the rows (for a bare UPDATE it returns [rows, count]).
      `WITH updated AS (UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2 RETURNING id)
       SELECT id FROM updated`,
      [id, user.id],
    );
    if (updated.length === 0) throw notificationNotFound();
    const [row]: InboxRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notifications n LEFT JOIN applications a ON a.id = n.application_id WHERE n.id = $1`,
      [id],
    );
    return notificationView(row, user, this.config.APP_URL);
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH updated AS (UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id)
       SELECT id FROM updated`,
      [user.id],
    );
    return { updated: rows.length };
  }
}
