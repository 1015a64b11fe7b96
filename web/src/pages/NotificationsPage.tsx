import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { notifyApi, type NotificationGroup } from '../api/notify-api';
import type { NotificationView } from '../api/types';
import { StatusMessage } from '../components/Alert';
import { Button } from '../components/Button';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import '../components/databank-and-inbox.css';
import { useI18n } from '../i18n/i18n';
import { errorMessage } from '../lib/field-errors';
import { refreshUnread, setUnread } from '../lib/unread-notifications';
import { useResource } from '../lib/use-resource';

/**
 * Where a notification leads in this application. The API's link may name a screen the web
 * application does not have yet (the reviewer pages); the application page is always there for
 * whoever may see the application, so links about an application go there.
 */
export function applicationPath(link: string, applicationId: string | null): string | null {
  if (!applicationId) return null;
  let path: string;
  try {
    path = new URL(link, window.location.origin).pathname;
  } catch {
    return null;
  }
  return path === `/aanmeldingen/${applicationId}` || path.startsWith(`/aanmeldingen/${applicationId}/`) ? `/aanmeldingen/${applicationId}` : null;
}

const unreadIn = (groups: NotificationGroup[]) => groups.reduce((sum, group) => sum + group.unreadCount, 0);

/** The signed-in user's notifications, grouped per application and per day (as the API groups them), with "mark as read". */
export function NotificationsPage() {
  const { t } = useI18n();
  const groups = useResource(() => notifyApi.groups({ limit: 100 }), 'notification-groups');
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; key: number; retry(): void } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const list = groups.data;
  const unread = list ? unreadIn(list) : 0;

  function announce(message: string) {
    setFlash(message);
    // The button that was used is gone now; the confirmation is the next thing to read.
    window.setTimeout(() => statusRef.current?.focus(), 0);
  }

  async function act(key: string, action: () => Promise<string>, retry: () => void) {
    setBusy(key);
    setFailure(null);
    try {
      const message = await action();
      const fresh = await groups.reload();
      setUnread(fresh ? unreadIn(fresh) : 0);
      void refreshUnread();
      announce(message);
    } catch (error) {
      setFailure({ message: errorMessage(error, t), key: Date.now(), retry });
    } finally {
      setBusy(null);
    }
  }

  const markRead = (item: NotificationView) =>
    act(item.id, async () => (await api.markNotificationRead(item.id), t.inbox.markedOne), () => void markRead(item));
  const markGroup = (group: NotificationGroup) =>
    act(group.key, async () => t.notify.markedGroup((await notifyApi.markGroupRead(group.applicationId, group.day)).updated), () => void markGroup(group));
  const markAll = () => act('all', async () => (await api.markAllNotificationsRead(), t.inbox.markedAll), () => void markAll());

  return (
    <>
      <PageHeading>{t.inbox.title}</PageHeading>
      <p className="utrecht-paragraph">{t.notify.inboxIntro}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/profiel#meldingen-per-e-mail">
          {t.notify.preferencesLink}
        </Link>
      </p>
      <div ref={statusRef} tabIndex={-1} className="status-anchor">
        <StatusMessage>{flash}</StatusMessage>
      </div>
      {failure && <FormError message={failure.message} focusKey={failure.key} onRetry={failure.retry} />}
      {groups.error ? (
        <LoadError error={groups.error} onRetry={groups.reload} />
      ) : !list ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className="utrecht-paragraph">{t.inbox.empty}</p>
      ) : (
        <>
          <p className="utrecht-paragraph unread-count">{t.inbox.unreadCount(unread)}</p>
          {unread > 0 && (
            <p className="utrecht-paragraph">
              <Button busy={busy === 'all'} onClick={() => void markAll()}>
                {t.inbox.markAllRead}
              </Button>
            </p>
          )}
          <ul className="card-list" aria-label={t.notify.groupsCaption}>
            {list.map((group) => (
              <Group key={group.key} group={group} busy={busy} onMarkGroup={() => void markGroup(group)} onMarkRead={(item) => void markRead(item)} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Group({ group, busy, onMarkGroup, onMarkRead }: { group: NotificationGroup; busy: string | null; onMarkGroup(): void; onMarkRead(item: NotificationView): void }) {
  const { t, formatDate } = useI18n();
  const subject = group.applicationName ?? t.notify.general;
  const day = group.relativeDay === 'today' ? t.notify.today : group.relativeDay === 'yesterday' ? t.notify.yesterday : formatDate(group.day);
  const headingId = `group-${group.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <li className={`card inbox-group ${group.unreadCount > 0 ? 'inbox-item--unread' : ''}`} data-group={group.key}>
      <div className="inbox-item__head">
        <h2 className="utrecht-heading-3 card__title" id={headingId}>
          {t.notify.groupSummary(subject, day, group.count)}
        </h2>
        <span className="inbox-item__state">{t.notify.groupUnread(group.unreadCount)}</span>
      </div>
      {group.unreadCount > 0 && (
        <p className="utrecht-paragraph">
          <Button busy={busy === group.key} onClick={onMarkGroup}>
            {t.notify.markGroupRead}
            <span className="visually-hidden">{t.notify.markGroupReadFor(subject, day)}</span>
          </Button>
        </p>
      )}
      <details className="inbox-group__details" open={group.unreadCount > 0}>
        <summary className="inbox-group__summary">{t.notify.showItems(group.count)}</summary>
        <ul className="inbox-group__items">
          {group.items.map((item) => (
            <Item key={item.id} item={item} busy={busy === item.id} onMarkRead={() => onMarkRead(item)} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function Item({ item, busy, onMarkRead }: { item: NotificationView; busy: boolean; onMarkRead(): void }) {
  const { t, formatDateTime } = useI18n();
  const unread = item.readAt === null;
  const to = applicationPath(item.link, item.applicationId);
  const titleId = `notification-${item.id}`;
  return (
    <li className={`inbox-item ${unread ? 'inbox-item--unread' : ''}`}>
      <div className="inbox-item__head">
        <h3 className="utrecht-heading-4" id={titleId}>
          {to ? (
            <Link className="utrecht-link utrecht-link--html-a" to={to} onClick={unread ? () => void api.markNotificationRead(item.id).then(refreshUnread, () => undefined) : undefined}>
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h3>
        <span className="inbox-item__state">{unread ? t.inbox.unread : t.inbox.read}</span>
      </div>
      <p className="utrecht-paragraph inbox-item__time">
        {t.inbox.received}: <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
      </p>
      {unread && (
        <p className="utrecht-paragraph">
          <Button busy={busy} onClick={onMarkRead} aria-describedby={titleId}>
            {t.inbox.markRead}
          </Button>
        </p>
      )}
    </li>
  );
}
