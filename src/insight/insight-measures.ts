import type { DeadlineKind } from '../deadlines/deadline-kinds.js';
import { phaseOf, TRACK_STATE_KEYS, type TrackPhase } from '../track/track.snapshot.js';

/** The phases whose lead time is measured: where a case is worked on between submission and publication. */
export const LEAD_TIME_PHASES = ['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit'] as const satisfies readonly TrackPhase[];
export type LeadTimePhase = (typeof LEAD_TIME_PHASES)[number];

/** The states of those phases: a case in one is being worked on (a coach's caseload counts these). */
export const ACTIVE_STATES: readonly string[] = TRACK_STATE_KEYS.filter((state) => (LEAD_TIME_PHASES as readonly string[]).includes(phaseOf(state).phase));

/** A lead time: a phase, or the whole way from submission to the committee's decision. */
export const LEAD_TIME_MEASURES = [...LEAD_TIME_PHASES, 'submissionToDecision'] as const;
export type LeadTimeMeasure = (typeof LEAD_TIME_MEASURES)[number];

/** What is counted per quarter. */
export const THROUGHPUT_MEASURES = [
  'submitted',
  'admitted',
  'notAdmitted',
  'withdrawn',
  'recognised',
  'conditionallyRecognised',
  'deferred',
  'notRecognised',
  'published',
  'expired',
] as const;
export type ThroughputMeasure = (typeof THROUGHPUT_MEASURES)[number];

/** Deadlines someone must meet by a date (the timer kinds, conditions and expiry, are not about punctuality). */
export const PUNCTUALITY_DEADLINE_KINDS = [
  'invitation_response',
  'review',
  'coach_feedback',
  'owner_revision',
  'committee_agenda',
] as const satisfies readonly DeadlineKind[];
