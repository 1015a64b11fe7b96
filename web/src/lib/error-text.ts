import { errorsEn, unknownErrorEn } from '../i18n/errors-en.js';
import { errorsNl, unknownErrorNl } from '../i18n/errors-nl.js';
import type { ErrorParams } from './error-params.js';

function isWordedCode(code: string): code is keyof typeof errorsNl {
  return Object.hasOwn(errorsNl, code);
}

/** The params of an API error body: `params`, or (an error written before docs/decisions/0036) none. */
export function errorParamsOf(body: Record<string, unknown>): ErrorParams {
  return body.params && typeof body.params === 'object' ? (body.params as ErrorParams) : {};
}

/** Whether the web catalogue words this code. */
export const isKnownErrorCode = (code: string): boolean => isWordedCode(code);

/**
 * An API error in the user's words, by its code and params (web/src/i18n/errors-*.ts). A code the
 * catalogue does not know gets a general sentence with the code in it, never the API's own message.
 */
export function errorText(code: string, params: ErrorParams, locale: 'nl' | 'en'): string {
  if (!isWordedCode(code)) return locale === 'en' ? unknownErrorEn(code) : unknownErrorNl(code);
  return (locale === 'en' ? errorsEn : errorsNl)[code](params);
}
