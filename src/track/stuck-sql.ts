import { stuckBefore, type StuckThresholds } from './stuck-rule.js';
import { phaseOf, TRACK_PHASES, TRACK_STATE_KEYS } from './track.snapshot.js';

/** One phase's part of the stuck rule: states in which someone has the turn, and the moment before which they count as stuck. */
export interface StuckLimit {
  states: string[];
  before: Date;
}

/**
 * The stuck rule of stuck-rule.ts as data for a SQL condition: per phase with a limit, the states
 * that can be stuck (never those where nobody has the turn) and the cut-off time. The phase and
 * whether anyone has the turn follow from the state alone (the werkblad detail only moves the turn
 * between owner and coach), so `state` and `state_changed_at` decide it, as idlenessOf does.
 */
export function stuckLimits(now: Date, thresholds: StuckThresholds): StuckLimit[] {
  return TRACK_PHASES.flatMap((phase) => {
    const before = stuckBefore(phase, now, thresholds);
    if (before === null) return [];
    const states = TRACK_STATE_KEYS.filter((key) => phaseOf(key).phase === phase && phaseOf(key).turn !== 'none');
    return states.length ? [{ states: [...states], before }] : [];
  });
}

export interface StuckConditionOptions {
  /** false negates the condition: the cases that are not stuck. */
  stuck?: boolean;
  /** Names the bound parameters, so that two conditions (old and new thresholds) fit in one statement. */
  parameterPrefix?: string;
}

/**
 * `(state = ANY(:stuckStates0) AND state_changed_at < :stuckBefore0) OR …` for the alias given,
 * with its parameters.
 */
export function stuckCondition(
  alias: string,
  now: Date,
  thresholds: StuckThresholds,
  { stuck = true, parameterPrefix = 'stuck' }: StuckConditionOptions = {},
): { sql: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  const clauses = stuckLimits(now, thresholds).map((limit, index) => {
    const states = `${parameterPrefix}States${index}`;
    const before = `${parameterPrefix}Before${index}`;
    parameters[states] = limit.states;
    parameters[before] = limit.before;
    return `(${alias}.state = ANY(:${states}) AND ${alias}.state_changed_at < :${before})`;
  });
  const any = clauses.length ? `(${clauses.join(' OR ')})` : 'false';
  return { sql: stuck ? any : `NOT ${any}`, parameters };
}
