import { WorkingDayCalendar } from '../calendar/working-days.js';
import { phaseOf, type StateDetail, type TrackPhase } from './track.snapshot.js';

/**
 * The phases in which a case can be stuck. The others (a draft the owner has not submitted, a
 * published or closed case) never are, nor is a case waiting for nobody.
 */
export const STUCK_PHASES = ['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit'] as const satisfies readonly TrackPhase[];
export type StuckPhase = (typeof STUCK_PHASES)[number];

/** After how many working days without a step a case counts as stuck, per phase (admin-editable, see StuckThresholdSettings). */
export type StuckThresholds = Readonly<Record<StuckPhase, number>>;

/** The thresholds the migration seeds, and what a phase without a stored value falls back to. */
export const DEFAULT_STUCK_THRESHOLDS: StuckThresholds = {
  intake: 10,
  beschrijven: 60,
  beoordelen: 30,
  commissie: 40,
  besluit: 20,
};

/** The smallest and largest threshold an admin may set, in working days (250 is about a working year). */
export const STUCK_THRESHOLD_MIN = 1;
export const STUCK_THRESHOLD_MAX = 250;

export function isStuckPhase(phase: string): phase is StuckPhase {
  return (STUCK_PHASES as readonly string[]).includes(phase);
}

const calendar = new WorkingDayCalendar();

export interface Idleness {
  /** Working days since the case entered its current state. */
  workingDaysInState: number;
  /** The phase's limit, or null when a case in this state is never stuck. */
  stuckAfterWorkingDays: number | null;
  stuck: boolean;
}

/**
 * The moment before which a case in `phase` that has not moved counts as stuck; null when never.
 * The board, the lists, the staff list's SQL (stuck-sql.ts) and the weekly digest all use this one
 * rule, with the stored thresholds as input.
 */
export function stuckBefore(phase: TrackPhase, now: Date, thresholds: StuckThresholds): Date | null {
  return isStuckPhase(phase) ? calendar.addWorkingDays(now, -thresholds[phase]) : null;
}

export function idlenessOf(
  application: { state: string; stateDetail: StateDetail | null; stateChangedAt: Date },
  now: Date,
  thresholds: StuckThresholds,
): Idleness {
  const { phase, turn } = phaseOf(application.state, application.stateDetail);
  const before = turn === 'none' ? null : stuckBefore(phase, now, thresholds);
  return {
    workingDaysInState: Math.max(0, calendar.workingDaysBetween(application.stateChangedAt, now)),
    stuckAfterWorkingDays: before === null ? null : thresholds[phase as StuckPhase],
    stuck: before !== null && application.stateChangedAt < before,
  };
}
