import {
  brokenDecisionRules,
  decisionShapeProblems,
  departsFromPanel,
  panelView,
  type DecisionInput,
  type DecisionRuleInput,
  type PanelJudgmentInput,
  type ProposedLevel,
} from '../../src/committee/decision-rules.js';
import type { LevelCode } from '../../src/track/track.levels.js';

const AT = '2026-11-23T10:00:00.000Z';
const GB: LevelCode = 'goed_beschreven';
const GO: LevelCode = 'goed_onderbouwd';
const EE: LevelCode = 'effectief_eerste';
const EG: LevelCode = 'effectief_goede';
const ES: LevelCode = 'effectief_sterke';

/** Alternating science and practice reviewers (kinds only matter above Goed beschreven). */
function panel(...levels: ProposedLevel[]): PanelJudgmentInput[] {
  return levels.map((proposedLevel, index) => ({
    kind: index % 2 === 0 ? 'science' : 'practice',
    proposedLevel,
  }));
}

function check(targetLevel: LevelCode, judgments: PanelJudgmentInput[], decision: Partial<DecisionInput>, panelSize = judgments.length) {
  const input: DecisionRuleInput = {
    targetLevel,
    panelSize,
    judgments,
    decision: { verdict: 'recognised', at: AT, ...decision },
  };
  return brokenDecisionRules(input);
}

const codes = (...args: Parameters<typeof check>) => check(...args).map((rule) => `${rule.code}:${rule.field}`);

describe('panelView: what the panel supports', () => {
  it('tallies the proposals and counts not-recognised proposals apart', () => {
    const view = panelView(GO, panel(GO, GB, null, GO));
    expect(view.tally).toEqual({ goed_beschreven: 1, goed_onderbouwd: 2, effectief_eerste: 0, effectief_goede: 0, effectief_sterke: 0, not_recognised: 1 });
    expect(view.support).toEqual({ goed_beschreven: 3, goed_onderbouwd: 2, effectief_eerste: 0, effectief_goede: 0, effectief_sterke: 0 });
    expect(view).toMatchObject({ reviews: 4, requiredReviews: 4, majority: 3, majorityLevel: GB, unanimousLevel: null, supportedLevel: GB, verdict: 'recognised' });
  });

  it('supports Goed beschreven on a majority (2 of 3), and nothing on a minority', () => {
    expect(panelView(GB, panel(GB, GB, null)).supportedLevel).toBe(GB);
    expect(panelView(GB, panel(GB, null, null))).toMatchObject({ supportedLevel: null, verdict: 'not_recognised', majorityLevel: null });
    // A majority of four is three.
    expect(panelView(GO, panel(GB, GB, null, null)).supportedLevel).toBeNull();
  });

  it('supports a higher level only unanimously: the lowest proposal', () => {
    expect(panelView(EG, panel(EG, EE, ES, EG)).supportedLevel).toBe(EE);
    // Three of four at Effectief is a majority but not unanimity: the panel supports Goed beschreven only.
    const split = panelView(EE, panel(EE, EE, EE, null));
    expect(split).toMatchObject({ majorityLevel: EE, unanimousLevel: null, supportedLevel: GB });
  });

  it('caps what the panel supports at the target level', () => {
    expect(panelView(GB, panel(GO, GO, GO)).supportedLevel).toBe(GB);
    expect(panelView(GO, panel(ES, ES, ES, ES)).supportedLevel).toBe(GO);
  });

  it('has no view without reviews', () => {
    expect(panelView(GB, [])).toMatchObject({ reviews: 0, supportedLevel: null, majorityLevel: null, unanimousLevel: null });
  });
});

describe('departsFromPanel', () => {
  const view = panelView(GO, panel(GO, GO, GO, GO));
  it('is a recognition at another level than the panel supports', () => {
    expect(departsFromPanel({ verdict: 'recognised', level: GO }, view)).toBe(false);
    expect(departsFromPanel({ verdict: 'conditionally_recognised', level: GO }, view)).toBe(false);
    expect(departsFromPanel({ verdict: 'recognised', level: GB }, view)).toBe(true);
  });
  it('is a refusal where the panel supports a level, never a deferral', () => {
    expect(departsFromPanel({ verdict: 'not_recognised' }, view)).toBe(true);
    expect(departsFromPanel({ verdict: 'not_recognised' }, panelView(GB, panel(null, null, GB)))).toBe(false);
    expect(departsFromPanel({ verdict: 'deferred' }, view)).toBe(false);
  });
});

describe('brokenDecisionRules', () => {
  it('accepts decisions that follow the panel', () => {
    expect(check(GB, panel(GB, GB, null), { level: GB })).toEqual([]);
    expect(check(EG, panel(EG, EG, ES, EG), { level: EG })).toEqual([]);
    expect(check(GO, panel(GO, GO, GO, GO), { verdict: 'conditionally_recognised', level: GO, conditions: 'Voeg de kosten toe.' })).toEqual([]);
    expect(check(GB, panel(null, null, GB), { verdict: 'not_recognised', motivation: 'Onvoldoende beschreven.' })).toEqual([]);
    expect(check(GB, panel(GB, GB, GB), { verdict: 'deferred', questions: 'Wat kost een traject?' })).toEqual([]);
  });

  it('gives every broken rule a code, a field and a Dutch and English explanation', () => {
    const [rule] = check(GB, panel(GB, null, null), { level: GB, motivation: 'x' });
    expect(rule).toEqual({
      code: 'MAJORITY_REQUIRED',
      field: 'level',
      nl: expect.stringContaining('1 van 3'),
      en: expect.stringContaining('1 of 3'),
    });
  });

  describe('shape', () => {
    it('LEVEL_REQUIRED: a recognition names its level', () => {
      expect(codes(GB, panel(GB, GB, GB), { level: null })).toEqual(['LEVEL_REQUIRED:level']);
      expect(codes(GB, panel(GB, GB, GB), { verdict: 'conditionally_recognised', conditions: 'x' })).toEqual(['LEVEL_REQUIRED:level']);
    });

    it('NOT_APPLICABLE: no level, conditions, deadline or questions where the verdict takes none', () => {
      expect(codes(GB, panel(null, null, null), { verdict: 'not_recognised', level: GB, motivation: 'x' })).toEqual(['NOT_APPLICABLE:level']);
      expect(codes(GB, panel(GB, GB, GB), { level: GB, conditions: 'x', questions: 'y', conditionsDeadline: '2027-01-01T00:00:00Z' })).toEqual([
        'NOT_APPLICABLE:conditions',
        'NOT_APPLICABLE:conditionsDeadline',
        'NOT_APPLICABLE:questions',
      ]);
    });
  });

  describe('the panel', () => {
    it('REVIEWS_INCOMPLETE: three reviews for Goed beschreven, four for higher targets, and every panel member', () => {
      expect(codes(GB, panel(GB, GB), { level: GB })).toEqual(['REVIEWS_INCOMPLETE:verdict']);
      expect(codes(GO, panel(GB, GB, GB), { level: GB })).toEqual(['REVIEWS_INCOMPLETE:verdict']);
      expect(codes(GB, panel(GB, GB, GB), { level: GB }, 4)).toEqual(['REVIEWS_INCOMPLETE:verdict']);
      expect(codes(GB, panel(null, null), { verdict: 'not_recognised', motivation: 'x' })).toEqual(['REVIEWS_INCOMPLETE:verdict']);
      // A deferral is possible on an incomplete panel.
      expect(codes(GB, panel(GB, GB), { verdict: 'deferred', questions: 'x' })).toEqual([]);
    });

    it('PANEL_COMPOSITION: above Goed beschreven both science and practice reviewers judge', () => {
      const practiceOnly: PanelJudgmentInput[] = [GO, GO, GO, GO].map((proposedLevel) => ({ kind: 'practice', proposedLevel }));
      expect(codes(GO, practiceOnly, { level: GO })).toEqual(['PANEL_COMPOSITION:level']);
      expect(codes(GO, practiceOnly, { level: GB, motivation: 'Lager dan het panel.' })).toEqual([]);
    });
  });

  describe('the ladder', () => {
    it('EFFECT_LEVEL_NEEDS_EFFECT_TARGET: Effectief only on an application for an Effectief level', () => {
      expect(codes(GO, panel(ES, ES, ES, ES), { level: EE, motivation: 'x' })).toEqual(['EFFECT_LEVEL_NEEDS_EFFECT_TARGET:level']);
      expect(codes(GB, panel(ES, ES, ES), { level: EE, motivation: 'x' })).toEqual(['EFFECT_LEVEL_NEEDS_EFFECT_TARGET:level']);
    });

    it('LEVEL_ABOVE_TARGET: never above the level applied for', () => {
      expect(codes(GB, panel(GO, GO, GO), { level: GO, motivation: 'x' })).toEqual(['LEVEL_ABOVE_TARGET:level']);
      expect(codes(EE, panel(EG, EG, EG, EG), { level: EG, motivation: 'x' })).toEqual(['LEVEL_ABOVE_TARGET:level']);
      expect(codes(EE, panel(EG, EG, EG, EG), { level: EE })).toEqual([]);
    });
  });

  describe('panel support', () => {
    it('LEVEL_ABOVE_PANEL: no reviewer proposes the level or higher', () => {
      expect(codes(GO, panel(GB, GB, GB, GB), { level: GO, motivation: 'x' })).toEqual(['LEVEL_ABOVE_PANEL:level']);
      expect(codes(GB, panel(null, null, null), { level: GB, motivation: 'x' })).toEqual(['LEVEL_ABOVE_PANEL:level']);
      expect(codes(GB, panel(null, null, null), { verdict: 'conditionally_recognised', level: GB, conditions: 'x', motivation: 'x' })).toEqual([
        'LEVEL_ABOVE_PANEL:level',
      ]);
    });

    it('MAJORITY_REQUIRED: Goed beschreven needs more than half of the reviewers', () => {
      expect(codes(GB, panel(GB, null, null), { level: GB, motivation: 'x' })).toEqual(['MAJORITY_REQUIRED:level']);
      expect(codes(GO, panel(GO, GB, null, null), { level: GB, motivation: 'x' })).toEqual(['MAJORITY_REQUIRED:level']);
      expect(codes(GO, panel(GO, GB, GB, null), { level: GB, motivation: 'x' })).toEqual([]);
    });

    it('UNANIMITY_REQUIRED: a higher level needs every reviewer', () => {
      expect(codes(GO, panel(GO, GO, GO, GB), { level: GO, motivation: 'x' })).toEqual(['UNANIMITY_REQUIRED:level']);
      expect(codes(EG, panel(EG, EG, EG, null), { level: EE, motivation: 'x' })).toEqual(['UNANIMITY_REQUIRED:level']);
      expect(codes(EG, panel(EG, EG, EG, EE), { level: EG, motivation: 'x' })).toEqual(['UNANIMITY_REQUIRED:level']);
    });
  });

  describe('what each verdict needs', () => {
    it('CONDITIONS_REQUIRED: a conditional recognition lists its conditions', () => {
      expect(codes(GB, panel(GB, GB, GB), { verdict: 'conditionally_recognised', level: GB, conditions: '  ' })).toEqual(['CONDITIONS_REQUIRED:conditions']);
    });

    it('CONDITIONS_DEADLINE_INVALID: after the decision and at most six months later', () => {
      const conditional = { verdict: 'conditionally_recognised' as const, level: GB, conditions: 'x' };
      expect(codes(GB, panel(GB, GB, GB), { ...conditional, conditionsDeadline: AT })).toEqual(['CONDITIONS_DEADLINE_INVALID:conditionsDeadline']);
      expect(codes(GB, panel(GB, GB, GB), { ...conditional, conditionsDeadline: '2027-05-23T10:00:00.001Z' })).toEqual([
        'CONDITIONS_DEADLINE_INVALID:conditionsDeadline',
      ]);
      expect(codes(GB, panel(GB, GB, GB), { ...conditional, conditionsDeadline: '2027-05-23T10:00:00.000Z' })).toEqual([]);
      expect(codes(GB, panel(GB, GB, GB), { ...conditional, conditionsDeadline: '2027-01-31T00:00:00Z' })).toEqual([]);
    });

    it('QUESTIONS_REQUIRED: a deferral asks the owner questions', () => {
      expect(codes(GB, panel(GB, GB, GB), { verdict: 'deferred' })).toEqual(['QUESTIONS_REQUIRED:questions']);
    });

    it('MOTIVATION_REQUIRED: a refusal is motivated, whatever the panel said', () => {
      expect(codes(GB, panel(null, null, null), { verdict: 'not_recognised' })).toEqual(['MOTIVATION_REQUIRED:motivation']);
      expect(codes(GB, panel(GB, GB, GB), { verdict: 'not_recognised', motivation: ' ' })).toEqual(['MOTIVATION_REQUIRED:motivation']);
    });

    it('DEPARTURE_NEEDS_MOTIVATION: a level other than the panel supports is motivated', () => {
      expect(codes(GO, panel(GO, GO, GO, GO), { level: GB })).toEqual(['DEPARTURE_NEEDS_MOTIVATION:motivation']);
      expect(codes(GO, panel(GO, GO, GO, GO), { level: GB, motivation: 'Onderbouwing nog te dun.' })).toEqual([]);
      expect(codes(GO, panel(GO, GO, GO, GO), { verdict: 'conditionally_recognised', level: GB, conditions: 'x' })).toEqual([
        'DEPARTURE_NEEDS_MOTIVATION:motivation',
      ]);
      // Following the panel needs no motivation.
      expect(codes(GO, panel(GO, GO, GO, GO), { level: GO })).toEqual([]);
    });
  });

  it('reports several broken rules at once', () => {
    expect(codes(GB, panel(null, null), { verdict: 'conditionally_recognised', level: GO })).toEqual([
      'REVIEWS_INCOMPLETE:verdict',
      'LEVEL_ABOVE_TARGET:level',
      'LEVEL_ABOVE_PANEL:level',
      'CONDITIONS_REQUIRED:conditions',
      'DEPARTURE_NEEDS_MOTIVATION:motivation',
    ]);
  });
});

describe('decisionShapeProblems', () => {
  it('judges only what the payload alone can tell', () => {
    expect(decisionShapeProblems({ verdict: 'recognised', at: AT }).map((rule) => rule.code)).toEqual(['LEVEL_REQUIRED']);
    expect(decisionShapeProblems({ verdict: 'conditionally_recognised', level: GB, at: AT, conditionsDeadline: '2020-01-01T00:00:00Z' }).map((r) => r.code)).toEqual([
      'CONDITIONS_DEADLINE_INVALID',
    ]);
    expect(decisionShapeProblems({ verdict: 'recognised', level: ES, at: AT })).toEqual([]);
  });
});
