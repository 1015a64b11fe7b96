import { HttpStatus } from '@nestjs/common';
import { defineError } from '../common/errors/define-error.js';
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

interface RuleInBody {
  code: string;
  field: string;
  message: string;
  nl: string;
  en: string;
}

const DECISION_RULES_BROKEN = defineError<{ ruleCodes: string[] }, { rule: string | undefined; rules: RuleInBody[]; errors: { field: string; reason: string }[] }>(
  DecisionErrorCode.DecisionRulesBroken,
  HttpStatus.BAD_REQUEST,
  (_params, { rules = [] }) => ({
    nl: `Dit besluit gaat tegen de beslisregels in: ${rules.map((rule) => rule.nl).join(' ')}`,
    en: `This decision breaks the decision rules: ${rules.map((rule) => rule.en).join(' ')}`,
  }),
);

/** 400 naming every rule the decision breaks; `rule` is the first, `errors` the fields to change. */
export const decisionRulesBroken = (rules: BrokenRule[]) =>
  DECISION_RULES_BROKEN(
    { ruleCodes: rules.map((rule) => rule.code) },
    {
      rule: rules[0]?.code,
      rules: rules.map(({ code, field, nl, en }) => ({ code, field, message: `${nl} / ${en}`, nl, en })),
      errors: rules.map((rule) => ({ field: rule.field, reason: `${rule.code}: ${rule.nl} / ${rule.en}` })),
    },
  );

export const decisionNotFound = defineError(DecisionErrorCode.DecisionNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Er is (nog) geen besluit over deze aanmelding.',
  en: 'There is no decision on this application (yet).',
}));

export const decisionLetterNotFound = defineError(DecisionErrorCode.DecisionLetterNotFound, HttpStatus.NOT_FOUND, () => ({
  nl: 'Er is (nog) geen besluitbrief voor deze aanmelding.',
  en: 'There is no decision letter for this application (yet).',
}));

const OBJECTION_PERIOD_ENDED = defineError<{ decidedAt: string; objectionDeadline: string; windowDays: number }>(
  DecisionErrorCode.ObjectionPeriodEnded,
  HttpStatus.CONFLICT,
  ({ decidedAt, objectionDeadline, windowDays }) => {
    const window = objectionWindowWords(windowDays);
    return {
      nl: `De bezwaartermijn van ${window.nl} na het besluit van ${formatDutchDate(new Date(decidedAt))} is op ${formatDutchDate(new Date(objectionDeadline))} verstreken.`,
      en: `The ${window.en} objection period after the decision of ${decidedAt.slice(0, 10)} ended on ${objectionDeadline.slice(0, 10)}.`,
    };
  },
);

export const objectionPeriodEnded = (decidedAt: Date, deadline: Date, windowDays: number) =>
  OBJECTION_PERIOD_ENDED({ decidedAt: decidedAt.toISOString(), objectionDeadline: deadline.toISOString(), windowDays });

export const objectionAlreadyLodged = defineError(DecisionErrorCode.ObjectionAlreadyLodged, HttpStatus.CONFLICT, () => ({
  nl: 'Tegen dit besluit is al bezwaar gemaakt; er kan één keer bezwaar worden gemaakt.',
  en: 'An objection against this decision has already been lodged; an objection can be lodged once.',
}));

const CONDITIONS_DEADLINE_PASSED = defineError<{ conditionsDeadline: string }>(
  DecisionErrorCode.ConditionsDeadlinePassed,
  HttpStatus.CONFLICT,
  ({ conditionsDeadline }) => ({
    nl: `De termijn voor de voorwaarden is op ${formatDutchDate(new Date(conditionsDeadline))} verstreken; de erkenning vervalt.`,
    en: `The conditions deadline passed on ${conditionsDeadline.slice(0, 10)}; the recognition lapses.`,
  }),
);

export const conditionsDeadlinePassed = (deadline: Date) => CONDITIONS_DEADLINE_PASSED({ conditionsDeadline: deadline.toISOString() });

const MEETING_NOT_STARTED = defineError<{ decidableFrom: string }>(DecisionErrorCode.MeetingNotStarted, HttpStatus.CONFLICT, ({ decidableFrom }) => ({
  nl: `Het besluit kan pas worden vastgelegd vanaf het begin van de vergadering, ${formatDutchDateTime(new Date(decidableFrom))}.`,
  en: `The decision can be recorded from the start of the meeting, ${formatEnglishDateTime(new Date(decidableFrom))}.`,
}));

/** 409 before the meeting whose agenda holds the case has begun; `decidableFrom` is its start. */
export const meetingNotStarted = (startsAt: Date) => MEETING_NOT_STARTED({ decidableFrom: startsAt.toISOString() });
