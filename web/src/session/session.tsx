import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { accountApi, type SecondFactor } from '../api/account-api';
import { ApiError, UNAUTHORIZED_EVENT, api } from '../api/client';
import type { Language, RegisterBody, UserView } from '../api/types';
import { useI18n } from '../i18n/i18n';

export interface Session {
  /** undefined while the first GET /me is on its way. */
  user: UserView | null | undefined;
  /** True when a signed-in user's session ended underneath them. */
  expired: boolean;
  /** Set after an explicit sign-out, for the login page to confirm it. */
  loggedOut: boolean;
  /** With `secondFactor` for an account with two-step sign-in. */
  login(email: string, password: string, secondFactor?: SecondFactor): Promise<UserView>;
  register(body: Omit<RegisterBody, 'language'>): Promise<UserView>;
  logout(): Promise<void>;
  setUser(user: UserView): void;
  changeLanguage(language: Language): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale } = useI18n();
  const [user, setUserState] = useState<UserView | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const [loggedOut, setLoggedOut] = useState(false);

  const signedIn = useCallback(
    (next: UserView) => {
      setUserState(next);
      setExpired(false);
      setLoggedOut(false);
      setLocale(next.language);
      return next;
    },
    [setLocale],
  );

  useEffect(() => {
    let active = true;
    api.me().then(
      (me) => active && signedIn(me),
      () => active && setUserState(null),
    );
    return () => {
      active = false;
    };
  }, [signedIn]);

  useEffect(() => {
    const onUnauthorized = () =>
      setUserState((current) => {
        if (current) setExpired(true);
        return null;
      });
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, []);

  const value = useMemo<Session>(
    () => ({
      user,
      expired,
      loggedOut,
      login: async (email, password, secondFactor) => signedIn((await accountApi.login(email, password, secondFactor)).user),
      register: async (body) => signedIn((await api.register({ ...body, language: locale })).user),
      logout: async () => {
        try {
          await api.logout();
        } catch (error) {
          // An already ended session is signed out all the same.
          if (!(error instanceof ApiError && error.status === 401)) throw error;
        }
        setUserState(null);
        setLoggedOut(true);
      },
      setUser: signedIn,
      changeLanguage: (language) => {
        setLocale(language);
        if (user) api.updateMe({ language }).then(setUserState, () => undefined);
      },
    }),
    [user, expired, loggedOut, signedIn, locale, setLocale],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
