import { WorkingDayCalendar } from '../calendar/working-days.js';
import { phaseOf, type StateDetail, type TrackPhase } from './track.snapshot.js';

/**
 * After how many working days without a step a case counts as stuck, per phase. Phases without an
 * entry (a draft the owner has not submitted, a published or closed case) are never stuck, nor is a
 * case waiting for nobody. The board, the lists and the weekly digest all use this one rule.
 */
export const STUCK_AFTER_WORKING_DAYS: Readonly<Partial<Record<TrackPhase, number>>> = {
  intake: 10,
  beschrijven: 60,
  beoordelen: 30,
  commissie: 40,
  besluit: 20,
};

const calendar = new WorkingDayCalendar();

export interface Idleness {
  /** Working days since the case entered its current state. */
  workingDaysInState: number;
  /** The phase's limit, or null when a case in this state is never stuck. */
  stuckAfterWorkingDays: number | null;
  stuck: boolean;
}

/** The moment before which a case in `phase` that has not moved counts as stuck; null when never. */
export function stuckBefore(phase: TrackPhase, now: Date): Date | null {
  const days = STUCK_AFTER_WORKING_DAYS[phase];
  return days === undefined ? null : calendar.addWorkingDays(now, -days);
}

export function idlenessOf(
  application: { state: string; stateDetail: StateDetail | null; stateChangedAt: Date },
  now: Date = new Date(),
): Idleness {
  const { phase, turn } = phaseOf(application.state, application.stateDetail);
  const limit = turn === 'none' ? undefined : STUCK_AFTER_WORKING_DAYS[phase];
  return {
    workingDaysInState: Math.max(0, calendar.workingDaysBetween(application.stateChangedAt, now)),
    stuckAfterWorkingDays: limit ?? null,
    stuck: limit !== undefined && application.stateChangedAt < stuckBefore(phase, now)!,
  };
}
