import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';

/** A value an error's wording may name: the client formats it (a date, a number) in the user's language. */
export type ErrorParamValue = string | number | boolean | null | readonly string[];
export type ErrorParams = Record<string, ErrorParamValue>;

/** The readable default message for API clients; the web app words the code itself. */
export interface DefaultMessage {
  nl: string;
  en: string;
}

/**
 * The one error type of the domain: a `code` the client words in the user's language
 * (web/src/i18n/errors-nl.ts and errors-en.ts), the HTTP status, the `params` that wording names,
 * and a default message "Nederlands / English" for API clients. `details` are further body fields
 * a client acts on (the section's current text, the items still missing). The params are also
 * spread on the body, where clients written before docs/decisions/0036 read them.
 */
export class DomainError extends HttpException {
  constructor(
    readonly code: string,
    status: number,
    readonly params: ErrorParams,
    message: DefaultMessage,
    details: Record<string, unknown> = {},
  ) {
    super(
      { ...params, ...details, statusCode: status, error: STATUS_CODES[status] ?? 'Error', code, message: `${message.nl} / ${message.en}`, params },
      status,
    );
  }
}

/** Whether an error is the domain error with this code (for the few places that catch one and answer otherwise). */
export function isDomainError(error: unknown, code: string): error is DomainError {
  return error instanceof DomainError && error.code === code;
}
