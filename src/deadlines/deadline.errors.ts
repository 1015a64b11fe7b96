import { ConflictException, NotFoundException } from '@nestjs/common';
import type { DeadlineKind } from './deadline-kinds.js';
import { DEADLINE_ACTION, TO_DO_ACTIONS } from './todo-actions.js';

export enum DeadlineErrorCode {
  NotFound = 'DEADLINE_NOT_FOUND',
  Closed = 'DEADLINE_CLOSED',
  NotExtendable = 'DEADLINE_NOT_EXTENDABLE',
  NotCompletedByHand = 'DEADLINE_NOT_COMPLETED_BY_HAND',
  StaleVersion = 'DEADLINE_STALE_VERSION',
  NoOpenAgendaDeadline = 'NO_OPEN_AGENDA_DEADLINE',
  NoAgendaRecipients = 'NO_AGENDA_RECIPIENTS',
}

export function deadlineNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: DeadlineErrorCode.NotFound,
    message: 'Termijn niet gevonden. / Deadline not found.',
  });
}

export function deadlineClosed(status: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DeadlineErrorCode.Closed,
    message: `Deze termijn is al afgesloten (${status}). / This deadline is already closed (${status}).`,
    status,
  });
}

/** Where the date really lives for the kinds whose row only follows it. */
const TRUTH: Record<string, string> = {
  invitation_response: 'de uitnodiging / the invitation',
  conditions: 'het besluit / the decision',
  recognition_expiry: 'de erkenning / the recognition',
};

export function deadlineNotExtendable(kind: string): ConflictException {
  const where = TRUTH[kind] ?? '-';
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DeadlineErrorCode.NotExtendable,
    message: `Deze termijn (${kind}) volgt een datum van ${where.split(' / ')[0]} en kan hier niet worden verlengd. / This deadline (${kind}) follows a date of ${where.split(' / ')[1] ?? where} and cannot be extended here.`,
    kind,
  });
}

/** Names the step that closes the deadline, so the client can point there instead. */
export function deadlineNotCompletedByHand(kind: DeadlineKind): ConflictException {
  const action = DEADLINE_ACTION[kind];
  const label = TO_DO_ACTIONS[action];
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DeadlineErrorCode.NotCompletedByHand,
    message: `Deze termijn (${kind}) kan niet met de hand worden afgerond: hij sluit zodra deze stap is gezet: ${label.nl}. / This deadline (${kind}) cannot be completed by hand: it closes once this step is taken: ${label.en}.`,
    kind,
    completedBy: action,
  });
}

export function noOpenAgendaDeadline(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DeadlineErrorCode.NoOpenAgendaDeadline,
    message:
      'Voor deze vergadering staat geen agenda klaar om te versturen: er staat geen aanmelding op de agenda, of de agenda is al verstuurd. / This meeting has no agenda waiting to be sent: no application is on its agenda, or the agenda was sent already.',
  });
}

export function noAgendaRecipients(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DeadlineErrorCode.NoAgendaRecipients,
    message:
      'De commissie van deze vergadering heeft geen voorzitter of lid met een actief account; laat de beheerder eerst leden toevoegen. / The committee of this meeting has no chair or member with an active account; ask the admin to add members first.',
  });
}

export function deadlineStaleVersion(expected: number, current: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DeadlineErrorCode.StaleVersion,
    message: 'De termijn is intussen gewijzigd; laad haar opnieuw. / The deadline changed in the meantime; reload it.',
    expectedVersion: expected,
    currentVersion: current,
  });
}
