import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialTransition, transition } from 'xstate';
import { TRACK_EVENT_TYPES, type TrackEvent, type Verdict } from './track.events.js';
import { TRACK_MACHINE_VERSION, trackMachine, type TrackInput, type TrackSnapshot } from './track.machine.js';
import { actorKindsFor } from './track.permissions.js';
import {
  nextEvents,
  persist,
  phaseOf,
  restore,
  stateDetail,
  stateKey,
  TRACK_PHASES,
  TRACK_STATE_KEYS,
  trackContextOf,
  upgradePersistedSnapshot,
  SNAPSHOT_UPGRADES,
  type PersistedTrackSnapshot,
  type SnapshotUpgrade,
} from './track.snapshot.js';

const INPUT: TrackInput = { targetLevel: 'goed_onderbouwd' };
const DECIDED_AT = '2025-06-02T10:00:00.000Z';

function run(events: readonly TrackEvent[], input: TrackInput = INPUT): TrackSnapshot {
  const [initial] = initialTransition(trackMachine, input);
  return events.reduce((snapshot, event) => transition(trackMachine, snapshot, event)[0], initial);
}

const DOCS: TrackEvent = { type: 'DOCUMENTS_CHANGED', handbook: true, processEvaluation: true, effectStudies: 0 };
const decide = (verdict: Verdict): TrackEvent => ({
  type: 'RECORD_DECISION',
  verdict,
  level: 'goed_onderbouwd',
  at: DECIDED_AT,
});

const toDescription: TrackEvent[] = [{ type: 'SUBMIT' }, { type: 'ADMIT' }];
const toAgenda: TrackEvent[] = [
  ...toDescription,
  { type: 'REQUEST_FEEDBACK' },
  DOCS,
  { type: 'MARK_READY' },
  { type: 'SUBMIT_FOR_ASSESSMENT' },
  { type: 'START_PANEL_COMPOSITION' },
  { type: 'PANEL_COMPLETE' },
  { type: 'ALL_REVIEWS_SUBMITTED' },
  { type: 'PLACE_ON_AGENDA', meetingId: 'm-1' },
];
const SEND_LETTER: TrackEvent = { type: 'SEND_DECISION_LETTER', at: DECIDED_AT };
const toRecognised = [...toAgenda, decide('recognised'), SEND_LETTER];
const toConditional = [...toAgenda, decide('conditionally_recognised'), SEND_LETTER];
const toPublished: TrackEvent[] = [...toRecognised, { type: 'PUBLISH' }];

/** A spread of snapshots: parallel, nested, with filled context, and final. */
const SAMPLES: Record<string, TrackEvent[]> = {
  draft: [],
  description: [...toDescription, { type: 'REQUEST_FEEDBACK' }],
  onAgenda: toAgenda,
  conditional: toConditional,
  objection: [...toConditional, { type: 'LODGE_OBJECTION', at: '2025-06-10T10:00:00.000Z' }],
  published: [...toPublished, { type: 'REASSESSMENT_DUE' }, { type: 'UPDATE_LISTING' }],
  withdrawn: [{ type: 'WITHDRAW' }],
};

const viaJson = (persisted: PersistedTrackSnapshot): PersistedTrackSnapshot => JSON.parse(JSON.stringify(persisted));

describe('stateKey and stateDetail', () => {
  it('names plain, nested and parallel states', () => {
    expect(stateKey(run([]))).toBe('draft');
    expect(stateDetail(run([]))).toBeNull();
    expect(stateKey(run(toRecognised))).toBe('decided.recognised');
    expect(stateKey(run([...toPublished, { type: 'REASSESSMENT_DUE' }]))).toBe('published.reassessmentDue');

    const description = run([...toDescription, { type: 'REQUEST_FEEDBACK' }]);
    expect(stateKey(description)).toBe('description');
    expect(stateDetail(description)).toEqual({ werkblad: 'feedbackRequested', documents: 'incomplete' });
  });

  it('refuses a state value the machine does not have', () => {
    expect(() => stateKey({ value: { decided: 'maybe' } } as unknown as TrackSnapshot)).toThrow(RangeError);
    expect(() => stateKey({ value: { nowhere: 'x' } } as unknown as TrackSnapshot)).toThrow(RangeError);
  });
});

describe('phaseOf', () => {
  it('gives every state key a phase, and every phase occurs', () => {
    const phases = new Set(TRACK_STATE_KEYS.map((key) => phaseOf(key).phase));
    expect([...phases].sort()).toEqual([...TRACK_PHASES].sort());
  });

  it('says whose turn it is', () => {
    expect(phaseOf('draft')).toEqual({ phase: 'aanmelding', turn: 'owner' });
    expect(phaseOf('intake')).toEqual({ phase: 'intake', turn: 'secretary' });
    expect(phaseOf('underReview')).toEqual({ phase: 'beoordelen', turn: 'reviewers' });
    expect(phaseOf('onAgenda')).toEqual({ phase: 'commissie', turn: 'chair' });
    expect(phaseOf('decided.deferred')).toEqual({ phase: 'besluit', turn: 'owner' });
    expect(phaseOf('published.listed')).toEqual({ phase: 'gepubliceerd', turn: 'none' });
    expect(phaseOf('withdrawn')).toEqual({ phase: 'afgesloten', turn: 'none' });
  });

  it("gives the coach the turn while a feedback version waits", () => {
    expect(phaseOf('description', { werkblad: 'drafting', documents: 'complete' }).turn).toBe('owner');
    expect(phaseOf('description', { werkblad: 'feedbackRequested', documents: 'incomplete' })).toEqual({
      phase: 'beschrijven',
      turn: 'coach',
    });
  });

  it('refuses an unknown key', () => {
    expect(() => phaseOf('decided')).toThrow(RangeError);
  });
});

describe('persist and restore', () => {
  it.each(Object.keys(SAMPLES))('round-trips %s through JSON', (name) => {
    const original = run(SAMPLES[name]);
    const restored = restore(viaJson(persist(original)));

    expect(restored.value).toEqual(original.value);
    expect(restored.context).toEqual(original.context);
    expect(restored.status).toBe(original.status);
    expect(stateKey(restored)).toBe(stateKey(original));
    for (const type of TRACK_EVENT_TYPES) {
      expect({ type, can: nextEvents(restored, '2025-06-20T00:00:00.000Z').includes(type) }).toEqual({
        type,
        can: nextEvents(original, '2025-06-20T00:00:00.000Z').includes(type),
      });
    }
  });

  it('continues from a restored snapshot', () => {
    const restored = restore(viaJson(persist(run(toAgenda))));
    const [draft] = transition(trackMachine, restored, decide('conditionally_recognised'));
    expect(stateKey(draft)).toBe('letterDraft');
    const [decided] = transition(trackMachine, restore(viaJson(persist(draft))), SEND_LETTER);
    expect(stateKey(decided)).toBe('decided.conditionallyRecognised');
    expect(decided.context.meetingId).toBe('m-1');
    expect(decided.context.feedbackRound).toBe(1);

    const [lapsed] = transition(trackMachine, restore(viaJson(persist(decided))), {
      type: 'CONDITIONS_LAPSED',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(lapsed.value).toBe('lapsed');
    expect(lapsed.status).toBe('done');
  });

  it('keeps the parallel regions', () => {
    const restored = restore(viaJson(persist(run([...toDescription, { type: 'MARK_READY' }, DOCS]))));
    expect(stateDetail(restored)).toEqual({ werkblad: 'ready', documents: 'complete' });
    expect(restored.can({ type: 'SUBMIT_FOR_ASSESSMENT' })).toBe(true);
  });

  it('refuses a snapshot with an unknown state or an incomplete context', () => {
    const persisted = viaJson(persist(run(toAgenda)));
    expect(() => restore({ ...persisted, value: 'limbo' })).toThrow();
    const { meetingId: _dropped, ...context } = persisted.context;
    expect(() => restore({ ...persisted, context })).toThrow(/meetingId/);
  });
});

describe('upgradePersistedSnapshot', () => {
  // A made-up version 0 in which the draft state was called `concept` and feedback rounds were `rounds`.
  const v0: PersistedTrackSnapshot = (() => {
    const current = viaJson(persist(run([])));
    const { feedbackRound, ...context } = current.context;
    return { ...current, value: 'concept', context: { ...context, rounds: feedbackRound } };
  })();

  const v0ToV1: SnapshotUpgrade = (persisted) => {
    const { rounds, ...context } = persisted.context;
    return {
      ...persisted,
      value: persisted.value === 'concept' ? 'draft' : persisted.value,
      context: { ...context, feedbackRound: rounds },
    };
  };

  it('applies the registered steps and yields a snapshot the machine restores', () => {
    const upgraded = upgradePersistedSnapshot(v0, 0, { ...SNAPSHOT_UPGRADES, 0: v0ToV1 });
    const restored = restore(upgraded);
    expect(restored.value).toBe('draft');
    expect(restored.context.feedbackRound).toBe(0);
    expect(transition(trackMachine, restored, { type: 'SUBMIT' })[0].value).toBe('intake');
  });

  it('applies steps in order and leaves the stored object untouched', () => {
    const seen: number[] = [];
    const step = (n: number): SnapshotUpgrade => (persisted) => {
      seen.push(n);
      persisted.context.touched = n;
      return persisted;
    };
    const original = viaJson(v0);
    const upgraded = upgradePersistedSnapshot(v0, 0, { 0: step(0), 1: step(1), 2: step(2) }, 3);
    expect(seen).toEqual([0, 1, 2]);
    expect(upgraded.context.touched).toBe(2);
    expect(v0).toEqual(original);
  });

  it('is a no-op at the current version', () => {
    const persisted = viaJson(persist(run(toAgenda)));
    expect(upgradePersistedSnapshot(persisted, TRACK_MACHINE_VERSION)).toEqual(persisted);
  });

  it('fails loudly on a missing step or a version from the future', () => {
    expect(() => upgradePersistedSnapshot(v0, 0)).toThrow(/from version 0 to 1/);
    expect(() => restore(v0, 0)).toThrow(/from version 0 to 1/);
    expect(() => upgradePersistedSnapshot(v0, TRACK_MACHINE_VERSION + 1)).toThrow(/newer/);
    expect(() => upgradePersistedSnapshot(v0, 0.5)).toThrow(RangeError);
  });

  it('an old snapshot without upgrade does not restore silently', () => {
    expect(() => restore(v0)).toThrow();
  });

  it('gives views the upgraded context of a stored snapshot, and refuses one it cannot upgrade', () => {
    expect(trackContextOf({ snapshot: v0, machineVersion: 0 }, { ...SNAPSHOT_UPGRADES, 0: v0ToV1 }).feedbackRound).toBe(0);
    expect(v0.context).toHaveProperty('rounds');
    expect(() => trackContextOf({ snapshot: v0, machineVersion: 0 })).toThrow(/from version 0 to 1/);
    expect(() => trackContextOf({ snapshot: v0, machineVersion: 1 })).toThrow(/context lacks feedbackRound/);
  });

  it('is the only way the code reads the context of a stored snapshot', () => {
    const sourceDir = fileURLToPath(new URL('..', import.meta.url));
    const casts = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && file !== join('track', 'track.snapshot.ts'))
      .flatMap((file) =>
        readFileSync(join(sourceDir, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ where: `${file}:${index + 1}`, line }))
          .filter(({ line }) => /\w\.snapshot\.context\b/.test(line)),
      )
      .map(({ where }) => where);
    expect(casts).toEqual([]);
  });
});

describe('upgrade from machine version 1 (the letter went out with the decision)', () => {
  // As stored today by version 1: conditionally recognised on 30 November 2026, no letterSentAt.
  const storedV1: PersistedTrackSnapshot = {
    status: 'active',
    value: { decided: 'conditionallyRecognised' },
    historyValue: {},
    context: {
      targetLevel: 'goed_beschreven',
      validityYears: 5,
      feedbackRound: 1,
      reviewRound: 1,
      documents: { handbook: true, processEvaluation: true, effectStudies: 0 },
      meetingId: 'f3a1c1de-2f7e-4d0a-9a57-0b6f4c1e9d21',
      decision: { verdict: 'conditionally_recognised', level: 'goed_beschreven', decidedAt: '2026-11-30T13:05:00.000Z' },
      conditionsDeadline: '2027-05-30T13:05:00.000Z',
      objectionLodgedAt: null,
      recognisedUntil: null,
      listingRevision: 0,
    },
    children: {},
  };
  const storedV1OnAgenda: PersistedTrackSnapshot = {
    ...storedV1,
    value: 'onAgenda',
    context: { ...storedV1.context, decision: null, conditionsDeadline: null },
  };

  it('counts a decided case as sent when it was decided, keeping its deadlines', () => {
    const restored = restore(viaJson(storedV1), 1);
    expect(stateKey(restored)).toBe('decided.conditionallyRecognised');
    expect(restored.context.letterSentAt).toBe('2026-11-30T13:05:00.000Z');
    expect(restored.context.conditionsDeadline).toBe('2027-05-30T13:05:00.000Z');
    expect(restored.can({ type: 'LODGE_OBJECTION', at: '2027-01-11T13:05:00.000Z' })).toBe(true);
    expect(restored.can({ type: 'LODGE_OBJECTION', at: '2027-01-11T13:05:00.001Z' })).toBe(false);
    expect(restored.can({ type: 'CONFIRM_CONDITIONS_MET' })).toBe(true);
    expect(trackContextOf({ snapshot: viaJson(storedV1), machineVersion: 1 }).letterSentAt).toBe('2026-11-30T13:05:00.000Z');
  });

  it('lets a case on the agenda today go through the four eyes after the upgrade', () => {
    const restored = restore(viaJson(storedV1OnAgenda), 1);
    expect(restored.context.letterSentAt).toBeNull();
    const [draft] = transition(trackMachine, restored, { type: 'RECORD_DECISION', verdict: 'not_recognised', at: '2026-12-07T10:00:00.000Z' });
    expect(stateKey(draft)).toBe('letterDraft');
    const [sent] = transition(trackMachine, draft, { type: 'SEND_DECISION_LETTER', at: '2026-12-08T10:00:00.000Z' });
    expect(stateKey(sent)).toBe('decided.notRecognised');
    expect(sent.context.letterSentAt).toBe('2026-12-08T10:00:00.000Z');
  });
});

describe('upgrade from machine version 2 (one national procedure)', () => {
  // As stored today (7 December 2026) by version 2: recognised at Goed onderbouwd, letter sent, not yet published.
  const storedV2: PersistedTrackSnapshot = {
    status: 'active',
    value: { decided: 'recognised' },
    historyValue: {},
    context: {
      targetLevel: 'effectief_eerste',
      validityYears: 5,
      feedbackRound: 2,
      reviewRound: 1,
      documents: { handbook: true, processEvaluation: true, effectStudies: 1 },
      meetingId: '6b0d3c0e-8a54-4d0f-bb9e-3f4a2c9d7e11',
      decision: { verdict: 'recognised', level: 'goed_onderbouwd', decidedAt: '2026-12-01T13:00:00.000Z' },
      conditionsDeadline: null,
      letterSentAt: '2026-12-02T09:00:00.000Z',
      objectionLodgedAt: null,
      recognisedUntil: null,
      listingRevision: 0,
    },
    children: {},
  };

  it('keeps the national procedure of its time: every level, the same validity, 42 days to object', () => {
    expect(TRACK_MACHINE_VERSION).toBe(3);
    const restored = restore(viaJson(storedV2), 2);
    expect(stateKey(restored)).toBe('decided.recognised');
    expect(restored.context).not.toHaveProperty('validityYears');
    expect(restored.context.procedure).toEqual({
      levels: ['goed_beschreven', 'goed_onderbouwd', 'effectief_eerste', 'effectief_goede', 'effectief_sterke'],
      validityYears: { goed_beschreven: 5, goed_onderbouwd: 5, effectief_eerste: 5, effectief_goede: 5, effectief_sterke: 5 },
      objectionWindowDays: 42,
      conditionsPeriodMonths: 6,
    });
    expect(restored.can({ type: 'LODGE_OBJECTION', at: '2027-01-13T09:00:00.000Z' })).toBe(true);
    expect(restored.can({ type: 'LODGE_OBJECTION', at: '2027-01-13T09:00:00.001Z' })).toBe(false);
    const [published] = transition(trackMachine, restored, { type: 'PUBLISH' });
    expect(published.context.recognisedUntil).toBe('2031-12-01T13:00:00.000Z');
  });

  it('carries a validity other than five years over to every level', () => {
    const upgraded = trackContextOf({ snapshot: viaJson({ ...storedV2, context: { ...storedV2.context, validityYears: 3 } }), machineVersion: 2 });
    expect(Object.values(upgraded.procedure.validityYears)).toEqual([3, 3, 3, 3, 3]);
  });

  it('upgrades a version 1 snapshot through both steps', () => {
    const { letterSentAt: _sent, ...v1Context } = storedV2.context;
    const restored = restore(viaJson({ ...storedV2, context: v1Context }), 1);
    expect(restored.context.letterSentAt).toBe('2026-12-01T13:00:00.000Z');
    expect(restored.context.procedure.objectionWindowDays).toBe(42);
  });
});

describe('nextEvents', () => {
  it('lists what the current state accepts, guards included', () => {
    const now = '2025-06-10T00:00:00.000Z';
    expect(nextEvents(run([]), now)).toEqual(['SUBMIT', 'DOCUMENTS_CHANGED', 'WITHDRAW']);
    expect(nextEvents(run(toAgenda), now)).toEqual(['REMOVE_FROM_AGENDA', 'RECORD_DECISION', 'WITHDRAW']);
    expect(nextEvents(run([...toDescription, { type: 'MARK_READY' }]), now)).toEqual([
      'REOPEN_DESCRIPTION',
      'DOCUMENTS_CHANGED',
      'WITHDRAW',
    ]);
    expect(nextEvents(run([...toDescription, { type: 'MARK_READY' }, DOCS]), now)).toContain('SUBMIT_FOR_ASSESSMENT');
    expect(nextEvents(run([{ type: 'WITHDRAW' }]), now)).toEqual([]);
  });

  it('judges time guards at the given moment', () => {
    const recognised = run(toRecognised);
    expect(nextEvents(recognised, '2025-07-14T10:00:00.000Z')).toEqual(['LODGE_OBJECTION', 'PUBLISH']);
    expect(nextEvents(recognised, '2025-07-14T10:00:00.001Z')).toEqual(['PUBLISH']);

    const conditional = run(toConditional);
    expect(nextEvents(conditional, '2025-11-01T00:00:00.000Z')).toEqual(['CONFIRM_CONDITIONS_MET']);
    expect(nextEvents(conditional, '2025-12-03T00:00:00.000Z')).toEqual([
      'CONFIRM_CONDITIONS_MET',
      'CONDITIONS_LAPSED',
    ]);

    const published = run(toPublished);
    expect(nextEvents(published, '2027-01-01T00:00:00.000Z')).toEqual(['UPDATE_LISTING', 'REASSESSMENT_DUE']);
    expect(nextEvents(published, '2030-06-02T10:00:00.000Z')).toEqual([
      'UPDATE_LISTING',
      'REASSESSMENT_DUE',
      'EXPIRE',
    ]);
  });

  it('combines with the permissions table into allowed actions per actor', () => {
    const objection = run([...toRecognised, { type: 'LODGE_OBJECTION', at: '2025-06-10T10:00:00.000Z' }]);
    const forKind = (kind: 'owner' | 'chair') =>
      nextEvents(objection, '2025-06-11T00:00:00.000Z').filter((type) => actorKindsFor(type).includes(kind));
    expect(forKind('owner')).toEqual([]);
    expect(forKind('chair')).toEqual(['RESOLVE_OBJECTION']);
  });
});
