import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';
import type { DeadlineKind } from './deadline-kinds.js';
import { DEADLINE_ACTION, TO_DO_ACTIONS, type TodoAction } from './todo-actions.js';

export enum DeadlineErrorCode {
  NotFound = 'DEADLINE_NOT_FOUND',
  Closed = 'DEADLINE_CLOSED',
  NotExtendable = 'DEADLINE_NOT_EXTENDABLE',
  NotCompletedByHand = 'DEADLINE_NOT_COMPLETED_BY_HAND',
  StaleVersion = 'DEADLINE_STALE_VERSION',
  NoOpenAgendaDeadline = 'NO_OPEN_AGENDA_DEADLINE',
  NoAgendaRecipients = 'NO_AGENDA_RECIPIENTS',
}

export const deadlineNotFound = defineError(DeadlineErrorCode.NotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Termijn niet gevonden.',
  en: 'Deadline not found.',
}));

const DEADLINE_CLOSED = defineError<{ status: string }>(DeadlineErrorCode.Closed, HttpStatus.CONFLICT, ({ status }) => ({
  nl: `Deze termijn is al afgesloten (${status}).`,
  en: `This deadline is already closed (${status}).`,
}));

export const deadlineClosed = (status: string) => DEADLINE_CLOSED({ status });

/** Where the date really lives for the kinds whose row only follows it. */
const TRUTH: Record<string, { nl: string; en: string }> = {
  invitation_response: { nl: 'de uitnodiging', en: 'the invitation' },
  conditions: { nl: 'het besluit', en: 'the decision' },
  recognition_expiry: { nl: 'de erkenning', en: 'the recognition' },
};

const NOT_EXTENDABLE = defineError<{ kind: string }>(DeadlineErrorCode.NotExtendable, HttpStatus.CONFLICT, ({ kind }) => {
  const where = TRUTH[kind] ?? { nl: '-', en: '-' };
  return {
    nl: `Deze termijn (${kind}) volgt een datum van ${where.nl} en kan hier niet worden verlengd.`,
    en: `This deadline (${kind}) follows a date of ${where.en} and cannot be extended here.`,
  };
});

export const deadlineNotExtendable = (kind: string) => NOT_EXTENDABLE({ kind });

const NOT_COMPLETED_BY_HAND = defineError<{ kind: string; completedBy: TodoAction }>(
  DeadlineErrorCode.NotCompletedByHand,
  HttpStatus.CONFLICT,
  ({ kind, completedBy }) => ({
    nl: `Deze termijn (${kind}) kan niet met de hand worden afgerond: hij sluit zodra deze stap is gezet: ${TO_DO_ACTIONS[completedBy].nl}.`,
    en: `This deadline (${kind}) cannot be completed by hand: it closes once this step is taken: ${TO_DO_ACTIONS[completedBy].en}.`,
  }),
);

/** Names the step that closes the deadline, so the client can point there instead. */
export const deadlineNotCompletedByHand = (kind: DeadlineKind) => NOT_COMPLETED_BY_HAND({ kind, completedBy: DEADLINE_ACTION[kind] });

export const noOpenAgendaDeadline = defineError(DeadlineErrorCode.NoOpenAgendaDeadline, HttpStatus.CONFLICT, () => ({
  nl: 'Voor deze vergadering staat geen agenda klaar om te versturen: er staat geen aanmelding op de agenda, of de agenda is al verstuurd.',
  en: 'This meeting has no agenda waiting to be sent: no application is on its agenda, or the agenda was sent already.',
}));

export const noAgendaRecipients = defineError(DeadlineErrorCode.NoAgendaRecipients, HttpStatus.CONFLICT, () => ({
  nl: 'De commissie van deze vergadering heeft geen voorzitter of lid met een actief account; laat de beheerder eerst leden toevoegen.',
  en: 'The committee of this meeting has no chair or member with an active account; ask the admin to add members first.',
}));

const DEADLINE_STALE_VERSION = defineError<{ expectedVersion: number; currentVersion: number }>(DeadlineErrorCode.StaleVersion, HttpStatus.CONFLICT, () => ({
  nl: 'De termijn is intussen gewijzigd; laad haar opnieuw.',
  en: 'The deadline changed in the meantime; reload it.',
}));

export const deadlineStaleVersion = (expected: number, current: number) => DEADLINE_STALE_VERSION({ expectedVersion: expected, currentVersion: current });
