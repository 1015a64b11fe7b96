import { ApiProperty } from '@nestjs/swagger';
import { NotificationView } from './notification.view.js';

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The notifications about one application (or about none) on one day, newest first. */
export class NotificationGroup {
  /** `<applicationId or "general">:<day>`, stable for the client's keys. */
  @ApiProperty()
  key!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  applicationId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  applicationReference!: string | null;

  @ApiProperty({ type: String, nullable: true })
  applicationName!: string | null;

  /** YYYY-MM-DD in Amsterdam. */
  @ApiProperty({ format: 'date' })
  day!: string;

  /** `today`, `yesterday` or `earlier`, against the server's clock in Amsterdam. */
  @ApiProperty({ enum: ['today', 'yesterday', 'earlier'] })
  relativeDay!: 'today' | 'yesterday' | 'earlier';

  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: 'integer' })
  unreadCount!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  latestAt!: Date;

  @ApiProperty({ type: [NotificationView] })
  items!: NotificationView[];
}

/** Amsterdam's calendar day of a moment, YYYY-MM-DD. */
export function amsterdamDay(moment: Date): string {
  return DAY_FORMAT.format(moment);
}

/** Groups notifications (newest first) per application and day; groups keep the order of their newest item. */
export function groupNotifications(rows: readonly { day: string; view: NotificationView }[], now: Date): NotificationGroup[] {
  const today = amsterdamDay(now);
  const yesterday = amsterdamDay(new Date(now.getTime() - 24 * 3600 * 1000));
  const groups = new Map<string, NotificationGroup>();
  for (const { day, view } of rows) {
    const key = `${view.applicationId ?? 'general'}:${day}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        applicationId: view.applicationId,
        applicationReference: view.applicationReference,
        applicationName: view.applicationName,
        day,
        relativeDay: day === today ? 'today' : day === yesterday ? 'yesterday' : 'earlier',
        count: 0,
        unreadCount: 0,
        latestAt: view.createdAt,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(view);
    group.count += 1;
    if (view.readAt === null) group.unreadCount += 1;
  }
  return [...groups.values()];
}
