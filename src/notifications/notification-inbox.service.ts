import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { AppConfig } from '../config/app-config.js';
import type { ListNotificationsQuery } from './dto/list-notifications.query.js';
import type { MarkGroupReadRequest } from './dto/mark-group-read.request.js';
import { groupNotifications, type NotificationGroup } from './notification-groups.js';
import { notificationView, type InboxRow, type NotificationView } from './notification.view.js';
import { notificationNotFound } from './notifications.errors.js';

const COLUMNS = `n.id, n.template, n.params, n.application_id AS "applicationId", a.reference, a.name AS "applicationName",
                 n.created_at AS "createdAt", n.read_at AS "readAt"`;

/** The calendar day of a notification in Amsterdam, the day the reader lives in. */
const DAY_SQL = `to_char(n.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`;

/** How many of the newest notifications the grouped list looks at. */
const GROUPED_ROWS = 500;


/**
 * A user's own notifications: nobody sees or marks another's (their ids answer 404). Only rows
 * meant for the in-app list (`in_app`): a user's own step is mailed as a receipt but not listed.
 */
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
        WHERE n.recipient_id = $1 AND n.in_app ${query.unread ? 'AND n.read_at IS NULL' : ''}
        ORDER BY n.created_at DESC, n.id
        LIMIT $2`,
      [user.id, query.limit ?? 50],
    );
    return rows.map((row) => notificationView(row, user, this.config.APP_URL));
  }

  /** The newest notifications per application and per day (Amsterdam), newest group first. */
  async groups(user: AuthUser, query: ListNotificationsQuery): Promise<NotificationGroup[]> {
    const rows: (InboxRow & { day: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, ${DAY_SQL} AS day
         FROM notifications n LEFT JOIN applications a ON a.id = n.application_id
        WHERE n.recipient_id = $1 AND n.in_app ${query.unread ? 'AND n.read_at IS NULL' : ''}
        ORDER BY n.created_at DESC, n.id
        LIMIT $2`,
      [user.id, GROUPED_ROWS],
    );
    const views = rows.map((row) => ({ day: row.day, view: notificationView(row, user, this.config.APP_URL) }));
    return groupNotifications(views, new Date()).slice(0, query.limit ?? 50);
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationView> {
    const updated: { id: string }[] = await this.dataSource.query(
      // As a CTE, so the driver hands back the rows (for a bare UPDATE it returns [rows, count]).
      `WITH updated AS (UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2 AND in_app RETURNING id)
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

  /** Marks one group read: the user's notifications about one application (or none) on one day. */
  async markGroupRead(user: AuthUser, group: MarkGroupReadRequest): Promise<{ updated: number }> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH updated AS (
         UPDATE notifications n SET read_at = now()
          WHERE n.recipient_id = $1 AND n.in_app AND n.read_at IS NULL AND ${DAY_SQL} = $2
            AND n.application_id IS NOT DISTINCT FROM $3::uuid
          RETURNING id)
       SELECT id FROM updated`,
      [user.id, group.day, group.applicationId ?? null],
    );
    return { updated: rows.length };
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH updated AS (UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND in_app AND read_at IS NULL RETURNING id)
       SELECT id FROM updated`,
      [user.id],
    );
    return { updated: rows.length };
  }
}
