import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';
import type { SummaryItem } from '../components/ErrorSummary';
import { useI18n } from '../i18n/i18n';
import { errorMessage, toFieldErrors, type FieldErrors } from './field-errors';

/**
 * Errors of one form: per field (from the API's 400 `errors`) and for the form as a whole. The
 * form's values live elsewhere and are never touched here, so a failed save loses nothing.
 */
export function useFormErrors() {
  const { t, locale } = useI18n();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<{ error: unknown; message: string } | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  /** Shows what went wrong; returns true when it was about fields. */
  const fail = useCallback(
    (error: unknown, overrides: (error: ApiError) => FieldErrors | string | undefined = () => undefined) => {
      const override = error instanceof ApiError ? overrides(error) : undefined;
      if (typeof override === 'object') {
        setFieldErrors(override);
        setFormError(null);
      } else if (typeof override === 'string') {
        setFieldErrors({});
        setFormError({ error, message: override });
      } else if (error instanceof ApiError && error.fieldErrors.length) {
        setFieldErrors(toFieldErrors(error.fieldErrors, locale));
        setFormError(null);
      } else {
        setFieldErrors({});
        setFormError({ error, message: errorMessage(error, t) });
      }
      setFocusKey((key) => key + 1);
    },
    [locale, t],
  );

  /** Field errors found before asking the API (e.g. a number that is not one). */
  const showFieldErrors = useCallback((errors: FieldErrors) => {
    setFieldErrors(errors);
    setFormError(null);
    setFocusKey((key) => key + 1);
  }, []);

  /** Runs a save: busy while it runs, errors shown when it fails. */
  const run = useCallback(
    async <T,>(action: () => Promise<T>, overrides?: (error: ApiError) => FieldErrors | string | undefined): Promise<T | undefined> => {
      setBusy(true);
      clear();
      try {
        return await action();
      } catch (error) {
        fail(error, overrides);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [clear, fail],
  );

  /** Error summary lines for the fields, labelled by `labels` (field name -> label). */
  const summary = (labels: Record<string, string>): SummaryItem[] =>
    Object.entries(fieldErrors).map(([field, message]) => ({ field, label: labels[field] ?? field, message }));

  return { fieldErrors, showFieldErrors, formError, focusKey, busy, clear, fail, run, summary };
}
