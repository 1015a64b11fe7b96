import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { reviewApi, type ReviewChanges, type ReviewForm } from '../api/review-api';
import { useI18n } from '../i18n/i18n';
import { errorMessage } from './field-errors';
import { AUTOSAVE_DELAY_MS, RETRY_DELAY_MS } from './use-section-autosave';

export type ReviewSaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'failed';

export type ReviewContent = Required<Pick<ReviewChanges, 'criteria' | 'proposedLevel' | 'noLevelReached' | 'feedbackForOwner' | 'confidentialRemarks'>>;

export function contentOf(form: ReviewForm): ReviewContent {
  return {
    criteria: form.criteria.map(({ code, judgment, motivation }) => ({ code, judgment, motivation })),
    proposedLevel: form.proposedLevel,
    noLevelReached: form.noLevelReached,
    feedbackForOwner: form.feedbackForOwner,
    confidentialRemarks: form.confidentialRemarks,
  };
}

/**
 * The review draft with a debounced PUT of the whole content. What the reviewer typed is never
 * replaced by the server's answer: a failed save keeps it (and retries when the server could not
 * be reached); `flush` stops a pending save, e.g. before submitting.
 */
export function useReviewAutosave(applicationId: string, initial: ReviewForm) {
  const { t } = useI18n();
  const [content, setContentState] = useState<ReviewContent>(() => contentOf(initial));
  const [status, setStatus] = useState<ReviewSaveStatus>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(initial.updatedAt);
  const contentRef = useRef(content);
  const savedJson = useRef(JSON.stringify(content));
  const inFlight = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback((delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveRef.current(), delay);
  }, []);

  saveRef.current = async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current) return;
    const sending = contentRef.current;
    const json = JSON.stringify(sending);
    if (json === savedJson.current) {
      setStatus('saved');
      return;
    }
    inFlight.current = true;
    setStatus('saving');
    setMessage(null);
    try {
      const result = await reviewApi.save(applicationId, sending);
      savedJson.current = json;
      setSavedAt(result.updatedAt);
      inFlight.current = false;
      if (JSON.stringify(contentRef.current) !== savedJson.current) {
        setStatus('dirty');
        schedule(AUTOSAVE_DELAY_MS);
      } else setStatus('saved');
    } catch (error) {
      inFlight.current = false;
      if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) {
        setStatus('error');
        schedule(RETRY_DELAY_MS);
      } else {
        setStatus('failed');
        setMessage(errorMessage(error, t));
      }
    }
  };

  const update = useCallback(
    (change: (current: ReviewContent) => ReviewContent) => {
      const next = change(contentRef.current);
      contentRef.current = next;
      setContentState(next);
      setStatus(JSON.stringify(next) === savedJson.current ? 'saved' : 'dirty');
      schedule(AUTOSAVE_DELAY_MS);
    },
    [schedule],
  );

  /** Cancels a scheduled save; the caller sends the content itself. */
  const cancelPending = useCallback(() => window.clearTimeout(timer.current), []);
  const saveNow = useCallback(() => void saveRef.current(), []);
  const current = useCallback(() => contentRef.current, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { content, update, status, message, savedAt, cancelPending, saveNow, current };
}
