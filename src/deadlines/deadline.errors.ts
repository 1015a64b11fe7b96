import { ConflictException, NotFoundException } from '@nestjs/common';

export enum DeadlineErrorCode {
  NotFound = 'DEADLINE_NOT_FOUND',
  Closed = 'DEADLINE_CLOSED',
  NotExtendable = 'DEADLINE_NOT_EXTENDABLE',
  NotCompletedByHand = 'DEADLINE_NOT_COMPLETED_BY_HAND',
  StaleVersion = 'DEADLINE_STALE_VERSION',
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

export function deadlineNotCompletedByHand(kind: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DeadlineErrorCode.NotCompletedByHand,
    message: `Deze termijn (${kind}) sluit vanzelf zodra de stap is gezet. / This deadline (${kind}) closes by itself once the step is taken.`,
    kind,
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
