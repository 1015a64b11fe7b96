import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves to the element the URL's #fragment names once `ready` (the content is loaded): a link
 * inside the app does not scroll as a full page load would. The target gets the focus, so a
 * keyboard or screen-reader user continues there too (give it tabIndex={-1}).
 */
export function useHashTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}
