import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { werkbladApi, type CurrentSection } from '../api/werkblad-api';
import { useI18n } from '../i18n/i18n';
import { errorMessage, toFieldErrors } from './field-errors';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'invalid' | 'conflict' | 'failed';

/** Quiet time after the last keystroke before a save. */
export const AUTOSAVE_DELAY_MS = 800;
/** Wait before retrying a save that could not reach the server. */
export const RETRY_DELAY_MS = 4000;

/**
 * One werkblad section's text with autosave: a debounced PUT with the section version last seen.
 * The typed text is never replaced behind the user's back: a network failure keeps it and retries,
 * a 409 SECTION_CHANGED keeps it and holds the server's text in `conflict` until the user chooses.
 */
export function useSectionAutosave(applicationId: string, initial: CurrentSection) {
  const { t, locale } = useI18n();
  const [text, setTextState] = useState(initial.content);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<CurrentSection | null>(null);
  const [lastSaved, setLastSaved] = useState<{ by: string | null; at: string | null }>({ by: initial.updatedBy, at: initial.updatedAt });
  const textRef = useRef(initial.content);
  const savedText = useRef(initial.content);
  const version = useRef(initial.version);
  const inFlight = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback((delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveRef.current(), delay);
  }, []);

  saveRef.current = async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current || blocked.current) return;
    const content = textRef.current;
    if (content === savedText.current) {
      setStatus('saved');
      return;
    }
    inFlight.current = true;
    setStatus('saving');
    setMessage(null);
    try {
      const result = await werkbladApi.saveSection(applicationId, initial.key, content, version.current);
      version.current = result.version;
      savedText.current = result.content;
      setLastSaved({ by: result.updatedBy, at: result.updatedAt });
      inFlight.current = false;
      if (textRef.current !== savedText.current) {
        setStatus('dirty');
        schedule(AUTOSAVE_DELAY_MS);
      } else setStatus('saved');
    } catch (error) {
      inFlight.current = false;
      if (error instanceof ApiError && error.status === 409 && error.code === 'SECTION_CHANGED') {
        blocked.current = true;
        setConflict(error.body.current as CurrentSection);
        setStatus('conflict');
      } else if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) {
        setStatus('error');
        schedule(RETRY_DELAY_MS);
      } else if (error.fieldErrors.length) {
        setStatus('invalid');
        setMessage(Object.values(toFieldErrors(error.fieldErrors, locale))[0] ?? null);
      } else {
        setStatus('failed');
        setMessage(errorMessage(error, t));
      }
    }
  };

  const setText = useCallback(
    (value: string) => {
      textRef.current = value;
      setTextState(value);
      if (blocked.current) return;
      setStatus(value === savedText.current ? 'saved' : 'dirty');
      schedule(AUTOSAVE_DELAY_MS);
    },
    [schedule],
  );

  /** Keeps the user's text and saves it over the version the other person saved. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.version;
    savedText.current = conflict.content;
    blocked.current = false;
    setConflict(null);
    void saveRef.current();
  }, [conflict]);

  /** Replaces the user's text by the saved one. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.version;
    savedText.current = conflict.content;
    textRef.current = conflict.content;
    setTextState(conflict.content);
    setLastSaved({ by: conflict.updatedBy, at: conflict.updatedAt });
    blocked.current = false;
    setConflict(null);
    setStatus('saved');
  }, [conflict]);

  const retryNow = useCallback(() => void saveRef.current(), []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { text, setText, status, message, conflict, keepMine, takeTheirs, retryNow, lastSaved };
}
