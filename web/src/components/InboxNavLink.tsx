import { NavLink, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { UNREAD_LIMIT, useUnreadCount } from '../lib/unread-notifications';
import './databank-and-inbox.css';

/** "Meldingen" in the menu, with the number of unread notifications (in words for screen readers). */
export function InboxNavLink() {
  const { t, formatNumber } = useI18n();
  const location = useLocation();
  const count = useUnreadCount(true, location.pathname);
  const shown = count === null || count === 0 ? null : count >= UNREAD_LIMIT ? `${formatNumber(UNREAD_LIMIT)}+` : formatNumber(count);
  return (
    <NavLink to="/meldingen" className="site-nav__link">
      {t.inbox.nav}
      {shown && (
        <>
          {' '}
          <span className="nav-count" aria-hidden="true">
            {shown}
          </span>
          <span className="visually-hidden">({t.inbox.navUnread(count!)})</span>
        </>
      )}
    </NavLink>
  );
}
