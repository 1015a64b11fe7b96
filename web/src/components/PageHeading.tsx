import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * The page's one h1. It names the page in the browser tab, and Layout moves the focus to it after
 * every route change (tabIndex -1), so a screen reader announces the new page.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useI18n();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} – ${t.app.titleSuffix}` : t.app.titleSuffix;
  }, [text, t]);
  return (
    <h1 className="utrecht-heading-1 page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
