import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
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

/** The signed-in user's notifications, newest first, read or unread, with "mark as read". */
export function NotificationsPage() {
  const { t } = useI18n();
  const notifications = useResource(() => api.notifications({ limit: 100 }), 'notifications');
  const [flash, setFlash] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; key: number; retry(): void } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const list = notifications.data;
  const unread = list?.filter((item) => item.readAt === null).length ?? 0;

  function announce(message: string) {
    setFlash(message);
    // The button that was used is gone now; the confirmation is the next thing to read.
    window.setTimeout(() => statusRef.current?.focus(), 0);
  }

  async function markRead(item: NotificationView) {
    setBusy(item.id);
    setFailure(null);
    try {
      const updated = await api.markNotificationRead(item.id);
      const next = (notifications.data ?? []).map((candidate) => (candidate.id === updated.id ? updated : candidate));
      notifications.setData(next);
      setUnread(next.filter((candidate) => candidate.readAt === null).length);
      void refreshUnread();
      announce(t.inbox.markedOne);
    } catch (error) {
      setFailure({ message: errorMessage(error, t), key: Date.now(), retry: () => void markRead(item) });
    } finally {
      setBusy(null);
    }
  }

  async function markAll() {
    setBusy('all');
    setFailure(null);
    try {
      await api.markAllNotificationsRead();
      const fresh = await notifications.reload();
      setUnread(fresh ? fresh.filter((candidate) => candidate.readAt === null).length : 0);
      announce(t.inbox.markedAll);
    } catch (error) {
      setFailure({ message: errorMessage(error, t), key: Date.now(), retry: () => void markAll() });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <PageHeading>{t.inbox.title}</PageHeading>
      <p className="utrecht-paragraph">{t.inbox.intro}</p>
      <div ref={statusRef} tabIndex={-1} className="status-anchor">
        <StatusMessage>{flash}</StatusMessage>
      </div>
      {failure && <FormError message={failure.message} focusKey={failure.key} onRetry={failure.retry} />}
      {notifications.error ? (
        <LoadError error={notifications.error} onRetry={notifications.reload} />
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
          <ul className="card-list">
            {list.map((item) => (
              <Item key={item.id} item={item} busy={busy === item.id} onMarkRead={() => void markRead(item)} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Item({ item, busy, onMarkRead }: { item: NotificationView; busy: boolean; onMarkRead(): void }) {
  const { t, formatDateTime } = useI18n();
  const unread = item.readAt === null;
  const to = applicationPath(item.link, item.applicationId);
  const titleId = `notification-${item.id}`;
  return (
    <li className={`card inbox-item ${unread ? 'inbox-item--unread' : ''}`}>
      <div className="inbox-item__head">
        <h2 className="utrecht-heading-3 card__title" id={titleId}>
          {to ? (
            <Link className="utrecht-link utrecht-link--html-a" to={to} onClick={unread ? () => void api.markNotificationRead(item.id).then(refreshUnread, () => undefined) : undefined}>
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h2>
        <span className="inbox-item__state">{unread ? t.inbox.unread : t.inbox.read}</span>
      </div>
      <dl className="card__facts">
        {item.applicationName && (
          <div>
            <dt>{t.inbox.application}</dt>
            <dd>
              {item.applicationName}
              {item.applicationReference ? ` (${item.applicationReference})` : ''}
            </dd>
          </div>
        )}
        <div>
          <dt>{t.inbox.received}</dt>
          <dd>
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {unread && (
        <p className="utrecht-paragraph card__days">
          <Button busy={busy} onClick={onMarkRead} aria-describedby={titleId}>
            {t.inbox.markRead}
          </Button>
        </p>
      )}
    </li>
  );
}
