import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { formatDutchDateTime, formatEnglishDateTime } from '../decisions/dutch-date.js';

/** The codes a client can act on; messages are Dutch first, then English. */
export enum CommitteeErrorCode {
  CommitteeNotFound = 'COMMITTEE_NOT_FOUND',
  MeetingNotFound = 'MEETING_NOT_FOUND',
  MeetingInThePast = 'MEETING_IN_THE_PAST',
  CommitteeInactive = 'COMMITTEE_INACTIVE',
  ReviewsIncomplete = 'REVIEWS_INCOMPLETE',
  NotOnAgenda = 'NOT_ON_AGENDA',
  AgendaMismatch = 'AGENDA_MISMATCH',
  DossierForbidden = 'DOSSIER_FORBIDDEN',
  MinutesBeforeMeeting = 'MINUTES_BEFORE_MEETING',
}

export function committeeNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: CommitteeErrorCode.CommitteeNotFound,
    message: 'Commissie niet gevonden. / Committee not found.',
  });
}

export function meetingNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: CommitteeErrorCode.MeetingNotFound,
    message: 'Vergadering niet gevonden. / Meeting not found.',
  });
}

export function meetingInThePast(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeErrorCode.MeetingInThePast,
    message: 'Deze vergadering is al geweest; kies een latere. / This meeting has already taken place; choose a later one.',
  });
}

export function committeeInactive(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeErrorCode.CommitteeInactive,
    message: 'Deze commissie is niet meer actief. / This committee is no longer active.',
  });
}

export function reviewsIncomplete(submitted: number, panel: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeErrorCode.ReviewsIncomplete,
    message:
      `Nog niet alle beoordelingen zijn ingediend (${submitted} van ${panel}); alleen complete zaken gaan op de agenda. / ` +
      `Not all reviews are in (${submitted} of ${panel}); only complete cases go on the agenda.`,
    submitted,
    panel,
  });
}

export function notOnAgenda(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeErrorCode.NotOnAgenda,
    message: 'Deze aanmelding staat niet op de agenda van deze vergadering. / This application is not on the agenda of this meeting.',
  });
}

export function agendaMismatch(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeErrorCode.AgendaMismatch,
    message:
      'De nieuwe volgorde moet precies de zaken op de agenda noemen. / The new order must name exactly the cases on the agenda.',
  });
}

export function dossierForbidden(): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    error: 'Forbidden',
    code: CommitteeErrorCode.DossierForbidden,
    message:
      'Het dossier is alleen voor de commissie en het secretariaat. / The dossier is for the committee and the secretariat only.',
  });
}

/** 409 for minutes before the meeting has begun; `minutesFrom` is its start. */
export function minutesBeforeMeeting(startsAt: Date): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: CommitteeErrorCode.MinutesBeforeMeeting,
    message:
      `De notulen kunnen worden vastgelegd vanaf het begin van de vergadering, ${formatDutchDateTime(startsAt)}. / ` +
      `The minutes can be recorded from the start of the meeting, ${formatEnglishDateTime(startsAt)}.`,
    minutesFrom: startsAt.toISOString(),
  });
}
