import { ApiError } from '../api/client';
import type { FieldError, Language } from '../api/types';
import type { Messages } from '../i18n/nl';
import { missingItemText, missingItemsFromBody } from './missing-items';

/** Field name -> the message shown next to that field. */
export type FieldErrors = Record<string, string>;

/**
 * The API's reasons are either "Nederlands / English" (domain rules) or class-validator's English
 * defaults. Known rules get our own wording in the user's language; a bilingual reason is cut to
 * the user's half; anything else is shown as the API wrote it.
 */
export function localizeReason(reason: string, locale: Language, t: Messages): string {
  const number = (pattern: RegExp) => Number(reason.match(pattern)?.[1]);
  if (/^ontbreekt:|should not be empty|must be a string/.test(reason)) return t.errors.required;
  if (/longer than or equal to \d+ characters/.test(reason)) return t.errors.minLength(number(/(\d+) characters/));
  if (/shorter than or equal to \d+ characters/.test(reason)) return t.errors.maxLength(number(/(\d+) characters/));
  if (/must be an email/.test(reason)) return t.errors.email;
  if (/telefoonnummer/.test(reason)) return t.errors.phone;
  if (/must be an integer number|must be a number/.test(reason)) return t.errors.integer;
  if (/must not be less than \d+/.test(reason)) return t.errors.min(number(/less than (\d+)/));
  if (/must not be greater than \d+/.test(reason)) return t.errors.max(number(/greater than (\d+)/));
  if (/must not contain line breaks or control or direction characters/.test(reason)) return t.errors.singleLine;
  if (/must not contain a NUL character/.test(reason)) return t.errors.nul;
  if (/must be one of the following values|must be a UUID|must be a boolean/.test(reason)) return t.errors.choose;
  const bilingual = reason.split(' / ');
  if (bilingual.length >= 2) {
    const text = locale === 'nl' ? bilingual[0] : bilingual.slice(1).join(' / ');
    return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
  }
  return reason;
}

/** The first reason per field, localised. */
export function toFieldErrors(errors: FieldError[], locale: Language, t: Messages): FieldErrors {
  const result: FieldErrors = {};
  for (const { field, reason } of errors) if (!(field in result)) result[field] = localizeReason(reason, locale, t);
  return result;
}

/** One sentence for an error that is not about a field. */
export function errorMessage(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.errors.server;
  if (error.status === 0) return t.errors.network;
  if (error.isStaleVersion) return t.errors.stale;
  if (error.status === 401) return t.errors.sessionExpired;
  if (error.status === 403) return t.errors.forbidden;
  if (error.code === 'STEP_NOT_READY') return t.owner.readiness.refused(missingItemsFromBody(error.body).map((item) => missingItemText(item, t)).join('; '));
  if (error.code === 'EVENT_NOT_ALLOWED_IN_STATE') return t.errors.notAllowed;
  if (error.status >= 500) return t.errors.server;
  return localizeReason(error.message, t.language, t);
}
