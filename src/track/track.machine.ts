import { and, assign, not, setup, stateIn, type SnapshotFrom } from 'xstate';
import {
  RECOGNISING_VERDICTS,
  VERDICTS,
  type DecisionPayload,
  type DocumentFacts,
  type IsoInstant,
  type ObjectionOutcome,
  type TrackEvent,
  type TrackEventOf,
  type Verdict,
} from './track.events.js';
import { isEffectLevel, isLevelCode, LEVEL_CODES, type LevelCode } from './track.levels.js';

export type { TrackEvent } from './track.events.js';

/**
 * The recognition track (erkenningstraject) of one application, as a pure statechart.
 *
 * No I/O and no clock: instants arrive in event payloads as ISO strings. Rules that need data
 * outside this application (panel majority/unanimity, who is on the panel) belong to the service
 * layer; the machine only refuses what it can judge from its own context and the event.
 *
 * Bump TRACK_MACHINE_VERSION whenever a persisted snapshot of the previous version would no longer
 * restore correctly (renamed or removed states, changed context shape) and register an upgrade
 * step in track.snapshot.ts.
 */
export const TRACK_MACHINE_VERSION = 3;

/** The national defaults (Movisie's procedure); a committee's settings may differ (src/committee-settings). */
export const OBJECTION_WINDOW_DAYS = 42;
export const CONDITIONS_PERIOD_MONTHS = 6;
export const DEFAULT_VALIDITY_YEARS = 5;

/**
 * The parts of a committee's procedure settings the machine's guards and actions read. A case
 * keeps the procedure it started under: later changes to the settings do not reach it.
 */
export interface TrackProcedure {
  /** The levels the committee offers, in ladder order; a recognition is only at one of these. */
  levels: LevelCode[];
  /** Years a recognition at each offered level stays valid. */
  validityYears: Partial<Record<LevelCode, number>>;
  objectionWindowDays: number;
  conditionsPeriodMonths: number;
}

export const DEFAULT_TRACK_PROCEDURE: TrackProcedure = {
  levels: [...LEVEL_CODES],
  validityYears: Object.fromEntries(LEVEL_CODES.map((level) => [level, DEFAULT_VALIDITY_YEARS])),
  objectionWindowDays: OBJECTION_WINDOW_DAYS,
  conditionsPeriodMonths: CONDITIONS_PERIOD_MONTHS,
};

export interface TrackInput {
  targetLevel: LevelCode;
  /** The committee's procedure at the start of the case; the national defaults when left out. */
  procedure?: TrackProcedure;
}

export interface TrackDecision {
  /** The verdict that currently stands (conditionally_recognised becomes recognised once conditions are met). */
  verdict: Verdict;
  level: LevelCode | null;
  decidedAt: IsoInstant;
}

/** Kept small and JSON-safe: `null` rather than `undefined`, so a JSON round trip gives back an equal object. */
export interface TrackContext {
  targetLevel: LevelCode;
  /** The procedure settings this case follows (the version it started under). */
  procedure: TrackProcedure;
  /** Number of werkblad versions frozen for coach feedback. */
  feedbackRound: number;
  /** Review round of the panel; a deferral starts the next round with the same panel. */
  reviewRound: number;
  documents: DocumentFacts;
  meetingId: string | null;
  decision: TrackDecision | null;
  /**
   * While the letter is a draft: the deadline the chair set explicitly, or null for the default
   * period. Once the letter is sent: the deadline that runs.
   */
  conditionsDeadline: IsoInstant | null;
  /** When the secretary sent the decision letter; the owner's deadlines run from here. */
  letterSentAt: IsoInstant | null;
  objectionLodgedAt: IsoInstant | null;
  recognisedUntil: IsoInstant | null;
  /** Bumped on every listing text update, so an update is an observable transition. */
  listingRevision: number;
}

export function createInitialContext(input: TrackInput): TrackContext {
  if (!isLevelCode(input?.targetLevel)) {
    throw new RangeError(`Unknown target level: ${String(input?.targetLevel)}`);
  }
  const procedure = checkedProcedure(input.procedure ?? DEFAULT_TRACK_PROCEDURE);
  if (!procedure.levels.includes(input.targetLevel)) {
    throw new RangeError(`Target level ${input.targetLevel} is not offered by this procedure`);
  }
  return {
    targetLevel: input.targetLevel,
    procedure,
    feedbackRound: 0,
    reviewRound: 1,
    documents: { handbook: false, processEvaluation: false, effectStudies: 0 },
    meetingId: null,
    decision: null,
    conditionsDeadline: null,
    letterSentAt: null,
    objectionLodgedAt: null,
    recognisedUntil: null,
    listingRevision: 0,
  };
}

const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

/** A JSON-safe copy of the procedure, refusing one the guards could not work with. */
function checkedProcedure(procedure: TrackProcedure): TrackProcedure {
  const levels = LEVEL_CODES.filter((level) => procedure.levels.includes(level));
  if (levels.length === 0 || levels.length !== procedure.levels.length) {
    throw new RangeError(`procedure.levels must be known levels, got ${JSON.stringify(procedure.levels)}`);
  }
  for (const level of levels) {
    if (!isPositiveInteger(procedure.validityYears[level])) {
      throw new RangeError(`procedure.validityYears.${level} must be a positive integer`);
    }
  }
  if (!isPositiveInteger(procedure.objectionWindowDays) || !isPositiveInteger(procedure.conditionsPeriodMonths)) {
    throw new RangeError('procedure periods must be positive integers');
  }
  return {
    levels,
    validityYears: Object.fromEntries(levels.map((level) => [level, procedure.validityYears[level]])),
    objectionWindowDays: procedure.objectionWindowDays,
    conditionsPeriodMonths: procedure.conditionsPeriodMonths,
  };
}

// ---------------------------------------------------------------------------------------------
// Pure rules used by the guards and actions below.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch, or null when the value is not an ISO instant with a zone. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Calendar months in UTC; the 31st plus one month ends on the last day of the shorter month. */
export function addMonths(instant: IsoInstant, months: number): IsoInstant {
  const ms = parseInstant(instant);
  if (ms === null) throw new RangeError(`Not an ISO instant: ${instant}`);
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}

export type RequiredDocument = 'handbook' | 'process_evaluation' | 'effect_study';

/** The documents the description phase still lacks: a handbook, a process evaluation and, for Effectief, an effect study. */
export function missingDocuments(documents: DocumentFacts, targetLevel: LevelCode): RequiredDocument[] {
  const missing: RequiredDocument[] = [];
  if (!documents.handbook) missing.push('handbook');
  if (!documents.processEvaluation) missing.push('process_evaluation');
  if (isEffectLevel(targetLevel) && documents.effectStudies < 1) missing.push('effect_study');
  return missing;
}

export function documentsComplete(documents: DocumentFacts, targetLevel: LevelCode): boolean {
  return missingDocuments(documents, targetLevel).length === 0;
}

/** A recognising verdict names a level the case's procedure offers. */
function isValidDecision(decision: Partial<DecisionPayload>, procedure: TrackProcedure): boolean {
  if (!VERDICTS.includes(decision.verdict as Verdict)) return false;
  if (parseInstant(decision.at) === null) return false;
  if (
    RECOGNISING_VERDICTS.includes(decision.verdict as Verdict) &&
    !(isLevelCode(decision.level) && procedure.levels.includes(decision.level))
  ) {
    return false;
  }
  if (decision.verdict === 'conditionally_recognised' && decision.conditionsDeadline != null) {
    const deadline = parseInstant(decision.conditionsDeadline);
    if (deadline === null || deadline <= parseInstant(decision.at)!) return false;
  }
  return true;
}

function decisionContext(decision: DecisionPayload, procedure: TrackProcedure): Pick<TrackContext, 'decision' | 'conditionsDeadline'> {
  const recognising = RECOGNISING_VERDICTS.includes(decision.verdict);
  return {
    decision: {
      verdict: decision.verdict,
      level: recognising ? (decision.level ?? null) : null,
      decidedAt: decision.at,
    },
    conditionsDeadline:
      decision.verdict === 'conditionally_recognised'
        ? (decision.conditionsDeadline ?? addMonths(decision.at, procedure.conditionsPeriodMonths))
        : null,
  };
}

/**
 * The conditions deadline once the letter goes out at `sentAt`: the default period from the
 * sending, or the chair's explicit deadline moved on by the time the letter waited, so that the
 * owner always gets the whole period the committee granted.
 */
export function conditionsDeadlineOnSending(
  decidedAt: IsoInstant,
  explicitDeadline: IsoInstant | null,
  sentAt: IsoInstant,
  periodMonths: number = CONDITIONS_PERIOD_MONTHS,
): IsoInstant {
  if (explicitDeadline === null) return addMonths(sentAt, periodMonths);
  const waited = Math.max(0, parseInstant(sentAt)! - parseInstant(decidedAt)!);
  return new Date(parseInstant(explicitDeadline)! + waited).toISOString();
}

/** The validity of the recognition that stands, by its level; the national default for a level the procedure does not list. */
export function validityYearsOf(context: Pick<TrackContext, 'procedure' | 'decision' | 'targetLevel'>): number {
  const level = context.decision?.level ?? context.targetLevel;
  return context.procedure.validityYears[level] ?? DEFAULT_VALIDITY_YEARS;
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

// ---------------------------------------------------------------------------------------------
// Event-to-params helpers, so the transitions below read as rules rather than plumbing.

type RecordDecisionEvent = TrackEventOf<'RECORD_DECISION'>;
type ResolveObjectionEvent = TrackEventOf<'RESOLVE_OBJECTION'>;
type SendDecisionLetterEvent = TrackEventOf<'SEND_DECISION_LETTER'>;

const decisionOf = ({ event }: { event: RecordDecisionEvent }): DecisionPayload => ({
  verdict: event.verdict,
  level: event.level ?? null,
  at: event.at,
  conditionsDeadline: event.conditionsDeadline ?? null,
});

const replacementOf = ({ event }: { event: ResolveObjectionEvent }): DecisionPayload => ({
  verdict: event.verdict as Verdict,
  level: event.level ?? null,
  at: event.at,
  conditionsDeadline: event.conditionsDeadline ?? null,
});

const toWithdrawn = { target: '#track.withdrawn' } as const;

/** The `decided` substate that represents each verdict. */
export const DECIDED_SUBSTATE = {
  recognised: 'recognised',
  conditionally_recognised: 'conditionallyRecognised',
  deferred: 'deferred',
  not_recognised: 'notRecognised',
} as const satisfies Record<Verdict, string>;

export const trackMachine = setup({
  types: {
    context: {} as TrackContext,
    events: {} as TrackEvent,
    input: {} as TrackInput,
  },
  guards: {
    hasText: (_, params: { text: unknown }) => hasText(params.text),
    documentsComplete: ({ context }) => documentsComplete(context.documents, context.targetLevel),
    readyForAssessment: and([
      stateIn('#track.description.werkblad.ready'),
      stateIn('#track.description.documents.complete'),
    ]),
    isDecisionWithVerdict: ({ context }, params: { decision: DecisionPayload; verdict: Verdict }) =>
      params.decision.verdict === params.verdict && isValidDecision(params.decision, context.procedure),
    /** The letter of a recorded decision with this verdict can go out at `at` (not before the decision). */
    letterCanGoFor: ({ context }, params: { at: IsoInstant; verdict: Verdict }) => {
      if (context.decision?.verdict !== params.verdict) return false;
      const at = parseInstant(params.at);
      const decidedAt = parseInstant(context.decision.decidedAt);
      return at !== null && decidedAt !== null && at >= decidedAt;
    },
    withinObjectionWindow: ({ context }, params: { at: IsoInstant }) => {
      // One objection per decision: once lodged (and resolved) the window stays closed.
      if (context.decision === null || context.objectionLodgedAt !== null) return false;
      // The window opens when the owner receives the letter, not when the committee decided.
      const decidedAt = parseInstant(context.letterSentAt ?? context.decision.decidedAt);
      const at = parseInstant(params.at);
      if (decidedAt === null || at === null) return false;
      return at >= decidedAt && at - decidedAt <= context.procedure.objectionWindowDays * DAY_MS;
    },
    objectionUpheldFor: ({ context }, params: { outcome: ObjectionOutcome; verdict: Verdict }) =>
      params.outcome === 'upheld' && context.decision?.verdict === params.verdict,
    objectionReplacedBy: (
      { context },
      params: { outcome: ObjectionOutcome; decision: DecisionPayload; verdict: Verdict },
    ) =>
      params.outcome === 'replaced' &&
      params.decision.verdict === params.verdict &&
      isValidDecision(params.decision, context.procedure),
    /** For timers: the event's instant has reached the stored deadline. */
    isDue: (_, params: { at: IsoInstant; due: IsoInstant | null }) => {
      const at = parseInstant(params.at);
      const due = parseInstant(params.due);
      return at !== null && due !== null && at >= due;
    },
  },
  actions: {
    storeDocumentFacts: assign((_, params: DocumentFacts) => ({
      documents: {
        handbook: params.handbook === true,
        processEvaluation: params.processEvaluation === true,
        effectStudies: Number.isInteger(params.effectStudies) ? Math.max(0, params.effectStudies) : 0,
      },
    })),
    freezeFeedbackVersion: assign({ feedbackRound: ({ context }) => context.feedbackRound + 1 }),
    setMeeting: assign((_, params: { meetingId: string }) => ({ meetingId: params.meetingId })),
    clearMeeting: assign({ meetingId: null }),
    // The letter is a draft: the chair's explicit deadline is kept, the default waits for the sending.
    recordDecision: assign(({ context }, params: DecisionPayload) => ({
      decision: decisionContext(params, context.procedure).decision,
      conditionsDeadline: params.verdict === 'conditionally_recognised' ? (params.conditionsDeadline ?? null) : null,
      letterSentAt: null,
      // A new committee decision opens a new objection window (once its letter is sent).
      objectionLodgedAt: null,
    })),
    sendDecisionLetter: assign(({ context }, params: { at: IsoInstant }) => ({
      letterSentAt: params.at,
      conditionsDeadline:
        context.decision?.verdict === 'conditionally_recognised'
          ? conditionsDeadlineOnSending(context.decision.decidedAt, context.conditionsDeadline, params.at, context.procedure.conditionsPeriodMonths)
          : null,
    })),
    // Keeps objectionLodgedAt: the replaced decision does not reopen the window. The decision on
    // an objection is sent with its letter at once.
    replaceDecision: assign(({ context }, params: DecisionPayload) => ({ ...decisionContext(params, context.procedure), letterSentAt: params.at })),
    markConditionsMet: assign(({ context }) => ({
      decision: context.decision && { ...context.decision, verdict: 'recognised' as const },
    })),
    startNextReviewRound: assign(({ context }) => ({
      reviewRound: context.reviewRound + 1,
      meetingId: null,
    })),
    recordObjection: assign((_, params: { at: IsoInstant }) => ({ objectionLodgedAt: params.at })),
    // Valid for the years the case's procedure gives the level granted.
    publishListing: assign(({ context }) => ({
      recognisedUntil: addMonths(context.decision!.decidedAt, 12 * validityYearsOf(context)),
      listingRevision: 1,
    })),
    reviseListing: assign({ listingRevision: ({ context }) => context.listingRevision + 1 }),
  },
}).createMachine({
  id: 'track',
  context: ({ input }) => createInitialContext(input),
  initial: 'draft',
  states: {
    // Aanmelding: the owner fills in the intake form.
    draft: {
      on: {
        SUBMIT: { target: 'intake' },
        DOCUMENTS_CHANGED: { actions: { type: 'storeDocumentFacts', params: ({ event }) => event } },
        WITHDRAW: toWithdrawn,
      },
    },

    // Toelating: the secretary checks the admission criteria.
    intake: {
      on: {
        ADMIT: { target: 'description' },
        REFUSE_ADMISSION: {
          guard: { type: 'hasText', params: ({ event }) => ({ text: event.reason }) },
          target: 'notAdmitted',
        },
        REQUEST_INFORMATION: {
          guard: { type: 'hasText', params: ({ event }) => ({ text: event.question }) },
          target: 'informationRequested',
        },
        DOCUMENTS_CHANGED: { actions: { type: 'storeDocumentFacts', params: ({ event }) => event } },
        WITHDRAW: toWithdrawn,
      },
    },

    informationRequested: {
      on: {
        PROVIDE_INFORMATION: {
          guard: { type: 'hasText', params: ({ event }) => ({ text: event.answer }) },
          target: 'intake',
        },
        DOCUMENTS_CHANGED: { actions: { type: 'storeDocumentFacts', params: ({ event }) => event } },
        WITHDRAW: toWithdrawn,
      },
    },

    notAdmitted: { type: 'final' },

    // Beschrijven: werkblad with the coach, and the documents, in parallel.
    description: {
      type: 'parallel',
      on: {
        SUBMIT_FOR_ASSESSMENT: { guard: 'readyForAssessment', target: 'submittedForAssessment' },
        DOCUMENTS_CHANGED: { actions: { type: 'storeDocumentFacts', params: ({ event }) => event } },
        WITHDRAW: toWithdrawn,
      },
      states: {
        werkblad: {
          initial: 'drafting',
          states: {
            drafting: {
              on: {
                REQUEST_FEEDBACK: { target: 'feedbackRequested', actions: 'freezeFeedbackVersion' },
                MARK_READY: { target: 'ready' },
              },
            },
            feedbackRequested: {
              on: {
                RETURN_FEEDBACK: { target: 'drafting' },
                MARK_READY: { target: 'ready' },
              },
            },
            ready: {
              on: {
                REOPEN_DESCRIPTION: { target: 'drafting' },
              },
            },
          },
        },
        // Follows the stored document facts; facts may already be complete on admission.
        documents: {
          initial: 'incomplete',
          states: {
            incomplete: { always: { guard: 'documentsComplete', target: 'complete' } },
            complete: { always: { guard: not('documentsComplete'), target: 'incomplete' } },
          },
        },
      },
    },

    // Beoordelen.
    submittedForAssessment: {
      on: {
        START_PANEL_COMPOSITION: { target: 'panelComposition' },
        WITHDRAW: toWithdrawn,
      },
    },

    panelComposition: {
      on: {
        PANEL_COMPLETE: { target: 'underReview' },
        WITHDRAW: toWithdrawn,
      },
    },

    underReview: {
      on: {
        ALL_REVIEWS_SUBMITTED: { target: 'awaitingCommittee' },
        WITHDRAW: toWithdrawn,
      },
    },

    // Commissie.
    awaitingCommittee: {
      on: {
        PLACE_ON_AGENDA: {
          guard: { type: 'hasText', params: ({ event }) => ({ text: event.meetingId }) },
          target: 'onAgenda',
          actions: { type: 'setMeeting', params: ({ event }) => ({ meetingId: event.meetingId }) },
        },
        WITHDRAW: toWithdrawn,
      },
    },

    onAgenda: {
      on: {
        REMOVE_FROM_AGENDA: { target: 'awaitingCommittee', actions: 'clearMeeting' },
        // One branch per verdict; an invalid decision (e.g. recognised without a level) matches none.
        RECORD_DECISION: VERDICTS.map((verdict) => ({
          guard: {
            type: 'isDecisionWithVerdict' as const,
            params: (args: { event: RecordDecisionEvent }) => ({ decision: decisionOf(args), verdict }),
          },
          target: '#track.letterDraft' as const,
          actions: { type: 'recordDecision' as const, params: decisionOf },
        })),
        WITHDRAW: toWithdrawn,
      },
    },

    // Four eyes: the chair has decided; the letter is a draft that chair and secretary read. Only
    // when the secretary sends it do the owner and the others hear of the decision.
    letterDraft: {
      on: {
        SEND_DECISION_LETTER: VERDICTS.map((verdict) => ({
          guard: {
            type: 'letterCanGoFor' as const,
            params: ({ event }: { event: SendDecisionLetterEvent }) => ({ at: event.at, verdict }),
          },
          target: `#track.decided.${DECIDED_SUBSTATE[verdict]}` as const,
          actions: { type: 'sendDecisionLetter' as const, params: ({ event }: { event: SendDecisionLetterEvent }) => ({ at: event.at }) },
        })),
      },
    },

    // Besluit. The substate is the verdict that currently stands (see context.decision).
    decided: {
      // Required by XState for a compound state; every transition into `decided` names its substate.
      initial: 'notRecognised',
      on: {
        LODGE_OBJECTION: {
          guard: { type: 'withinObjectionWindow', params: ({ event }) => ({ at: event.at }) },
          target: 'objection',
          actions: { type: 'recordObjection', params: ({ event }) => ({ at: event.at }) },
        },
      },
      states: {
        recognised: {
          on: {
            PUBLISH: { target: '#track.published', actions: 'publishListing' },
          },
        },
        conditionallyRecognised: {
          on: {
            CONFIRM_CONDITIONS_MET: { target: 'recognised', actions: 'markConditionsMet' },
            CONDITIONS_LAPSED: {
              guard: {
                type: 'isDue',
                params: ({ context, event }) => ({ at: event.at, due: context.conditionsDeadline }),
              },
              target: '#track.lapsed',
            },
          },
        },
        deferred: {
          on: {
            SUBMIT_REVISION: { target: '#track.underReview', actions: 'startNextReviewRound' },
          },
        },
        notRecognised: {},
      },
    },

    // Bezwaar: the committee reconsiders; it either upholds the standing verdict or replaces it.
    objection: {
      on: {
        RESOLVE_OBJECTION: [
          // Upheld: back to the substate of the verdict that stands.
          ...VERDICTS.map((verdict) => ({
            guard: {
              type: 'objectionUpheldFor' as const,
              params: ({ event }: { event: ResolveObjectionEvent }) => ({ outcome: event.outcome, verdict }),
            },
            target: `#track.decided.${DECIDED_SUBSTATE[verdict]}` as const,
          })),
          // Replaced: to the new verdict's substate, like a fresh decision.
          ...VERDICTS.map((verdict) => ({
            guard: {
              type: 'objectionReplacedBy' as const,
              params: (args: { event: ResolveObjectionEvent }) => ({
                outcome: args.event.outcome,
                decision: replacementOf(args),
                verdict,
              }),
            },
            target: `#track.decided.${DECIDED_SUBSTATE[verdict]}` as const,
            actions: { type: 'replaceDecision' as const, params: replacementOf },
          })),
        ],
      },
    },

    lapsed: { type: 'final' },

    // Gepubliceerd in de databank.
    published: {
      initial: 'listed',
      on: {
        UPDATE_LISTING: { actions: 'reviseListing' },
        EXPIRE: {
          guard: { type: 'isDue', params: ({ context, event }) => ({ at: event.at, due: context.recognisedUntil }) },
          target: 'expired',
        },
      },
      states: {
        listed: {
          on: { REASSESSMENT_DUE: { target: 'reassessmentDue' } },
        },
        // Still listed; the owner has been invited to apply for re-assessment (a new application).
        reassessmentDue: {},
      },
    },

    expired: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export type TrackSnapshot = SnapshotFrom<typeof trackMachine>;
