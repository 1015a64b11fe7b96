import type { HttpStatus } from '@nestjs/common';
import { DomainError, type DefaultMessage, type ErrorParams } from './domain-error.js';

/** Further body fields beside the params (see DomainError). */
type Details = Record<string, unknown>;

/** Errors whose wording names nothing are raised without arguments. */
type Arguments<P extends ErrorParams, D extends Details> = [keyof P] extends [never] ? [params?: P, details?: D] : [params: P, details?: D];

export interface ErrorDefinition<P extends ErrorParams, D extends Details = Details> {
  (...args: Arguments<P, D>): DomainError;
  readonly code: string;
  readonly status: HttpStatus;
}

const DEFINED = new Map<string, HttpStatus>();

/**
 * One error the API can answer with: its code, its status and its default message from its
 * params. Every definition is registered, so a test can ask the web catalogue to word each code.
 */
export function defineError<P extends ErrorParams = Record<never, never>, D extends Details = Details>(
  code: string,
  status: HttpStatus,
  message: (params: P, details: Partial<D>) => DefaultMessage,
): ErrorDefinition<P, D> {
  if (DEFINED.has(code)) throw new Error(`Error code ${code} is defined twice`);
  DEFINED.set(code, status);
  const raise = (...[params, details]: Arguments<P, D>) =>
    new DomainError(code, status, params ?? {}, message((params ?? {}) as P, details ?? {}), details);
  return Object.assign(raise, { code, status });
}

/** Every code defined so far (by the modules imported), with its status. */
export function definedErrors(): ReadonlyMap<string, HttpStatus> {
  return DEFINED;
}
