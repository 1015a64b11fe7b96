import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { errorMessage, localizeFieldError } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { FormError } from './FormError';

export type PanelAction = ReturnType<typeof usePanelAction>;

/**
 * One-click actions on the panel and agenda screens (invite, withdraw, place on the agenda, ...):
 * which button is busy, and the refusal shown next to them. A refusal about a field this screen
 * has no input for (e.g. `reviewerId`: own organisation) is said in words; a 409 (stale, not in
 * this state, no longer pending) offers to reload. `fields` are the inputs the caller does show.
 */
export function usePanelAction(onReload: () => Promise<unknown>, fields: string[] = []) {
  const { t, locale } = useI18n();
  const form = useFormErrors();
  const [busyKey, setBusyKey] = useState<string | null>(null);

  function words(error: ApiError): string | undefined {
    if (error.fieldErrors.length && error.fieldErrors.some((field) => !fields.includes(field.field)))
      return [...new Set(error.fieldErrors.map((field) => localizeFieldError(field, locale)))].join(' ');
    if (error.status === 409 && !error.isStaleVersion && error.code !== 'EVENT_NOT_ALLOWED_IN_STATE') return errorMessage(error, t);
    return undefined;
  }

  async function run<T>(key: string, request: () => Promise<T>, onSuccess: (result: T) => Promise<void> | void): Promise<boolean> {
    if (busyKey) return false;
    setBusyKey(key);
    try {
      const result = await form.run(request, words);
      if (result === undefined) return false;
      await onSuccess(result);
      return true;
    } finally {
      setBusyKey(null);
    }
  }

  const failure = form.formError;
  const reloadable = failure?.error instanceof ApiError && failure.error.status === 409;
  const error: ReactNode = failure ? (
    <FormError
      message={failure.message || errorMessage(failure.error, t)}
      focusKey={form.focusKey}
      onReload={
        reloadable
          ? () =>
              void onReload().then(() => {
                form.clear();
              })
          : undefined
      }
    />
  ) : null;

  return {
    run,
    busy: (key: string) => busyKey === key,
    error,
    fail: form.fail,
    clear: form.clear,
    showFieldErrors: form.showFieldErrors,
    fieldErrors: form.fieldErrors,
    focusKey: form.focusKey,
    summary: form.summary,
  };
}
