import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { MissingItem } from './readiness.js';

/** The codes a client can act on; messages are Dutch first, then English. */
export enum TrackErrorCode {
  ApplicationNotFound = 'APPLICATION_NOT_FOUND',
  StaleVersion = 'STALE_VERSION',
  EventNotAllowedInState = 'EVENT_NOT_ALLOWED_IN_STATE',
  NotYourTurn = 'NOT_YOUR_TURN',
  StepNotReady = 'STEP_NOT_READY',
}

export function applicationNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: TrackErrorCode.ApplicationNotFound,
    message: 'Aanmelding niet gevonden. / Application not found.',
  });
}

export function staleVersion(expected: number, current: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: TrackErrorCode.StaleVersion,
    message:
      'De aanmelding is intussen gewijzigd; laad haar opnieuw en probeer het nog eens. / ' +
      'The application changed in the meantime; reload it and try again.',
    expectedVersion: expected,
    currentVersion: current,
  });
}

export function eventNotAllowed(event: string, state: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: TrackErrorCode.EventNotAllowedInState,
    message: `Deze stap (${event}) kan niet in de huidige fase (${state}). / This step (${event}) is not possible in the current state (${state}).`,
    event,
    state,
  });
}

export function notYourTurn(event: string): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: TrackErrorCode.NotYourTurn,
    message: `U mag deze stap (${event}) niet zetten voor deze aanmelding. / You may not take this step (${event}) for this application.`,
    event,
  });
}

/** The step belongs to this state but the application still lacks something: each item by code, the same list the readiness checklist shows. */
export function stepNotReady(event: string, state: string, missing: MissingItem[]): ConflictException {
  const codes = missing.map((item) => item.code).join(', ');
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: TrackErrorCode.StepNotReady,
    message: `Deze stap (${event}) kan nog niet; er ontbreekt nog: ${codes}. / This step (${event}) cannot be taken yet; still missing: ${codes}.`,
    event,
    state,
    missing,
  });
}
