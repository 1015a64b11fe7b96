import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';
import { formatDutchDateTime, formatEnglishDateTime } from '../decisions/dutch-date.js';

/** The codes a client can act on; the web app words each (web/src/i18n/errors-*.ts). */
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

export const committeeNotFound = defineError(CommitteeErrorCode.CommitteeNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Commissie niet gevonden.',
  en: 'Committee not found.',
}));

export const meetingNotFound = defineError(CommitteeErrorCode.MeetingNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Vergadering niet gevonden.',
  en: 'Meeting not found.',
}));

export const meetingInThePast = defineError(CommitteeErrorCode.MeetingInThePast, HttpStatus.CONFLICT, () => ({
  nl: 'Deze vergadering is al geweest; kies een latere.',
  en: 'This meeting has already taken place; choose a later one.',
}));

export const committeeInactive = defineError(CommitteeErrorCode.CommitteeInactive, HttpStatus.CONFLICT, () => ({
  nl: 'Deze commissie is niet meer actief.',
  en: 'This committee is no longer active.',
}));

const REVIEWS_INCOMPLETE = defineError<{ submitted: number; panel: number }>(CommitteeErrorCode.ReviewsIncomplete, HttpStatus.CONFLICT, ({ submitted, panel }) => ({
  nl: `Nog niet alle beoordelingen zijn ingediend (${submitted} van ${panel}); alleen complete zaken gaan op de agenda.`,
  en: `Not all reviews are in (${submitted} of ${panel}); only complete cases go on the agenda.`,
}));

export const reviewsIncomplete = (submitted: number, panel: number) => REVIEWS_INCOMPLETE({ submitted, panel });

export const notOnAgenda = defineError(CommitteeErrorCode.NotOnAgenda, HttpStatus.CONFLICT, () => ({
  nl: 'Deze aanmelding staat niet op de agenda van deze vergadering.',
  en: 'This application is not on the agenda of this meeting.',
}));

export const agendaMismatch = defineError(CommitteeErrorCode.AgendaMismatch, HttpStatus.CONFLICT, () => ({
  nl: 'De nieuwe volgorde moet precies de zaken op de agenda noemen.',
  en: 'The new order must name exactly the cases on the agenda.',
}));

export const dossierForbidden = defineError(CommitteeErrorCode.DossierForbidden, HttpStatus.FORBIDDEN, () => ({
  nl: 'Het dossier is alleen voor de commissie en het secretariaat.',
  en: 'The dossier is for the committee and the secretariat only.',
}));

const MINUTES_BEFORE_MEETING = defineError<{ minutesFrom: string }>(CommitteeErrorCode.MinutesBeforeMeeting, HttpStatus.CONFLICT, ({ minutesFrom }) => ({
  nl: `De notulen kunnen worden vastgelegd vanaf het begin van de vergadering, ${formatDutchDateTime(new Date(minutesFrom))}.`,
  en: `The minutes can be recorded from the start of the meeting, ${formatEnglishDateTime(new Date(minutesFrom))}.`,
}));

/** 409 for minutes before the meeting has begun; `minutesFrom` is its start. */
export const minutesBeforeMeeting = (startsAt: Date) => MINUTES_BEFORE_MEETING({ minutesFrom: startsAt.toISOString() });
