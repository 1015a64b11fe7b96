import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../api/types';
import { en } from './en';
import { nl, type Messages } from './nl';

const MESSAGES: Record<Language, Messages> = { nl, en };
const INTL_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const STORAGE_KEY = 'erkenning.language';
const TIME_ZONE = 'Europe/Amsterdam';

export interface I18n {
  locale: Language;
  t: Messages;
  setLocale(locale: Language): void;
  formatDate(value: string | Date): string;
  formatDateTime(value: string | Date): string;
  formatNumber(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage may be blocked; Dutch is the default.
  }
  return 'nl';
}

/** Dutch by default; the choice is kept in localStorage (and, once signed in, in the profile). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Language>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Language) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not fatal: the choice lasts for this page load.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const intl = INTL_LOCALE[locale];
    const date = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: TIME_ZONE });
    const dateTime = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
    const number = new Intl.NumberFormat(intl);
    return {
      locale,
      t: MESSAGES[locale],
      setLocale,
      formatDate: (value) => date.format(new Date(value)),
      formatDateTime: (value) => dateTime.format(new Date(value)),
      formatNumber: (value) => number.format(value),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

/** A label from a message map by a code from the API, or the code itself when it is new to us. */
export function label<M extends object>(map: M, key: string): string {
  const value = (map as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : key;
}
