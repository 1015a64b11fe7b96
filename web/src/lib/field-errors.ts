import { ApiError } from '../api/client';
import type { FieldError, Language } from '../api/types';
import type { Messages } from '../i18n/nl';
import { invalidFieldEn } from '../i18n/errors-en';
import { invalidFieldNl } from '../i18n/errors-nl';
import { errorParamsOf, errorText, isKnownErrorCode } from './error-text';
import { missingItemText, missingItemsFromBody } from './missing-items';
import { validationEn } from '../i18n/validation-en';
import { validationNl, type ValidationMessages } from '../i18n/validation-nl';

/** Field name -> the message shown next to that field. */
export type FieldErrors = Record<string, string>;

/** The bilingual "Nederlands / English" reason of a domain rule, cut to the user's half. */
export function localizeReason(reason: string, locale: Language): string {
  const bilingual = reason.split(' / ');
  if (bilingual.length < 2) return reason;
  const text = locale === 'nl' ? bilingual[0] : bilingual.slice(1).join(' / ');
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
}

function isWordedRule(rule: string | undefined): rule is keyof ValidationMessages {
  return rule !== undefined && Object.hasOwn(validationNl, rule);
}

/**
 * A field error in the user's words: by its rule and parameters when the API names one, else (a
 * domain check) by its bilingual reason. A format (`pattern`) is worded by the DTO that sets it,
 * which says which form it wants (a phone number, a slug); its reason is bilingual for that.
 */
export function localizeFieldError(error: FieldError, locale: Language): string {
  const catalogue = locale === 'en' ? validationEn : validationNl;
  if (error.rule === 'pattern' && error.reason.includes(' / ')) return localizeReason(error.reason, locale);
  if (isWordedRule(error.rule)) return catalogue[error.rule](error);
  // A rule the catalogue does not know yet comes with class-validator's English only: never shown.
  if (!error.reason.includes(' / ')) return locale === 'en' ? invalidFieldEn : invalidFieldNl;
  return localizeReason(error.reason, locale);
}

/** The first reason per field, localised. */
export function toFieldErrors(errors: FieldError[], locale: Language): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) if (!(error.field in result)) result[error.field] = localizeFieldError(error, locale);
  return result;
}

/**
 * One sentence for an error that is not about a field: by its code and params from the error
 * catalogue (web/src/i18n/errors-*.ts); the API's own message is for API clients, never shown.
 */
export function errorMessage(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.errors.server;
  if (error.status === 0) return t.errors.network;
  if (error.isStaleVersion) return t.errors.stale;
  if (error.code === 'STEP_NOT_READY') return t.owner.readiness.refused(missingItemsFromBody(error.body).map((item) => missingItemText(item, t)).join('; '));
  if (error.code === 'EVENT_NOT_ALLOWED_IN_STATE') return t.errors.notAllowed;
  if (error.status >= 500) return t.errors.server;
  if (isKnownErrorCode(error.code)) return errorText(error.code, errorParamsOf(error.body), t.language);
  if (error.status === 401) return t.errors.sessionExpired;
  if (error.status === 403) return t.errors.forbidden;
  return errorText(error.code, {}, t.language);
}
