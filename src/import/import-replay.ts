import { initialTransition, transition } from 'xstate';
import type { TrackEvent } from '../track/track.events.js';
import { isEffectLevel, type LevelCode } from '../track/track.levels.js';
import { trackMachine, type TrackInput, type TrackSnapshot } from '../track/track.machine.js';
import type { ImportablePhase } from './case-row.js';

/**
 * The machine's agenda step needs a meeting; an imported decision was taken at a meeting the
 * system never held, so the nil UUID stands in: it names no meeting, and a lookup finds none.
 */
export const NO_MEETING = '00000000-0000-0000-0000-000000000000';

/** The old databank held the handbook and process evaluation (and an effect study for Effectief) outside this system. */
const documentsHeldElsewhere = (level: LevelCode): TrackEvent => ({
  type: 'DOCUMENTS_CHANGED',
  handbook: true,
  processEvaluation: true,
  effectStudies: isEffectLevel(level) ? 1 : 0,
});

/** Noon in the Netherlands' winter time: the same calendar day there in every season. */
const instantOf = (day: string) => `${day}T11:00:00.000Z`;

/** The steps a case took in the old system to reach its phase, in order. */
export function caseSteps(phase: ImportablePhase, targetLevel: LevelCode): TrackEvent[] {
  const steps: TrackEvent[] = [{ type: 'SUBMIT' }];
  if (phase === 'intake') return steps;
  steps.push({ type: 'ADMIT' });
  if (phase === 'description') return steps;
  steps.push(documentsHeldElsewhere(targetLevel), { type: 'MARK_READY' }, { type: 'SUBMIT_FOR_ASSESSMENT' });
  if (phase === 'submittedForAssessment') return steps;
  steps.push({ type: 'START_PANEL_COMPOSITION' });
  return steps;
}

/** The steps from application to a published recognition at `level`, decided on `decisionDate` (YYYY-MM-DD). */
export function listingSteps(level: LevelCode, decisionDate: string): TrackEvent[] {
  const at = instantOf(decisionDate);
  return [
    ...caseSteps('panelComposition', level),
    { type: 'PANEL_COMPLETE' },
    { type: 'ALL_REVIEWS_SUBMITTED' },
    { type: 'PLACE_ON_AGENDA', meetingId: NO_MEETING },
    { type: 'RECORD_DECISION', verdict: 'recognised', level, at },
    { type: 'SEND_DECISION_LETTER', at },
    { type: 'PUBLISH' },
  ];
}

/**
 * Drives the real machine through the steps, as the track would have: the snapshot is the
 * machine's own answer, never one built by hand. A step the machine refuses is a programming
 * error in the step lists above, so it throws.
 */
export function replay(input: TrackInput, steps: TrackEvent[]): TrackSnapshot {
  let [snapshot] = initialTransition(trackMachine, input);
  for (const event of steps) {
    if (!snapshot.can(event)) throw new Error(`The track refuses ${event.type} in ${JSON.stringify(snapshot.value)} during an import`);
    [snapshot] = transition(trackMachine, snapshot, event);
  }
  return snapshot;
}
