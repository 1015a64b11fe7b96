import { TRACK_EVENT_TYPES, type TrackEventType } from './track.events.js';
import { isEffectLevel, LEVEL_CODES, LEVEL_LABELS, levelRank } from './track.levels.js';
import {
  ACTOR_KINDS,
  actorKindsFor,
  eventTypesFor,
  mayActorSend,
  TRACK_PERMISSIONS,
  type ActorKind,
} from './track.permissions.js';

describe('track permissions', () => {
  it('names at least one known actor kind for every event', () => {
    expect(Object.keys(TRACK_PERMISSIONS).sort()).toEqual([...TRACK_EVENT_TYPES].sort());
    for (const type of TRACK_EVENT_TYPES) {
      const kinds = actorKindsFor(type);
      expect({ type, empty: kinds.length === 0 }).toEqual({ type, empty: false });
      for (const kind of kinds) expect(ACTOR_KINDS).toContain(kind);
    }
  });

  // Hand-written from the domain brief.
  const EXPECTED: Record<ActorKind, TrackEventType[]> = {
    owner: [
      'SUBMIT',
      'PROVIDE_INFORMATION',
      'REQUEST_FEEDBACK',
      'SUBMIT_FOR_ASSESSMENT',
      'SUBMIT_REVISION',
      'LODGE_OBJECTION',
      'WITHDRAW',
    ],
    coach: ['RETURN_FEEDBACK', 'MARK_READY', 'REOPEN_DESCRIPTION'],
    secretary: [
      'ADMIT',
      'REFUSE_ADMISSION',
      'REQUEST_INFORMATION',
      'START_PANEL_COMPOSITION',
      'PANEL_COMPLETE',
      'PLACE_ON_AGENDA',
      'REMOVE_FROM_AGENDA',
      'SEND_DECISION_LETTER',
      'CONFIRM_CONDITIONS_MET',
      'PUBLISH',
      'UPDATE_LISTING',
    ],
    chair: ['RECORD_DECISION', 'RESOLVE_OBJECTION'],
    // Reviewers work in the review module; the track only hears that all reviews are in.
    reviewer: [],
    system: [
      'DOCUMENTS_CHANGED',
      'PANEL_COMPLETE',
      'ALL_REVIEWS_SUBMITTED',
      'CONDITIONS_LAPSED',
      'REASSESSMENT_DUE',
      'EXPIRE',
    ],
  };

  it.each(ACTOR_KINDS)('%s may send exactly the expected events', (kind) => {
    expect(eventTypesFor([kind]).sort()).toEqual([...EXPECTED[kind]].sort());
  });

  it('accepts an event object and checks a set of kinds', () => {
    expect(actorKindsFor({ type: 'RECORD_DECISION' })).toEqual(['chair']);
    expect(mayActorSend(['coach', 'owner'], 'WITHDRAW')).toBe(true);
    expect(mayActorSend(['coach', 'secretary'], 'WITHDRAW')).toBe(false);
    expect(() => actorKindsFor('HACK' as TrackEventType)).toThrow(RangeError);
  });
});

describe('track levels', () => {
  it('orders the ladder', () => {
    expect(LEVEL_CODES.map(levelRank)).toEqual([1, 2, 3, 4, 5]);
    expect(levelRank('effectief_eerste')).toBeLessThan(levelRank('effectief_sterke'));
  });

  it('marks only the Effectief levels as effect levels', () => {
    expect(LEVEL_CODES.filter(isEffectLevel)).toEqual(['effectief_eerste', 'effectief_goede', 'effectief_sterke']);
  });

  it('has a Dutch label per level', () => {
    expect(LEVEL_LABELS.goed_beschreven).toBe('Goed beschreven');
    expect(LEVEL_LABELS.effectief_goede).toBe('Effectief – goede aanwijzingen');
    expect(Object.keys(LEVEL_LABELS)).toEqual([...LEVEL_CODES]);
  });
});
