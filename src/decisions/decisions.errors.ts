import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import type { BrokenRule } from '../committee/decision-rules.js';
import { objectionWindowWords } from './decision.view.js';
import { formatDutchDate, formatDutchDateTime, formatEnglishDateTime } from './dutch-date.js';

export enum DecisionErrorCode {
  DecisionRulesBroken = 'DECISION_RULES_BROKEN',
  DecisionNotFound = 'DECISION_NOT_FOUND',
  DecisionLetterNotFound = 'DECISION_LETTER_NOT_FOUND',
  ObjectionPeriodEnded = 'OBJECTION_PERIOD_ENDED',
  ObjectionAlreadyLodged = 'OBJECTION_ALREADY_LODGED',
  ConditionsDeadlinePassed = 'CONDITIONS_DEADLINE_PASSED',
  MeetingNotStarted = 'MEETING_NOT_STARTED',
}

/** 400 naming every rule the decision breaks; `rule` is the first, `errors` the fields to change. */
export function decisionRulesBroken(rules: BrokenRule[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: DecisionErrorCode.DecisionRulesBroken,
    message:
      `Dit besluit gaat tegen de beslisregels in: ${rules.map((rule) => rule.nl).join(' ')} / ` +
      `This decision breaks the decision rules: ${rules.map((rule) => rule.en).join(' ')}`,
    rule: rules[0]?.code,
    rules: rules.map((rule) => ({ code: rule.code, field: rule.field, message: `${rule.nl} / ${rule.en}` })),
    errors: rules.map((rule) => ({ field: rule.field, reason: `${rule.code}: ${rule.nl} / ${rule.en}` })),
  });
}

export function decisionNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: DecisionErrorCode.DecisionNotFound,
    message: 'Er is (nog) geen besluit over deze aanmelding. / There is no decision on this application (yet).',
  });
}

export function decisionLetterNotFound(): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    code: DecisionErrorCode.DecisionLetterNotFound,
    message: 'Er is (nog) geen besluitbrief voor deze aanmelding. / There is no decision letter for this application (yet).',
  });
}

export function objectionPeriodEnded(decidedAt: Date, deadline: Date, windowDays: number): ConflictException {
  const window = objectionWindowWords(windowDays);
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DecisionErrorCode.ObjectionPeriodEnded,
    message:
      `De bezwaartermijn van ${window.nl} na het besluit van ${formatDutchDate(decidedAt)} is op ${formatDutchDate(deadline)} verstreken. / ` +
      `The ${window.en} objection period after the decision of ${decidedAt.toISOString().slice(0, 10)} ended on ${deadline.toISOString().slice(0, 10)}.`,
    decidedAt: decidedAt.toISOString(),
    objectionDeadline: deadline.toISOString(),
  });
}

export function objectionAlreadyLodged(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DecisionErrorCode.ObjectionAlreadyLodged,
    message:
      'Tegen dit besluit is al bezwaar gemaakt; er kan één keer bezwaar worden gemaakt. / ' +
      'An objection against this decision has already been lodged; an objection can be lodged once.',
  });
}

export function conditionsDeadlinePassed(deadline: Date): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DecisionErrorCode.ConditionsDeadlinePassed,
    message:
      `De termijn voor de voorwaarden is op ${formatDutchDate(deadline)} verstreken; de erkenning vervalt. / ` +
      `The conditions deadline passed on ${deadline.toISOString().slice(0, 10)}; the recognition lapses.`,
    conditionsDeadline: deadline.toISOString(),
  });
}

/** 409 before the meeting whose agenda holds the case has begun; `decidableFrom` is its start. */
export function meetingNotStarted(startsAt: Date): ConflictException {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    code: DecisionErrorCode.MeetingNotStarted,
    message:
      `Het besluit kan pas worden vastgelegd vanaf het begin van de vergadering, ${formatDutchDateTime(startsAt)}. / ` +
      `The decision can be recorded from the start of the meeting, ${formatEnglishDateTime(startsAt)}.`,
    decidableFrom: startsAt.toISOString(),
  });
}
