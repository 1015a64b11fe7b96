import type { StateValue } from 'xstate';
import { TRACK_EVENT_TYPES, VERDICTS, type TrackEvent, type TrackEventType } from './track.events.js';
import {
  DEFAULT_TRACK_PROCEDURE,
  DEFAULT_VALIDITY_YEARS,
  TRACK_MACHINE_VERSION,
  createInitialContext,
  trackMachine,
  type TrackContext,
  type TrackProcedure,
  type TrackSnapshot,
} from './track.machine.js';

/**
 * Everything the service layer needs around a stored snapshot: a queryable state key, the
 * user-facing phase, persistence with versioned upgrades, and the events the snapshot accepts now.
 */

// ---------------------------------------------------------------------------------------------
// State keys

/**
 * Every value stateKey() can return. A parallel state is one key; its regions go to stateDetail().
 * Written out by hand on purpose: the machine spec checks it against the machine.
 */
export const TRACK_STATE_KEYS = [
  'draft',
  'intake',
  'informationRequested',
  'notAdmitted',
  'description',
  'submittedForAssessment',
  'panelComposition',
  'underReview',
  'awaitingCommittee',
  'onAgenda',
  'letterDraft',
  'decided.recognised',
  'decided.conditionallyRecognised',
  'decided.deferred',
  'decided.notRecognised',
  'objection',
  'lapsed',
  'published.listed',
  'published.reassessmentDue',
  'expired',
  'withdrawn',
] as const;

export type TrackStateKey = (typeof TRACK_STATE_KEYS)[number];

/** Region name -> dotted state within that region, e.g. `{ werkblad: 'ready', documents: 'complete' }`. */
export type StateDetail = Record<string, string>;

type StateNodeLike = { type: string; states: Record<string, StateNodeLike> };

/** Follows the state value down to the first parallel state (or the leaf) and returns the path. */
function splitStateValue(value: StateValue): { key: string; parallelValue: Record<string, StateValue> | null } {
  const path: string[] = [];
  let node: StateNodeLike = trackMachine.root;
  let current: StateValue = value;
  for (;;) {
    if (typeof current === 'string') {
      if (!node.states[current]) throw new RangeError(`Unexpected track state value: ${JSON.stringify(value)}`);
      path.push(current);
      return { key: path.join('.'), parallelValue: null };
    }
    const [child, ...others] = Object.keys(current);
    if (child === undefined || others.length > 0 || !node.states[child]) {
      throw new RangeError(`Unexpected track state value: ${JSON.stringify(value)}`);
    }
    path.push(child);
    node = node.states[child];
    const next = current[child] as StateValue;
    if (node.type === 'parallel') {
      return { key: path.join('.'), parallelValue: next as Record<string, StateValue> };
    }
    current = next;
  }
}

function dottedLeaf(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => `${key}.${dottedLeaf(child as StateValue)}`)
    .join(',');
}

/** Stable dotted key for the state column, e.g. `intake`, `decided.recognised`, `description`. */
export function stateKey(snapshot: Pick<TrackSnapshot, 'value'>): TrackStateKey {
  return splitStateValue(snapshot.value).key as TrackStateKey;
}

/** Region states of a parallel state (for a JSON column next to the state key), else null. */
export function stateDetail(snapshot: Pick<TrackSnapshot, 'value'>): StateDetail | null {
  const { parallelValue } = splitStateValue(snapshot.value);
  if (parallelValue === null) return null;
  return Object.fromEntries(
    Object.entries(parallelValue).map(([region, value]) => [region, dottedLeaf(value)]),
  );
}

// ---------------------------------------------------------------------------------------------
// Phases for users

export const TRACK_PHASES = [
  'aanmelding',
  'intake',
  'beschrijven',
  'beoordelen',
  'commissie',
  'besluit',
  'gepubliceerd',
  'afgesloten',
] as const;
export type TrackPhase = (typeof TRACK_PHASES)[number];

export const TRACK_TURNS = ['owner', 'coach', 'secretary', 'reviewers', 'chair', 'none'] as const;
export type TrackTurn = (typeof TRACK_TURNS)[number];

export interface PhaseInfo {
  phase: TrackPhase;
  /** Who is expected to act next. */
  turn: TrackTurn;
}

const PHASE_BY_STATE: Readonly<Record<TrackStateKey, PhaseInfo>> = {
  draft: { phase: 'aanmelding', turn: 'owner' },
  intake: { phase: 'intake', turn: 'secretary' },
  informationRequested: { phase: 'intake', turn: 'owner' },
  notAdmitted: { phase: 'afgesloten', turn: 'none' },
  description: { phase: 'beschrijven', turn: 'owner' },
  submittedForAssessment: { phase: 'beoordelen', turn: 'secretary' },
  panelComposition: { phase: 'beoordelen', turn: 'secretary' },
  underReview: { phase: 'beoordelen', turn: 'reviewers' },
  awaitingCommittee: { phase: 'commissie', turn: 'secretary' },
  onAgenda: { phase: 'commissie', turn: 'chair' },
  // Still the committee phase for the owner, who must not learn of a decision before its letter.
  letterDraft: { phase: 'commissie', turn: 'secretary' },
  'decided.recognised': { phase: 'besluit', turn: 'secretary' },
  'decided.conditionallyRecognised': { phase: 'besluit', turn: 'owner' },
  'decided.deferred': { phase: 'besluit', turn: 'owner' },
  'decided.notRecognised': { phase: 'besluit', turn: 'none' },
  // The committee reconsiders its decision.
  objection: { phase: 'commissie', turn: 'chair' },
  lapsed: { phase: 'afgesloten', turn: 'none' },
  'published.listed': { phase: 'gepubliceerd', turn: 'none' },
  'published.reassessmentDue': { phase: 'gepubliceerd', turn: 'owner' },
  expired: { phase: 'afgesloten', turn: 'none' },
  withdrawn: { phase: 'afgesloten', turn: 'none' },
};

/** States in which a case has ended without a standing recognition: it runs no more. */
export const CLOSED_STATES: readonly TrackStateKey[] = ['notAdmitted', 'withdrawn', 'lapsed', 'expired', 'decided.notRecognised'];

export function isTrackStateKey(value: unknown): value is TrackStateKey {
  return typeof value === 'string' && (TRACK_STATE_KEYS as readonly string[]).includes(value);
}

/**
 * The user-facing phase and whose turn it is. Pass the stateDetail to refine the turn within the
 * description phase (the coach's turn while a feedback version is waiting).
 */
export function phaseOf(key: string, detail?: StateDetail | null): PhaseInfo {
  if (!isTrackStateKey(key)) throw new RangeError(`Unknown track state key: ${key}`);
  const info = PHASE_BY_STATE[key];
  if (key === 'description' && detail?.werkblad === 'feedbackRequested') {
    return { ...info, turn: 'coach' };
  }
  return info;
}

// ---------------------------------------------------------------------------------------------
// Persistence

/** The JSON form of a snapshot as stored in the database (the result of getPersistedSnapshot). */
export interface PersistedTrackSnapshot {
  status: string;
  value: StateValue;
  context: Record<string, unknown>;
  [key: string]: unknown;
}

/** Turns a snapshot written by machine version n into one that version n + 1 restores correctly. */
export type SnapshotUpgrade = (persisted: PersistedTrackSnapshot) => PersistedTrackSnapshot;

/**
 * Version 1 to 2: the decision letter became a draft the secretary sends (state `letterDraft`,
 * context `letterSentAt`). No version 1 snapshot can be in the new state; under version 1 every
 * letter went out the moment the decision was recorded, so a decided case's letter was sent then.
 */
export const upgradeV1ToV2: SnapshotUpgrade = (persisted) => {
  const context = persisted.context as { decision?: { decidedAt?: string } | null };
  return { ...persisted, context: { ...persisted.context, letterSentAt: context.decision?.decidedAt ?? null } };
};

/**
 * Version 2 to 3: the procedure became a setting per committee (context `procedure`, replacing
 * `validityYears`). A case of version 2 followed the national procedure of that time: every level
 * offered, its one validity for all levels, an objection window of 42 days and six months for
 * conditions. It keeps exactly that.
 */
export const upgradeV2ToV3: SnapshotUpgrade = (persisted) => {
  const { validityYears, ...context } = persisted.context as { validityYears?: unknown } & Record<string, unknown>;
  const years = Number.isInteger(validityYears) && (validityYears as number) >= 1 ? (validityYears as number) : DEFAULT_VALIDITY_YEARS;
  const procedure: TrackProcedure = {
    ...DEFAULT_TRACK_PROCEDURE,
    levels: [...DEFAULT_TRACK_PROCEDURE.levels],
    validityYears: Object.fromEntries(DEFAULT_TRACK_PROCEDURE.levels.map((level) => [level, years])),
  };
  return { ...persisted, context: { ...context, procedure } };
};

/** Key n upgrades from version n to n + 1. */
export const SNAPSHOT_UPGRADES: Readonly<Record<number, SnapshotUpgrade>> = { 1: upgradeV1ToV2, 2: upgradeV2ToV3 };

export function persist(snapshot: TrackSnapshot): PersistedTrackSnapshot {
  // XState types the persisted form as a bare Snapshot<unknown>; for a machine it is this shape.
  return trackMachine.getPersistedSnapshot(snapshot) as unknown as PersistedTrackSnapshot;
}

/** Applies the upgrade steps fromVersion -> ... -> toVersion, each on its own copy. */
export function upgradePersistedSnapshot(
  persisted: PersistedTrackSnapshot,
  fromVersion: number,
  upgrades: Readonly<Record<number, SnapshotUpgrade>> = SNAPSHOT_UPGRADES,
  toVersion: number = TRACK_MACHINE_VERSION,
): PersistedTrackSnapshot {
  if (!Number.isInteger(fromVersion) || fromVersion < 0) {
    throw new RangeError(`Invalid snapshot version: ${fromVersion}`);
  }
  if (fromVersion > toVersion) {
    throw new RangeError(`Snapshot version ${fromVersion} is newer than machine version ${toVersion}`);
  }
  let current = persisted;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = upgrades[version];
    if (!step) throw new RangeError(`No snapshot upgrade from version ${version} to ${version + 1}`);
    current = step(structuredClone(current));
  }
  return current;
}

const CONTEXT_KEYS = Object.keys(createInitialContext({ targetLevel: 'goed_beschreven' }));

/**
 * Revives a stored snapshot through the machine (machine.resolveState on the persisted value and
 * context, which also re-derives the done status; the machine has no children or history states,
 * so nothing else in the persisted form carries state). Pass the stored version to upgrade older
 * snapshots first. Throws on a state the machine does not know or a context of the wrong shape,
 * which usually means a missing upgrade step.
 */
export function restore(
  persisted: PersistedTrackSnapshot,
  fromVersion: number = TRACK_MACHINE_VERSION,
): TrackSnapshot {
  const upgraded = upgradePersistedSnapshot(persisted, fromVersion);
  return trackMachine.resolveState({ value: upgraded.value, context: checkedContext(upgraded) });
}

/**
 * The context of a stored snapshot, upgraded to the current machine version like restore() does,
 * for views that read the context but need no snapshot to send events to. Never cast
 * `application.snapshot.context` directly: an older snapshot would be read in its old shape.
 */
export function trackContextOf(
  stored: { snapshot: PersistedTrackSnapshot; machineVersion: number },
  upgrades: Readonly<Record<number, SnapshotUpgrade>> = SNAPSHOT_UPGRADES,
): TrackContext {
  return checkedContext(upgradePersistedSnapshot(stored.snapshot, stored.machineVersion, upgrades));
}

function checkedContext(upgraded: PersistedTrackSnapshot): TrackContext {
  const missing = CONTEXT_KEYS.filter((key) => !(key in (upgraded.context ?? {})));
  if (missing.length > 0) {
    throw new RangeError(`Cannot restore track snapshot: context lacks ${missing.join(', ')}`);
  }
  return upgraded.context as unknown as TrackContext;
}

// ---------------------------------------------------------------------------------------------
// Events the current snapshot accepts

const PLACEHOLDER_TEXT = 'text';

/**
 * One or more representative events per type, built from the snapshot's own context, so that
 * payload guards are judged fairly: an event is available when some valid payload is accepted.
 * Free-text fields get a placeholder, since any non-empty text will do.
 */
function representativeEvents(context: TrackContext, now: string): Record<TrackEventType, TrackEvent[]> {
  const level = context.targetLevel;
  return {
    SUBMIT: [{ type: 'SUBMIT' }],
    ADMIT: [{ type: 'ADMIT' }],
    REFUSE_ADMISSION: [{ type: 'REFUSE_ADMISSION', reason: PLACEHOLDER_TEXT }],
    REQUEST_INFORMATION: [{ type: 'REQUEST_INFORMATION', question: PLACEHOLDER_TEXT }],
    PROVIDE_INFORMATION: [{ type: 'PROVIDE_INFORMATION', answer: PLACEHOLDER_TEXT }],
    REQUEST_FEEDBACK: [{ type: 'REQUEST_FEEDBACK' }],
    RETURN_FEEDBACK: [{ type: 'RETURN_FEEDBACK' }],
    MARK_READY: [{ type: 'MARK_READY' }],
    REOPEN_DESCRIPTION: [{ type: 'REOPEN_DESCRIPTION' }],
    DOCUMENTS_CHANGED: [{ type: 'DOCUMENTS_CHANGED', ...context.documents }],
    SUBMIT_FOR_ASSESSMENT: [{ type: 'SUBMIT_FOR_ASSESSMENT' }],
    START_PANEL_COMPOSITION: [{ type: 'START_PANEL_COMPOSITION' }],
    PANEL_COMPLETE: [{ type: 'PANEL_COMPLETE' }],
    ALL_REVIEWS_SUBMITTED: [{ type: 'ALL_REVIEWS_SUBMITTED' }],
    PLACE_ON_AGENDA: [{ type: 'PLACE_ON_AGENDA', meetingId: PLACEHOLDER_TEXT }],
    REMOVE_FROM_AGENDA: [{ type: 'REMOVE_FROM_AGENDA' }],
    RECORD_DECISION: VERDICTS.map((verdict) => ({ type: 'RECORD_DECISION' as const, verdict, level, at: now })),
    SEND_DECISION_LETTER: [{ type: 'SEND_DECISION_LETTER', at: now }],
    CONFIRM_CONDITIONS_MET: [{ type: 'CONFIRM_CONDITIONS_MET' }],
    CONDITIONS_LAPSED: [{ type: 'CONDITIONS_LAPSED', at: now }],
    SUBMIT_REVISION: [{ type: 'SUBMIT_REVISION' }],
    LODGE_OBJECTION: [{ type: 'LODGE_OBJECTION', at: now }],
    RESOLVE_OBJECTION: [
      { type: 'RESOLVE_OBJECTION', outcome: 'upheld', at: now },
      ...VERDICTS.map((verdict) => ({
        type: 'RESOLVE_OBJECTION' as const,
        outcome: 'replaced' as const,
        verdict,
        level,
        at: now,
      })),
    ],
    PUBLISH: [{ type: 'PUBLISH' }],
    UPDATE_LISTING: [{ type: 'UPDATE_LISTING' }],
    REASSESSMENT_DUE: [{ type: 'REASSESSMENT_DUE' }],
    EXPIRE: [{ type: 'EXPIRE', at: now }],
    WITHDRAW: [{ type: 'WITHDRAW' }],
  };
}

/**
 * Event types the snapshot accepts now, guards included. `now` (ISO) is needed because some
 * guards are about time (the objection window, deadlines); the machine has no clock of its own.
 * Combine with the permissions table to get a user's allowed actions; `candidates` narrows the
 * types tried (each try is a full `can()`), e.g. to those a viewer may send at all.
 */
export function nextEvents(snapshot: TrackSnapshot, now: string, candidates: readonly TrackEventType[] = TRACK_EVENT_TYPES): TrackEventType[] {
  const samples = representativeEvents(snapshot.context, now);
  return candidates.filter((type) => samples[type].some((event) => snapshot.can(event)));
}
