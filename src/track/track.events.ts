import type { LevelCode } from './track.levels.js';

/** Every event the recognition track accepts. Values equal keys so they can go into URLs and audit rows. */
export const TrackEventType = {
  // aanmelding and intake
  SUBMIT: 'SUBMIT',
  ADMIT: 'ADMIT',
  REFUSE_ADMISSION: 'REFUSE_ADMISSION',
  REQUEST_INFORMATION: 'REQUEST_INFORMATION',
  PROVIDE_INFORMATION: 'PROVIDE_INFORMATION',
  // description (werkblad and documents)
  REQUEST_FEEDBACK: 'REQUEST_FEEDBACK',
  RETURN_FEEDBACK: 'RETURN_FEEDBACK',
  MARK_READY: 'MARK_READY',
  REOPEN_DESCRIPTION: 'REOPEN_DESCRIPTION',
  DOCUMENTS_CHANGED: 'DOCUMENTS_CHANGED',
  SUBMIT_FOR_ASSESSMENT: 'SUBMIT_FOR_ASSESSMENT',
  // assessment and committee
  START_PANEL_COMPOSITION: 'START_PANEL_COMPOSITION',
  PANEL_COMPLETE: 'PANEL_COMPLETE',
  ALL_REVIEWS_SUBMITTED: 'ALL_REVIEWS_SUBMITTED',
  PLACE_ON_AGENDA: 'PLACE_ON_AGENDA',
  REMOVE_FROM_AGENDA: 'REMOVE_FROM_AGENDA',
  RECORD_DECISION: 'RECORD_DECISION',
  SEND_DECISION_LETTER: 'SEND_DECISION_LETTER',
  // after the decision
  CONFIRM_CONDITIONS_MET: 'CONFIRM_CONDITIONS_MET',
  CONDITIONS_LAPSED: 'CONDITIONS_LAPSED',
  SUBMIT_REVISION: 'SUBMIT_REVISION',
  LODGE_OBJECTION: 'LODGE_OBJECTION',
  RESOLVE_OBJECTION: 'RESOLVE_OBJECTION',
  // publication and validity
  PUBLISH: 'PUBLISH',
  UPDATE_LISTING: 'UPDATE_LISTING',
  REASSESSMENT_DUE: 'REASSESSMENT_DUE',
  EXPIRE: 'EXPIRE',
  // any time before the decision
  WITHDRAW: 'WITHDRAW',
} as const;

export type TrackEventType = (typeof TrackEventType)[keyof typeof TrackEventType];

export const TRACK_EVENT_TYPES: readonly TrackEventType[] = Object.values(TrackEventType);

export function isTrackEventType(value: unknown): value is TrackEventType {
  return typeof value === 'string' && (TRACK_EVENT_TYPES as readonly string[]).includes(value);
}

/** Committee verdicts: erkend, erkend onder voorbehoud, aangehouden, niet erkend. */
export const VERDICTS = ['recognised', 'conditionally_recognised', 'deferred', 'not_recognised'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that grant a level and therefore must name one. */
export const RECOGNISING_VERDICTS: readonly Verdict[] = ['recognised', 'conditionally_recognised'];

export const OBJECTION_OUTCOMES = ['upheld', 'replaced'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** ISO 8601 with a zone, e.g. `2025-03-01T10:00:00.000Z`; the machine never reads a clock. */
export type IsoInstant = string;

/** What the document store holds for the application; sent by the system after every upload or removal. */
export interface DocumentFacts {
  handbook: boolean;
  processEvaluation: boolean;
  effectStudies: number;
}

export interface DecisionPayload {
  verdict: Verdict;
  /** Required for recognised and conditionally_recognised; ignored otherwise. */
  level?: LevelCode | null;
  at: IsoInstant;
  /** Only for conditionally_recognised; defaults to six months after the letter is sent. */
  conditionsDeadline?: IsoInstant | null;
}

/** Events that carry no data. */
export type NoPayload = Record<never, never>;

/**
 * Payload per event type (without `type`). Free text such as reasons is checked for presence here
 * but stored by the service, not in the machine context.
 */
export interface TrackEventPayloads {
  SUBMIT: NoPayload;
  ADMIT: NoPayload;
  REFUSE_ADMISSION: { reason: string };
  REQUEST_INFORMATION: { question: string };
  PROVIDE_INFORMATION: { answer: string };
  REQUEST_FEEDBACK: NoPayload;
  RETURN_FEEDBACK: NoPayload;
  MARK_READY: NoPayload;
  REOPEN_DESCRIPTION: NoPayload;
  DOCUMENTS_CHANGED: DocumentFacts;
  SUBMIT_FOR_ASSESSMENT: NoPayload;
  START_PANEL_COMPOSITION: NoPayload;
  PANEL_COMPLETE: NoPayload;
  ALL_REVIEWS_SUBMITTED: NoPayload;
  PLACE_ON_AGENDA: { meetingId: string };
  REMOVE_FROM_AGENDA: NoPayload;
  RECORD_DECISION: DecisionPayload;
  SEND_DECISION_LETTER: { at: IsoInstant };
  CONFIRM_CONDITIONS_MET: NoPayload;
  CONDITIONS_LAPSED: { at: IsoInstant };
  SUBMIT_REVISION: NoPayload;
  LODGE_OBJECTION: { at: IsoInstant };
  RESOLVE_OBJECTION: {
    outcome: ObjectionOutcome;
    /** Required when the outcome is `replaced`. */
    verdict?: Verdict | null;
    level?: LevelCode | null;
    at: IsoInstant;
    conditionsDeadline?: IsoInstant | null;
  };
  PUBLISH: NoPayload;
  UPDATE_LISTING: NoPayload;
  REASSESSMENT_DUE: NoPayload;
  EXPIRE: { at: IsoInstant };
  WITHDRAW: { reason?: string };
}

export type TrackEventOf<K extends TrackEventType> = { type: K } & TrackEventPayloads[K];

export type TrackEvent = { [K in TrackEventType]: TrackEventOf<K> }[TrackEventType];
