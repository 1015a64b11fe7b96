import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { Language, Role } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { Button } from './Button';
import { InboxNavLink } from './InboxNavLink';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
  /** A page the server renders (the public databank): a real page load, not a client route. */
  server?: boolean;
}

function navItems(roles: Role[], t: ReturnType<typeof useI18n>['t']): NavItem[] {
  const items: NavItem[] = [];
  items.push({ to: '/taken', label: t.todo.nav });
  if (roles.includes('owner')) {
    items.push({ to: '/aanmeldingen', label: t.nav.myApplications, end: true });
    items.push({ to: '/aanmeldingen/nieuw', label: t.nav.newApplication });
  }
  if (roles.includes('secretary')) {
    items.push({ to: '/pijplijn', label: t.nav.pipeline });
    items.push({ to: '/intake', label: t.nav.intakeQueue });
  }
  if (roles.includes('coach')) items.push({ to: '/begeleiding', label: t.nav.caseload });
  if (roles.includes('reviewer')) items.push({ to: '/beoordelingen', label: t.review.nav });
  if (roles.some((role) => role === 'secretary' || role === 'chair' || role === 'committee_member')) items.push({ to: '/vergaderingen', label: t.meeting.nav });
  if (!roles.includes('owner')) items.push({ to: '/aanmeldingen', label: t.nav.applications, end: true });
  if (roles.some((role) => role === 'secretary' || role === 'chair' || role === 'committee_member' || role === 'admin')) items.push({ to: '/inzicht', label: t.insight.nav });
  if (roles.includes('admin') || roles.includes('secretary')) items.push({ to: '/beheer', label: t.admin.nav });
  items.push({ to: '/interventies', label: t.databank.nav, server: true });
  items.push({ to: '/profiel', label: t.nav.profile });
  return items;
}

/** Skip link, header with the menu and the language switch, the main landmark, the footer. */
export function Layout() {
  const { t, locale } = useI18n();
  const { user, logout, changeLanguage } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [loggingOut, setLoggingOut] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const shownPath = useRef(location.pathname);

  // After a route change the focus goes to the new page's heading, so it is announced like a page load.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    setMenuOpen(false);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location.pathname]);

  const items = user ? navItems(user.roles, t) : [];

  /** Escape folds the open menu away again and gives the focus back to its button. */
  function onMenuKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  }

  async function onLogout() {
    setLoggingOut(true);
    try {
      await logout();
      navigate('/inloggen');
    } finally {
      setLoggingOut(false);
    }
  }

  return (
    <div className="utrecht-page-layout app-layout">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t.app.skipLink}
      </a>
      <header className="utrecht-page-header site-header">
        <div className="site-header__bar container">
          <Link to="/" className="site-header__brand">
            <span className="site-header__name">{t.app.name}</span>
            <span className="site-header__tagline">{t.app.tagline}</span>
          </Link>
          <div className="site-header__tools">
            {user && <span className="site-header__user">{t.app.loggedInAs(user.name)}</span>}
            <Button variant="subtle" lang={t.app.switchLanguageLang} onClick={() => changeLanguage(t.app.switchLanguageLang as Language)}>
              {t.app.switchLanguage}
            </Button>
            <button
              ref={menuButton}
              type="button"
              className="site-header__menu-button"
              aria-expanded={menuOpen}
              aria-controls="site-nav"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="site-header__menu-icon" aria-hidden="true" />
              {t.layout.menu}
            </button>
          </div>
        </div>
        {/* On a phone the menu folds away behind the menu button (styles.css); on wider screens it is always shown. */}
        <nav id="site-nav" className={menuOpen ? 'site-nav site-nav--open' : 'site-nav'} aria-label={t.app.mainNav} onKeyDown={onMenuKeyDown}>
          {user && <p className="site-nav__user container">{t.app.loggedInAs(user.name)}</p>}
          <ul className="site-nav__list container">
            {user ? (
              <>
                {items.map((item) => (
                  <li key={item.to + item.label}>
                    <NavLink to={item.to} end={item.end} reloadDocument={item.server} className="site-nav__link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
                <li>
                  <InboxNavLink />
                </li>
                <li>
                  <button type="button" className="site-nav__link site-nav__button" onClick={onLogout} aria-disabled={loggingOut || undefined}>
                    {t.nav.logout}
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/inloggen" className="site-nav__link">
                    {t.nav.login}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/registreren" className="site-nav__link">
                    {t.nav.register}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/interventies" reloadDocument className="site-nav__link">
                    {t.databank.nav}
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="utrecht-page-content site-main container">
        <Outlet />
      </main>
      <footer className="utrecht-page-footer site-footer">
        <div className="container">
          <p className="utrecht-paragraph">{t.app.footer}</p>
          {/* The statements are pages of the public site (src/public-site/), in the reader's language. */}
          <ul className="site-footer__links">
            <li>
              <a className="utrecht-link utrecht-link--html-a" href={locale === 'en' ? '/toegankelijkheid?lang=en' : '/toegankelijkheid'}>
                {t.layout.accessibility}
              </a>
            </li>
            <li>
              <a className="utrecht-link utrecht-link--html-a" href={locale === 'en' ? '/privacy?lang=en' : '/privacy'}>
                {t.layout.privacy}
              </a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
