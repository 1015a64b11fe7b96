import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';
import type { MissingItem } from './readiness.js';

/** The codes a client can act on; the web app words each (web/src/i18n/errors-*.ts). */
export enum TrackErrorCode {
  ApplicationNotFound = 'APPLICATION_NOT_FOUND',
  StaleVersion = 'STALE_VERSION',
  EventNotAllowedInState = 'EVENT_NOT_ALLOWED_IN_STATE',
  NotYourTurn = 'NOT_YOUR_TURN',
  StepNotReady = 'STEP_NOT_READY',
}

export const applicationNotFound = defineError(TrackErrorCode.ApplicationNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Aanmelding niet gevonden.',
  en: 'Application not found.',
}));

const STALE_VERSION = defineError<{ expectedVersion: number; currentVersion: number }>(TrackErrorCode.StaleVersion, HttpStatus.CONFLICT, () => ({
  nl: 'De aanmelding is intussen gewijzigd; laad haar opnieuw en probeer het nog eens.',
  en: 'The application changed in the meantime; reload it and try again.',
}));

export const staleVersion = (expected: number, current: number) => STALE_VERSION({ expectedVersion: expected, currentVersion: current });

const EVENT_NOT_ALLOWED = defineError<{ event: string; state: string }>(TrackErrorCode.EventNotAllowedInState, HttpStatus.CONFLICT, ({ event, state }) => ({
  nl: `Deze stap (${event}) kan niet in de huidige fase (${state}).`,
  en: `This step (${event}) is not possible in the current state (${state}).`,
}));

export const eventNotAllowed = (event: string, state: string) => EVENT_NOT_ALLOWED({ event, state });

const NOT_YOUR_TURN = defineError<{ event: string }>(TrackErrorCode.NotYourTurn, HttpStatus.FORBIDDEN, ({ event }) => ({
  nl: `U mag deze stap (${event}) niet zetten voor deze aanmelding.`,
  en: `You may not take this step (${event}) for this application.`,
}));

export const notYourTurn = (event: string) => NOT_YOUR_TURN({ event });

const STEP_NOT_READY = defineError<{ event: string; state: string; missingCodes: string[] }>(
  TrackErrorCode.StepNotReady,
  HttpStatus.CONFLICT,
  ({ event, missingCodes }) => ({
    nl: `Deze stap (${event}) kan nog niet; er ontbreekt nog: ${missingCodes.join(', ')}.`,
    en: `This step (${event}) cannot be taken yet; still missing: ${missingCodes.join(', ')}.`,
  }),
);

/** The step belongs to this state but the application still lacks something: each item by code, the same list the readiness checklist shows. */
export const stepNotReady = (event: string, state: string, missing: MissingItem[]) =>
  STEP_NOT_READY({ event, state, missingCodes: missing.map((item) => item.code) }, { missing });
