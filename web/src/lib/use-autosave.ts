import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'invalid' | 'conflict' | 'failed';

/** Quiet time after the last change before a save. */
export const AUTOSAVE_DELAY_MS = 800;
/** Wait before retrying a save that could not reach the server. */
export const RETRY_DELAY_MS = 4000;

/** How a refused save is shown; `conflict` holds every further save until `resume` is called. */
export interface Refusal {
  status: 'invalid' | 'conflict' | 'failed';
  message: string | null;
}

export interface AutosaveOptions<T> {
  initial: T;
  /** Sends the value; resolves to the value as the server kept it. */
  save(value: T): Promise<T>;
  /** A refusal from the server (a 4xx answer) as the user should see it. */
  refusal(error: ApiError): Refusal;
}

const same = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A value the user edits, saved with a debounce. What the user typed is never replaced behind
 * their back: a save that could not reach the server keeps it and retries; a refusal keeps it and
 * says why; a conflict holds it until the user chooses (`resume`).
 */
export function useAutosave<T>({ initial, save, refusal }: AutosaveOptions<T>) {
  const [value, setValueState] = useState<T>(initial);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const valueRef = useRef(initial);
  const savedRef = useRef(initial);
  const inFlight = useRef(false);
  const held = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback((delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveRef.current(), delay);
  }, []);

  saveRef.current = async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current || held.current) return;
    const sending = valueRef.current;
    if (same(sending, savedRef.current)) {
      setStatus('saved');
      return;
    }
    inFlight.current = true;
    setStatus('saving');
    setMessage(null);
    try {
      savedRef.current = await save(sending);
      inFlight.current = false;
      if (same(valueRef.current, savedRef.current)) setStatus('saved');
      else {
        setStatus('dirty');
        schedule(AUTOSAVE_DELAY_MS);
      }
    } catch (error) {
      inFlight.current = false;
      if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) {
        setStatus('error');
        schedule(RETRY_DELAY_MS);
        return;
      }
      const refused = refusal(error);
      held.current = refused.status === 'conflict';
      setStatus(refused.status);
      setMessage(refused.message);
    }
  };

  const update = useCallback(
    (next: T | ((current: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (current: T) => T)(valueRef.current) : next;
      valueRef.current = resolved;
      setValueState(resolved);
      if (held.current) return;
      setStatus(same(resolved, savedRef.current) ? 'saved' : 'dirty');
      schedule(AUTOSAVE_DELAY_MS);
    },
    [schedule],
  );

  /**
   * Ends a conflict: `saved` is what the server holds now; with `replacement` the user's value
   * becomes it, otherwise the user's value is saved over it.
   */
  const resume = useCallback((saved: T, replacement?: T) => {
    savedRef.current = saved;
    if (replacement !== undefined) {
      valueRef.current = replacement;
      setValueState(replacement);
    }
    held.current = false;
    void saveRef.current();
  }, []);

  /** Cancels a scheduled save; the caller sends the value itself. */
  const cancelPending = useCallback(() => window.clearTimeout(timer.current), []);
  const saveNow = useCallback(() => void saveRef.current(), []);
  const current = useCallback(() => valueRef.current, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { value, update, status, message, resume, cancelPending, saveNow, current };
}
