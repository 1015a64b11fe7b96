import { useEffect, useSyncExternalStore } from 'react';
import { api } from '../api/client';

/** The API lists at most this many; a larger count shows as "200+". */
export const UNREAD_LIMIT = 200;

let unread: number | null = null;
const listeners = new Set<() => void>();

function publish(next: number | null) {
  unread = next;
  for (const listener of listeners) listener();
}

/** Asks the API again (after a route change, or after the notifications page marked some read). */
export async function refreshUnread(): Promise<void> {
  try {
    publish((await api.notifications({ unread: true, limit: UNREAD_LIMIT })).length);
  } catch {
    // The count is a convenience; the notifications page shows its own errors.
  }
}

export function setUnread(next: number): void {
  publish(next);
}

/** The signed-in user's unread count (null until known, or when signed out), refreshed when `key` changes. */
export function useUnreadCount(signedIn: boolean, key: string): number | null {
  const count = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unread,
  );
  useEffect(() => {
    if (signedIn) void refreshUnread();
    else publish(null);
  }, [signedIn, key]);
  return signedIn ? count : null;
}
