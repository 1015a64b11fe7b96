import { readFileSync } from 'node:fs';
import { getShortestPaths, getStateNodes } from '@xstate/graph';
import { initialTransition, transition, type StateValue } from 'xstate';
import {
  TRACK_EVENT_TYPES,
  type DocumentFacts,
  type TrackEvent,
  type TrackEventOf,
  type TrackEventType,
  type Verdict,
} from './track.events.js';
import { LEVEL_CODES, type LevelCode } from './track.levels.js';
import {
  addMonths,
  createInitialContext,
  DEFAULT_TRACK_PROCEDURE,
  trackMachine,
  type TrackInput,
  type TrackSnapshot,
} from './track.machine.js';
import { ACTOR_KINDS, eventTypesFor, type ActorKind } from './track.permissions.js';
import { nextEvents, stateDetail, stateKey, TRACK_STATE_KEYS } from './track.snapshot.js';

// ---------------------------------------------------------------------------------------------
// Fixtures

const INPUT: TrackInput = { targetLevel: 'effectief_eerste' };

const DECIDED_AT = '2025-06-02T10:00:00.000Z';
const WITHIN_WINDOW = '2025-06-20T09:00:00.000Z';
const AFTER_CONDITIONS_DEADLINE = '2026-01-05T00:00:00.000Z'; // deadline is 2025-12-02T10:00Z
const AFTER_VALIDITY = '2030-06-03T00:00:00.000Z'; // recognised until 2030-06-02T10:00Z

const FULL_DOCS = {
  type: 'DOCUMENTS_CHANGED',
  handbook: true,
  processEvaluation: true,
  effectStudies: 1,
} as const satisfies TrackEvent;
const NO_DOCS = {
  type: 'DOCUMENTS_CHANGED',
  handbook: false,
  processEvaluation: false,
  effectStudies: 0,
} as const satisfies TrackEvent;

function decide(
  verdict: Verdict,
  level: LevelCode | null = 'effectief_eerste',
  at = DECIDED_AT,
): TrackEventOf<'RECORD_DECISION'> {
  return { type: 'RECORD_DECISION', verdict, level, at };
}

/** The secretary sends the letter of the decision recorded at `at` (by default the same instant). */
function sendLetter(at = DECIDED_AT): TrackEventOf<'SEND_DECISION_LETTER'> {
  return { type: 'SEND_DECISION_LETTER', at };
}

/** The chair records, the secretary sends the letter: the two steps that make a decision known. */
function decided(verdict: Verdict, level: LevelCode | null = 'effectief_eerste', at = DECIDED_AT): TrackEvent[] {
  return [decide(verdict, level, at), sendLetter(at)];
}

/** A valid payload for every event type; used for the accept/refuse table and the graph walk. */
const REPRESENTATIVE: Record<TrackEventType, TrackEvent> = {
  SUBMIT: { type: 'SUBMIT' },
  ADMIT: { type: 'ADMIT' },
  REFUSE_ADMISSION: { type: 'REFUSE_ADMISSION', reason: 'Minder dan twee jaar in de praktijk' },
  REQUEST_INFORMATION: { type: 'REQUEST_INFORMATION', question: 'Is er een procesevaluatie?' },
  PROVIDE_INFORMATION: { type: 'PROVIDE_INFORMATION', answer: 'Ja, zie bijlage' },
  REQUEST_FEEDBACK: { type: 'REQUEST_FEEDBACK' },
  RETURN_FEEDBACK: { type: 'RETURN_FEEDBACK' },
  MARK_READY: { type: 'MARK_READY' },
  REOPEN_DESCRIPTION: { type: 'REOPEN_DESCRIPTION' },
  DOCUMENTS_CHANGED: FULL_DOCS,
  SUBMIT_FOR_ASSESSMENT: { type: 'SUBMIT_FOR_ASSESSMENT' },
  START_PANEL_COMPOSITION: { type: 'START_PANEL_COMPOSITION' },
  PANEL_COMPLETE: { type: 'PANEL_COMPLETE' },
  ALL_REVIEWS_SUBMITTED: { type: 'ALL_REVIEWS_SUBMITTED' },
  PLACE_ON_AGENDA: { type: 'PLACE_ON_AGENDA', meetingId: 'meeting-2025-06' },
  REMOVE_FROM_AGENDA: { type: 'REMOVE_FROM_AGENDA' },
  RECORD_DECISION: decide('recognised'),
  SEND_DECISION_LETTER: { type: 'SEND_DECISION_LETTER', at: DECIDED_AT },
  CONFIRM_CONDITIONS_MET: { type: 'CONFIRM_CONDITIONS_MET' },
  CONDITIONS_LAPSED: { type: 'CONDITIONS_LAPSED', at: AFTER_CONDITIONS_DEADLINE },
  SUBMIT_REVISION: { type: 'SUBMIT_REVISION' },
  LODGE_OBJECTION: { type: 'LODGE_OBJECTION', at: WITHIN_WINDOW },
  RESOLVE_OBJECTION: { type: 'RESOLVE_OBJECTION', outcome: 'upheld', at: '2025-07-15T10:00:00.000Z' },
  PUBLISH: { type: 'PUBLISH' },
  UPDATE_LISTING: { type: 'UPDATE_LISTING' },
  REASSESSMENT_DUE: { type: 'REASSESSMENT_DUE' },
  EXPIRE: { type: 'EXPIRE', at: AFTER_VALIDITY },
  WITHDRAW: { type: 'WITHDRAW' },
};
const ev = REPRESENTATIVE;

function start(input: TrackInput = INPUT): TrackSnapshot {
  return initialTransition(trackMachine, input)[0];
}

function run(events: readonly TrackEvent[], input: TrackInput = INPUT): TrackSnapshot {
  return events.reduce((snapshot, event) => {
    const [next] = transition(trackMachine, snapshot, event);
    return next;
  }, start(input));
}

function send(snapshot: TrackSnapshot, event: TrackEvent): TrackSnapshot {
  return transition(trackMachine, snapshot, event)[0];
}

/** Dotted paths of all active leaves, e.g. ['description.documents.complete', 'description.werkblad.ready']. */
function leafPaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child as StateValue, `${prefix}${key}.`));
}

function where(snapshot: TrackSnapshot): string {
  const detail = stateDetail(snapshot);
  return detail ? `${stateKey(snapshot)}(${detail.werkblad},${detail.documents})` : stateKey(snapshot);
}

const toIntake = [ev.SUBMIT];
const toDescription = [...toIntake, ev.ADMIT];
const toReadyComplete = [...toDescription, ev.MARK_READY, FULL_DOCS];
const toSubmitted = [...toReadyComplete, ev.SUBMIT_FOR_ASSESSMENT];
const toPanel = [...toSubmitted, ev.START_PANEL_COMPOSITION];
const toReview = [...toPanel, ev.PANEL_COMPLETE];
const toAwaiting = [...toReview, ev.ALL_REVIEWS_SUBMITTED];
const toAgenda = [...toAwaiting, ev.PLACE_ON_AGENDA];
const toLetterDraft = [...toAgenda, decide('recognised')];
const toRecognised = [...toAgenda, ...decided('recognised')];
const toConditional = [...toAgenda, ...decided('conditionally_recognised')];
const toDeferred = [...toAgenda, ...decided('deferred', null)];
const toNotRecognised = [...toAgenda, ...decided('not_recognised', null)];
const toPublished = [...toRecognised, ev.PUBLISH];

/** One fixture per leaf configuration; the name is what `where()` reports for it. */
const FIXTURES: Record<string, TrackEvent[]> = {
  draft: [],
  intake: toIntake,
  informationRequested: [...toIntake, ev.REQUEST_INFORMATION],
  notAdmitted: [...toIntake, ev.REFUSE_ADMISSION],
  'description(drafting,incomplete)': toDescription,
  'description(drafting,complete)': [...toDescription, FULL_DOCS],
  'description(feedbackRequested,incomplete)': [...toDescription, ev.REQUEST_FEEDBACK],
  'description(feedbackRequested,complete)': [...toDescription, ev.REQUEST_FEEDBACK, FULL_DOCS],
  'description(ready,incomplete)': [...toDescription, ev.MARK_READY],
  'description(ready,complete)': toReadyComplete,
  submittedForAssessment: toSubmitted,
  panelComposition: toPanel,
  underReview: toReview,
  awaitingCommittee: toAwaiting,
  onAgenda: toAgenda,
  letterDraft: toLetterDraft,
  'decided.recognised': toRecognised,
  'decided.conditionallyRecognised': toConditional,
  'decided.deferred': toDeferred,
  'decided.notRecognised': toNotRecognised,
  objection: [...toRecognised, ev.LODGE_OBJECTION],
  lapsed: [...toConditional, ev.CONDITIONS_LAPSED],
  'published.listed': toPublished,
  'published.reassessmentDue': [...toPublished, ev.REASSESSMENT_DUE],
  expired: [...toPublished, ev.EXPIRE],
  withdrawn: [ev.WITHDRAW],
};

// ---------------------------------------------------------------------------------------------
// The rules, written out by hand from the domain brief. Not derived from the machine.

const DESCRIPTION_ALWAYS: TrackEventType[] = ['DOCUMENTS_CHANGED', 'WITHDRAW'];

const EXPECTED_ACCEPTED: Record<keyof typeof FIXTURES, TrackEventType[]> = {
  draft: ['SUBMIT', 'DOCUMENTS_CHANGED', 'WITHDRAW'],
  intake: ['ADMIT', 'REFUSE_ADMISSION', 'REQUEST_INFORMATION', 'DOCUMENTS_CHANGED', 'WITHDRAW'],
  informationRequested: ['PROVIDE_INFORMATION', 'DOCUMENTS_CHANGED', 'WITHDRAW'],
  notAdmitted: [],
  'description(drafting,incomplete)': ['REQUEST_FEEDBACK', 'MARK_READY', ...DESCRIPTION_ALWAYS],
  'description(drafting,complete)': ['REQUEST_FEEDBACK', 'MARK_READY', ...DESCRIPTION_ALWAYS],
  'description(feedbackRequested,incomplete)': ['RETURN_FEEDBACK', 'MARK_READY', ...DESCRIPTION_ALWAYS],
  'description(feedbackRequested,complete)': ['RETURN_FEEDBACK', 'MARK_READY', ...DESCRIPTION_ALWAYS],
  'description(ready,incomplete)': ['REOPEN_DESCRIPTION', ...DESCRIPTION_ALWAYS],
  'description(ready,complete)': ['REOPEN_DESCRIPTION', 'SUBMIT_FOR_ASSESSMENT', ...DESCRIPTION_ALWAYS],
  submittedForAssessment: ['START_PANEL_COMPOSITION', 'WITHDRAW'],
  panelComposition: ['PANEL_COMPLETE', 'WITHDRAW'],
  underReview: ['ALL_REVIEWS_SUBMITTED', 'WITHDRAW'],
  awaitingCommittee: ['PLACE_ON_AGENDA', 'WITHDRAW'],
  onAgenda: ['REMOVE_FROM_AGENDA', 'RECORD_DECISION', 'WITHDRAW'],
  // Four eyes: nothing but the sending; the decision is taken, so no withdrawal either.
  letterDraft: ['SEND_DECISION_LETTER'],
  'decided.recognised': ['PUBLISH', 'LODGE_OBJECTION'],
  'decided.conditionallyRecognised': ['CONFIRM_CONDITIONS_MET', 'CONDITIONS_LAPSED', 'LODGE_OBJECTION'],
  'decided.deferred': ['SUBMIT_REVISION', 'LODGE_OBJECTION'],
  'decided.notRecognised': ['LODGE_OBJECTION'],
  objection: ['RESOLVE_OBJECTION'],
  lapsed: [],
  'published.listed': ['UPDATE_LISTING', 'REASSESSMENT_DUE', 'EXPIRE'],
  'published.reassessmentDue': ['UPDATE_LISTING', 'EXPIRE'],
  expired: [],
  withdrawn: [],
};

const EXPECTED_LEAVES = [
  'draft',
  'intake',
  'informationRequested',
  'notAdmitted',
  'description.werkblad.drafting',
  'description.werkblad.feedbackRequested',
  'description.werkblad.ready',
  'description.documents.incomplete',
  'description.documents.complete',
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
];

const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();

// ---------------------------------------------------------------------------------------------

describe('track machine: structure and reachability', () => {
  it('has exactly the expected leaf states', () => {
    const leaves = getStateNodes(trackMachine.root)
      .filter((node) => node.type === 'atomic' || node.type === 'final')
      .map((node) => node.path.join('.'));
    expect(sorted(leaves)).toEqual(sorted(EXPECTED_LEAVES));
  });

  it('reaches every leaf state and every state key from the initial state', () => {
    const graphEvents: TrackEvent[] = [
      ...Object.values(REPRESENTATIVE),
      NO_DOCS,
      decide('conditionally_recognised'),
      decide('deferred', null),
      decide('not_recognised', null),
    ];
    const paths = getShortestPaths(trackMachine, {
      input: INPUT,
      events: graphEvents,
      // Counters (feedbackRound, reviewRound) would make the graph infinite; the state value is what matters here.
      // The verdict too: a draft letter's verdict decides which `decided` substate its sending reaches.
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.decision?.verdict ?? null]),
    });
    const reachedLeaves = new Set(paths.flatMap((path) => leafPaths(path.state.value)));
    const reachedKeys = new Set(paths.map((path) => stateKey(path.state)));
    expect(sorted(reachedLeaves)).toEqual(sorted(EXPECTED_LEAVES));
    expect(sorted(reachedKeys)).toEqual(sorted(TRACK_STATE_KEYS));
  });

  it('has a fixture for every leaf configuration, and each fixture lands where its name says', () => {
    for (const [name, events] of Object.entries(FIXTURES)) {
      expect(where(run(events))).toBe(name);
    }
    // 20 state keys, with `description` counted once per werkblad x documents combination.
    expect(Object.keys(FIXTURES)).toHaveLength(TRACK_STATE_KEYS.length - 1 + 6);
  });

  it('marks the terminal states as final', () => {
    for (const name of ['notAdmitted', 'lapsed', 'expired', 'withdrawn']) {
      expect(run(FIXTURES[name]).status).toBe('done');
    }
    expect(run(FIXTURES['decided.notRecognised']).status).toBe('active');
  });
});

describe('track machine: every event in every state', () => {
  it.each(Object.keys(FIXTURES))('%s accepts exactly the expected events', (name) => {
    const snapshot = run(FIXTURES[name]);
    const accepted = TRACK_EVENT_TYPES.filter((type) => snapshot.can(REPRESENTATIVE[type]));
    expect(sorted(accepted)).toEqual(sorted(EXPECTED_ACCEPTED[name]));

    for (const type of TRACK_EVENT_TYPES.filter((t) => !accepted.includes(t))) {
      const next = send(snapshot, REPRESENTATIVE[type]);
      expect({ type, value: next.value, context: next.context }).toEqual({
        type,
        value: snapshot.value,
        context: snapshot.context,
      });
    }
  });
});

describe('track machine: allowed actions tried only among the event types of the viewer', () => {
  // TrackService.allowedActions asks nextEvents about the types a viewer may send at all instead of
  // every type; the answer must be the one trying every type and filtering afterwards would give.
  const viewers: ActorKind[][] = [...ACTOR_KINDS.map((kind) => [kind]), [...ACTOR_KINDS], ['owner', 'coach'], ['secretary', 'chair']];
  const moments = [DECIDED_AT, WITHIN_WINDOW, AFTER_CONDITIONS_DEADLINE, '2031-01-01T00:00:00.000Z'];

  it.each(Object.keys(FIXTURES))('%s: the same events for every viewer at every moment', (name) => {
    const snapshot = run(FIXTURES[name]);
    for (const kinds of viewers)
      for (const now of moments) {
        const theirs = eventTypesFor(kinds);
        expect({ kinds, now, events: nextEvents(snapshot, now, theirs) }).toEqual({
          kinds,
          now,
          events: nextEvents(snapshot, now).filter((type) => theirs.includes(type)),
        });
      }
  });
});

describe('track machine: intake', () => {
  it('starts in draft with the initial context', () => {
    const snapshot = start({ targetLevel: 'goed_onderbouwd' });
    expect(snapshot.value).toBe('draft');
    expect(snapshot.context).toEqual({
      targetLevel: 'goed_onderbouwd',
      procedure: DEFAULT_TRACK_PROCEDURE,
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
    });
  });

  it('rejects an unknown target level, one the procedure does not offer, or a bad validity period', () => {
    expect(() => createInitialContext({ targetLevel: 'erkend' as LevelCode })).toThrow(RangeError);
    const withoutGoedBeschreven = { ...DEFAULT_TRACK_PROCEDURE, levels: DEFAULT_TRACK_PROCEDURE.levels.filter((level) => level !== 'goed_beschreven') };
    expect(() => createInitialContext({ targetLevel: 'goed_beschreven', procedure: withoutGoedBeschreven })).toThrow(RangeError);
    const zeroYears = { ...DEFAULT_TRACK_PROCEDURE, validityYears: { ...DEFAULT_TRACK_PROCEDURE.validityYears, goed_beschreven: 0 } };
    expect(() => createInitialContext({ targetLevel: 'goed_beschreven', procedure: zeroYears })).toThrow(RangeError);
  });

  it.each([
    ['REFUSE_ADMISSION', { type: 'REFUSE_ADMISSION', reason: '  ' }],
    ['REQUEST_INFORMATION', { type: 'REQUEST_INFORMATION', question: '' }],
  ] as const)('%s needs a non-empty text', (_, event) => {
    expect(run(toIntake).can(event)).toBe(false);
  });

  it('needs an answer to go back to intake', () => {
    const asked = run(FIXTURES.informationRequested);
    expect(asked.can({ type: 'PROVIDE_INFORMATION', answer: ' ' })).toBe(false);
    expect(send(asked, ev.PROVIDE_INFORMATION).value).toBe('intake');
  });
});

describe('track machine: description', () => {
  it('numbers each frozen feedback version', () => {
    const snapshot = run([
      ...toDescription,
      ev.REQUEST_FEEDBACK,
      ev.RETURN_FEEDBACK,
      ev.REQUEST_FEEDBACK,
      ev.RETURN_FEEDBACK,
    ]);
    expect(snapshot.context.feedbackRound).toBe(2);
    expect(stateDetail(snapshot)).toEqual({ werkblad: 'drafting', documents: 'incomplete' });
  });

  it('lets the coach mark ready from a pending feedback version and reopen it', () => {
    const ready = run([...toDescription, ev.REQUEST_FEEDBACK, ev.MARK_READY]);
    expect(stateDetail(ready)?.werkblad).toBe('ready');
    expect(stateDetail(send(ready, ev.REOPEN_DESCRIPTION))?.werkblad).toBe('drafting');
  });

  it('blocks submission for assessment until both regions are complete', () => {
    expect(run([...toDescription, FULL_DOCS]).can(ev.SUBMIT_FOR_ASSESSMENT)).toBe(false);
    expect(run([...toDescription, ev.MARK_READY]).can(ev.SUBMIT_FOR_ASSESSMENT)).toBe(false);
    expect(run([...toDescription, ev.REQUEST_FEEDBACK, FULL_DOCS]).can(ev.SUBMIT_FOR_ASSESSMENT)).toBe(false);
    const both = run(toReadyComplete);
    expect(both.can(ev.SUBMIT_FOR_ASSESSMENT)).toBe(true);
    expect(send(both, ev.SUBMIT_FOR_ASSESSMENT).value).toBe('submittedForAssessment');
    // Removing a document after marking ready blocks it again.
    expect(send(both, { ...FULL_DOCS, handbook: false }).can(ev.SUBMIT_FOR_ASSESSMENT)).toBe(false);
  });

  // Hand-written: effect studies only count for the three Effectief levels.
  const NEEDS_EFFECT_STUDY: Record<LevelCode, boolean> = {
    goed_beschreven: false,
    goed_onderbouwd: false,
    effectief_eerste: true,
    effectief_goede: true,
    effectief_sterke: true,
  };

  it.each(LEVEL_CODES)('documents for target level %s', (targetLevel) => {
    const documentsAfter = (facts: DocumentFacts) =>
      stateDetail(run([...toDescription, { type: 'DOCUMENTS_CHANGED', ...facts }], { targetLevel }))?.documents;

    expect(documentsAfter({ handbook: true, processEvaluation: true, effectStudies: 0 })).toBe(
      NEEDS_EFFECT_STUDY[targetLevel] ? 'incomplete' : 'complete',
    );
    expect(documentsAfter({ handbook: true, processEvaluation: true, effectStudies: 2 })).toBe('complete');
    expect(documentsAfter({ handbook: false, processEvaluation: true, effectStudies: 2 })).toBe('incomplete');
    expect(documentsAfter({ handbook: true, processEvaluation: false, effectStudies: 2 })).toBe('incomplete');
  });

  it('uses documents uploaded before admission', () => {
    const snapshot = run([FULL_DOCS, ev.SUBMIT, ev.ADMIT]);
    expect(stateDetail(snapshot)).toEqual({ werkblad: 'drafting', documents: 'complete' });
  });
});

describe('track machine: assessment and committee', () => {
  it('keeps the meeting while on the agenda and clears it when removed', () => {
    const onAgenda = run(toAgenda);
    expect(onAgenda.context.meetingId).toBe('meeting-2025-06');
    expect(send(onAgenda, ev.REMOVE_FROM_AGENDA).context.meetingId).toBeNull();
    expect(run(toAwaiting).can({ type: 'PLACE_ON_AGENDA', meetingId: '' })).toBe(false);
  });

  it.each([
    ['recognised', 'decided.recognised'],
    ['conditionally_recognised', 'decided.conditionallyRecognised'],
    ['deferred', 'decided.deferred'],
    ['not_recognised', 'decided.notRecognised'],
  ] as const)('records verdict %s', (verdict, key) => {
    const draft = send(run(toAgenda), decide(verdict, 'goed_onderbouwd'));
    expect(stateKey(draft)).toBe('letterDraft');
    const made = send(draft, sendLetter());
    expect(stateKey(made)).toBe(key);
    const granted = verdict === 'recognised' || verdict === 'conditionally_recognised';
    expect(draft.context.decision).toEqual(made.context.decision);
    expect(made.context.decision).toEqual({
      verdict,
      level: granted ? 'goed_onderbouwd' : null,
      decidedAt: DECIDED_AT,
    });
  });

  it('refuses a recognising decision without a (valid) level', () => {
    const onAgenda = run(toAgenda);
    expect(onAgenda.can(decide('recognised', null))).toBe(false);
    expect(onAgenda.can(decide('conditionally_recognised', null))).toBe(false);
    expect(onAgenda.can(decide('recognised', 'erkend' as LevelCode))).toBe(false);
    expect(onAgenda.can(decide('deferred', null))).toBe(true);
    expect(onAgenda.can(decide('not_recognised', null))).toBe(true);
  });

  it('refuses a decision without a valid instant or with an unknown verdict', () => {
    const onAgenda = run(toAgenda);
    expect(onAgenda.can(decide('deferred', null, '2025-06-02'))).toBe(false);
    expect(onAgenda.can(decide('deferred', null, 'yesterday'))).toBe(false);
    expect(onAgenda.can({ ...decide('deferred', null), verdict: 'maybe' as Verdict })).toBe(false);
  });

  it('gives six months for conditions unless the chair sets the deadline', () => {
    expect(run(toConditional).context.conditionsDeadline).toBe('2025-12-02T10:00:00.000Z');
    const endOfAugust = run([...toAgenda, ...decided('conditionally_recognised', 'goed_beschreven', '2025-08-31T12:00:00.000Z')]);
    expect(endOfAugust.context.conditionsDeadline).toBe('2026-02-28T12:00:00.000Z');
    const explicit = run([...toAgenda, { ...decide('conditionally_recognised'), conditionsDeadline: '2025-10-01T00:00:00.000Z' }, sendLetter()]);
    expect(explicit.context.conditionsDeadline).toBe('2025-10-01T00:00:00.000Z');
    const deadlineBeforeDecision = { ...decide('conditionally_recognised'), conditionsDeadline: '2025-01-01T00:00:00.000Z' };
    expect(run(toAgenda).can(deadlineBeforeDecision)).toBe(false);
  });

  it('lapses conditions only once the deadline has passed', () => {
    const conditional = run(toConditional);
    expect(conditional.can({ type: 'CONDITIONS_LAPSED', at: '2025-12-02T09:59:59.999Z' })).toBe(false);
    expect(conditional.can({ type: 'CONDITIONS_LAPSED', at: '2025-12-02T10:00:00.000Z' })).toBe(true);
    expect(send(conditional, ev.CONDITIONS_LAPSED).value).toBe('lapsed');
  });

  it('turns a conditional recognition into a recognition once conditions are met', () => {
    const met = send(run(toConditional), ev.CONFIRM_CONDITIONS_MET);
    expect(stateKey(met)).toBe('decided.recognised');
    expect(met.context.decision?.verdict).toBe('recognised');
    expect(met.context.decision?.level).toBe('effectief_eerste');
  });

  it('sends a revision back to the same panel for the next round and opens a new objection window', () => {
    const deferred = run([...toDeferred, ev.LODGE_OBJECTION, ev.RESOLVE_OBJECTION]);
    expect(stateKey(deferred)).toBe('decided.deferred');
    expect(deferred.can(ev.LODGE_OBJECTION)).toBe(false);

    const revised = send(deferred, ev.SUBMIT_REVISION);
    expect(revised.value).toBe('underReview');
    expect(revised.context.reviewRound).toBe(2);
    expect(revised.context.meetingId).toBeNull();

    const second = [
      ev.ALL_REVIEWS_SUBMITTED,
      ev.PLACE_ON_AGENDA,
      ...decided('recognised', 'effectief_eerste', '2025-11-03T10:00:00.000Z'),
    ].reduce(send, revised);
    expect(stateKey(second)).toBe('decided.recognised');
    expect(second.context.objectionLodgedAt).toBeNull();
    expect(second.can({ type: 'LODGE_OBJECTION', at: '2025-11-10T10:00:00.000Z' })).toBe(true);
  });
});

describe('track machine: four eyes on the decision letter', () => {
  const TWO_WEEKS_LATER = '2025-06-16T10:00:00.000Z';

  it('keeps the recorded decision as a draft until the letter is sent, with no deadline running', () => {
    const draft = run([...toAgenda, decide('conditionally_recognised')]);
    expect(stateKey(draft)).toBe('letterDraft');
    expect(draft.context.letterSentAt).toBeNull();
    expect(draft.context.conditionsDeadline).toBeNull();
    expect(draft.can({ type: 'LODGE_OBJECTION', at: DECIDED_AT })).toBe(false);
    expect(draft.can(ev.CONFIRM_CONDITIONS_MET)).toBe(false);
    expect(draft.can(ev.WITHDRAW)).toBe(false);
  });

  it('refuses a letter dated before the decision', () => {
    const draft = run(toLetterDraft);
    expect(draft.can(sendLetter('2025-06-02T09:59:59.999Z'))).toBe(false);
    expect(draft.can(sendLetter('soon'))).toBe(false);
    expect(draft.can(sendLetter(DECIDED_AT))).toBe(true);
  });

  it('runs the conditions period and the objection window from the sending, not from the decision', () => {
    const sent = run([...toAgenda, decide('conditionally_recognised'), sendLetter(TWO_WEEKS_LATER)]);
    expect(stateKey(sent)).toBe('decided.conditionallyRecognised');
    expect(sent.context.decision?.decidedAt).toBe(DECIDED_AT);
    expect(sent.context.letterSentAt).toBe(TWO_WEEKS_LATER);
    expect(sent.context.conditionsDeadline).toBe('2025-12-16T10:00:00.000Z');
    const plus42Days = new Date(Date.parse(TWO_WEEKS_LATER) + 42 * 86_400_000).toISOString();
    expect(sent.can({ type: 'LODGE_OBJECTION', at: plus42Days })).toBe(true);
    expect(sent.can({ type: 'LODGE_OBJECTION', at: new Date(Date.parse(plus42Days) + 1).toISOString() })).toBe(false);
  });

  it("moves the chair's explicit deadline on by the time the letter waited", () => {
    const sent = run([
      ...toAgenda,
      { ...decide('conditionally_recognised'), conditionsDeadline: '2025-10-01T00:00:00.000Z' },
      sendLetter(TWO_WEEKS_LATER),
    ]);
    expect(sent.context.conditionsDeadline).toBe('2025-10-15T00:00:00.000Z');
  });
});

describe('track machine: objection', () => {
  const plusDays = (days: number, extraMs = 0) =>
    new Date(Date.parse(DECIDED_AT) + days * 86_400_000 + extraMs).toISOString();

  it('accepts an objection within 42 days of the decision only', () => {
    const decided = run(toNotRecognised);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: DECIDED_AT })).toBe(true);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: plusDays(42) })).toBe(true);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: plusDays(42, 1) })).toBe(false);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: plusDays(60) })).toBe(false);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: plusDays(0, -1) })).toBe(false);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: 'soon' })).toBe(false);
  });

  it('compares instants, not strings, across time zones', () => {
    const decided = run(toNotRecognised);
    // 2025-07-14T11:59+02:00 is 09:59Z, within 42 days of 2025-06-02T10:00Z; 12:01+02:00 is not.
    expect(decided.can({ type: 'LODGE_OBJECTION', at: '2025-07-14T11:59:00+02:00' })).toBe(true);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: '2025-07-14T12:01:00+02:00' })).toBe(false);
  });

  it.each([
    ['decided.recognised', toRecognised],
    ['decided.conditionallyRecognised', toConditional],
    ['decided.deferred', toDeferred],
    ['decided.notRecognised', toNotRecognised],
  ] as const)('upholding an objection returns to %s', (key, path) => {
    const objected = run([...path, ev.LODGE_OBJECTION]);
    expect(objected.value).toBe('objection');
    expect(objected.context.objectionLodgedAt).toBe(WITHIN_WINDOW);
    const upheld = send(objected, ev.RESOLVE_OBJECTION);
    expect(stateKey(upheld)).toBe(key);
    expect(upheld.context.decision).toEqual(run(path).context.decision);
  });

  it('returns to recognised when the objection came after conditions were met', () => {
    const upheld = run([...toConditional, ev.CONFIRM_CONDITIONS_MET, ev.LODGE_OBJECTION, ev.RESOLVE_OBJECTION]);
    expect(stateKey(upheld)).toBe('decided.recognised');
  });

  it('replaces the verdict and does not reopen the objection window', () => {
    const resolvedAt = '2025-07-15T10:00:00.000Z';
    const replaced = run([
      ...toNotRecognised,
      ev.LODGE_OBJECTION,
      {
        type: 'RESOLVE_OBJECTION',
        outcome: 'replaced',
        verdict: 'conditionally_recognised',
        level: 'goed_onderbouwd',
        at: resolvedAt,
      },
    ]);
    expect(stateKey(replaced)).toBe('decided.conditionallyRecognised');
    expect(replaced.context.decision).toEqual({
      verdict: 'conditionally_recognised',
      level: 'goed_onderbouwd',
      decidedAt: resolvedAt,
    });
    expect(replaced.context.conditionsDeadline).toBe('2026-01-15T10:00:00.000Z');
    expect(replaced.context.objectionLodgedAt).toBe(WITHIN_WINDOW);
    expect(replaced.can({ type: 'LODGE_OBJECTION', at: '2025-07-16T10:00:00.000Z' })).toBe(false);
  });

  it.each([
    ['recognised', 'decided.recognised'],
    ['deferred', 'decided.deferred'],
    ['not_recognised', 'decided.notRecognised'],
  ] as const)('a replacing verdict %s lands in %s', (verdict, key) => {
    const replaced = run([
      ...toConditional,
      ev.LODGE_OBJECTION,
      { type: 'RESOLVE_OBJECTION', outcome: 'replaced', verdict, level: 'effectief_goede', at: '2025-07-15T10:00Z' },
    ]);
    expect(stateKey(replaced)).toBe(key);
    expect(replaced.context.conditionsDeadline).toBeNull();
  });

  it('refuses a replacement without a verdict, or recognising without a level', () => {
    const objected = run([...toRecognised, ev.LODGE_OBJECTION]);
    const at = '2025-07-15T10:00:00.000Z';
    expect(objected.can({ type: 'RESOLVE_OBJECTION', outcome: 'replaced', at })).toBe(false);
    expect(objected.can({ type: 'RESOLVE_OBJECTION', outcome: 'replaced', verdict: 'recognised', at })).toBe(false);
    expect(objected.can({ type: 'RESOLVE_OBJECTION', outcome: 'maybe' as 'upheld', at })).toBe(false);
  });
});

describe('track machine: publication and validity', () => {
  it('publishes with a validity counted from the decision date', () => {
    const published = run(toPublished);
    expect(stateKey(published)).toBe('published.listed');
    expect(published.context.recognisedUntil).toBe('2030-06-02T10:00:00.000Z');
  });

  it("takes the validity of the level granted from the case's procedure", () => {
    // Goed beschreven three years (as at RIVM), Effectief – eerste aanwijzingen four; toPublished grants the latter.
    const rivm = { ...DEFAULT_TRACK_PROCEDURE, validityYears: { ...DEFAULT_TRACK_PROCEDURE.validityYears, goed_beschreven: 3, effectief_eerste: 4 } };
    expect(run(toPublished, { targetLevel: 'effectief_eerste', procedure: rivm }).context.recognisedUntil).toBe('2029-06-02T10:00:00.000Z');
  });
});

describe('track machine: the procedure of the committee', () => {
  const shortWindow = { ...DEFAULT_TRACK_PROCEDURE, objectionWindowDays: 14, conditionsPeriodMonths: 3 };

  it('opens the objection window for the days the procedure gives', () => {
    const decided = run(toRecognised, { targetLevel: 'goed_onderbouwd', procedure: shortWindow });
    const sentAt = Date.parse(decided.context.letterSentAt!);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: new Date(sentAt + 14 * 86_400_000).toISOString() })).toBe(true);
    expect(decided.can({ type: 'LODGE_OBJECTION', at: new Date(sentAt + 14 * 86_400_000 + 1).toISOString() })).toBe(false);
  });

  it('gives the conditions period the procedure sets when the chair sets no deadline', () => {
    const conditional = run(toConditional, { targetLevel: 'goed_onderbouwd', procedure: shortWindow });
    expect(conditional.context.conditionsDeadline).toBe(addMonths(conditional.context.letterSentAt!, 3));
  });

  it('recognises only at a level the procedure offers', () => {
    const noGoedOnderbouwd = { ...DEFAULT_TRACK_PROCEDURE, levels: ['goed_beschreven', 'effectief_eerste'] as LevelCode[] };
    const onAgenda = run(toAgenda, { targetLevel: 'effectief_eerste', procedure: noGoedOnderbouwd });
    expect(onAgenda.can({ type: 'RECORD_DECISION', verdict: 'recognised', level: 'goed_onderbouwd', at: '2025-06-02T10:00:00.000Z' })).toBe(false);
    expect(onAgenda.can({ type: 'RECORD_DECISION', verdict: 'recognised', level: 'effectief_eerste', at: '2025-06-02T10:00:00.000Z' })).toBe(true);
  });

  it('updates the listing without leaving the substate', () => {
    const due = run([...toPublished, ev.REASSESSMENT_DUE, ev.UPDATE_LISTING, ev.UPDATE_LISTING]);
    expect(stateKey(due)).toBe('published.reassessmentDue');
    expect(due.context.listingRevision).toBe(3);
  });

  it('expires only when the validity has ended', () => {
    const published = run(toPublished);
    expect(published.can({ type: 'EXPIRE', at: '2030-06-02T09:59:59.999Z' })).toBe(false);
    expect(send(published, { type: 'EXPIRE', at: '2030-06-02T10:00:00.000Z' }).value).toBe('expired');
  });

  it('publishes only a full recognition', () => {
    for (const path of [toConditional, toDeferred, toNotRecognised]) {
      expect(run(path).can(ev.PUBLISH)).toBe(false);
    }
  });
});

describe('track machine: withdrawal', () => {
  const BEFORE_DECISION = [
    'draft',
    'intake',
    'informationRequested',
    'description(drafting,incomplete)',
    'description(feedbackRequested,complete)',
    'description(ready,complete)',
    'submittedForAssessment',
    'panelComposition',
    'underReview',
    'awaitingCommittee',
    'onAgenda',
  ];
  const AFTER_DECISION = [
    'decided.recognised',
    'decided.conditionallyRecognised',
    'decided.deferred',
    'decided.notRecognised',
    'objection',
    'published.listed',
    'published.reassessmentDue',
  ];

  it.each(BEFORE_DECISION)('is possible from %s', (name) => {
    const withdrawn = send(run(FIXTURES[name]), ev.WITHDRAW);
    expect(withdrawn.value).toBe('withdrawn');
    expect(withdrawn.status).toBe('done');
  });

  it.each(AFTER_DECISION)('is refused from %s', (name) => {
    expect(run(FIXTURES[name]).can(ev.WITHDRAW)).toBe(false);
  });

  it('is possible again in a new review round after a deferral', () => {
    expect(run([...toDeferred, ev.SUBMIT_REVISION]).can(ev.WITHDRAW)).toBe(true);
  });
});

describe('track machine: purity', () => {
  it('reads no clock and does no I/O', () => {
    const source = readFileSync(new URL('./track.machine.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now/);
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.filter((spec) => spec !== 'xstate' && !spec.startsWith('./'))).toEqual([]);
  });

  it('counts calendar months in UTC, clamped to the end of the month', () => {
    expect(addMonths('2024-02-29T23:30:00.000Z', 12)).toBe('2025-02-28T23:30:00.000Z');
    expect(addMonths('2025-01-31T00:00:00+01:00', 1)).toBe('2025-02-28T23:00:00.000Z');
  });
});
