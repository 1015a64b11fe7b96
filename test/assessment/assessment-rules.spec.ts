import { nationalPanelRule, panelRuleOf } from '../../src/committee-settings/procedure-settings.js';
import { isPanelComplete, openSlots, panelLetter, panelRequirement, sameOrganisation } from '../../src/panels/panel-composition.js';
import { exclusionReasons, type ApplicationPanelFacts } from '../../src/panels/panel-eligibility.js';
import { submissionGaps } from '../../src/review/review-completeness.js';
import { criteriaFor, criterionCodesFor } from '../../src/review/review-criteria.js';
import { availability, scoreReviewer, themeMatch } from '../../src/reviewers/reviewer-scoring.js';
import { LEVEL_CODES } from '../../src/track/track.levels.js';

const DESCRIBED = ['problem', 'target_group', 'goals', 'approach', 'implementation', 'transferability', 'practice_experience', 'coherence'];

describe('review criteria per target level', () => {
  it('adds the foundation from Goed onderbouwd and one effect-research criterion per Effectief level', () => {
    expect(criterionCodesFor('goed_beschreven')).toEqual(DESCRIBED);
    expect(criterionCodesFor('goed_onderbouwd')).toEqual([...DESCRIBED, 'foundation']);
    expect(criterionCodesFor('effectief_eerste')).toEqual([...DESCRIBED, 'foundation', 'effect_first_indications']);
    expect(criterionCodesFor('effectief_goede')).toEqual([...DESCRIBED, 'foundation', 'effect_comparison_group']);
    expect(criterionCodesFor('effectief_sterke')).toEqual([...DESCRIBED, 'foundation', 'effect_replicated']);
  });

  it('labels every criterion in Dutch and English', () => {
    for (const level of LEVEL_CODES)
      for (const criterion of criteriaFor(level))
        for (const text of [criterion.label.nl, criterion.label.en, criterion.question.nl, criterion.question.en]) expect(text.length).toBeGreaterThan(3);
  });

  it('names every gap that blocks submission', () => {
    const complete = {
      criteria: criterionCodesFor('goed_onderbouwd').map((code) => ({ code, judgment: 'onvoldoende' as const, motivation: 'Zie toelichting.' })),
      proposedLevel: null,
      noLevelReached: true,
      feedbackForOwner: 'Onderbouwing ontbreekt.',
    };
    expect(submissionGaps('goed_onderbouwd', complete)).toEqual([]);
    const gaps = submissionGaps('goed_onderbouwd', {
      ...complete,
      criteria: complete.criteria
        .filter((answer) => answer.code !== 'foundation')
        .map((answer) => (answer.code === 'goals' ? { ...answer, motivation: '  ' } : answer)),
      noLevelReached: false,
      feedbackForOwner: '',
    });
    expect(gaps.map((gap) => gap.field)).toEqual(['criteria.goals', 'criteria.foundation', 'proposedLevel', 'feedbackForOwner']);
    expect(gaps[0].reason).toContain('motivation');
    expect(gaps[0].reason).not.toContain('judgment');
  });
});

describe('panel composition', () => {
  it('asks three practice reviewers for Goed beschreven and two science plus two practice above it', () => {
    expect(panelRequirement(nationalPanelRule('goed_beschreven'))).toEqual({ science: 0, practice: 3, total: 3, decision: 'majority' });
    for (const level of LEVEL_CODES.slice(1))
      expect(panelRequirement(nationalPanelRule(level))).toEqual({ science: 2, practice: 2, total: 4, decision: 'unanimous' });
  });

  it("takes a committee's own rule for a level, and the national rule for a level it does not offer", () => {
    const levels = [{ level: 'goed_onderbouwd' as const, labelNl: 'GO', labelEn: 'WF', validityYears: 5, panel: { science: 1, practice: 2, decision: 'majority' as const } }];
    expect(panelRequirement(panelRuleOf({ levels }, 'goed_onderbouwd'))).toEqual({ science: 1, practice: 2, total: 3, decision: 'majority' });
    expect(panelRuleOf({ levels }, 'goed_beschreven')).toEqual(nationalPanelRule('goed_beschreven'));
  });

  it('counts pending invitations against the open places and completes on active members only', () => {
    const described = panelRequirement(nationalPanelRule('goed_beschreven'));
    const higher = panelRequirement(nationalPanelRule('effectief_goede'));
    expect(openSlots(higher, { science: 1, practice: 0 }, { science: 1, practice: 1 })).toEqual({ science: 0, practice: 1 });
    expect(isPanelComplete(described, { science: 0, practice: 2 })).toBe(false);
    expect(isPanelComplete(described, { science: 0, practice: 3 })).toBe(true);
    expect(isPanelComplete(higher, { science: 1, practice: 3 })).toBe(false);
  });

  it('hands out letters A..Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(panelLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });

  it('matches organisations case- and space-insensitively, never on empty names', () => {
    expect(sameOrganisation(' Stichting  Voorbeeld', 'stichting voorbeeld ')).toBe(true);
    expect(sameOrganisation('', '')).toBe(false);
    expect(sameOrganisation('Stichting Voorbeeld', 'Stichting Voorbeeld Noord')).toBe(false);
  });

  it('excludes a reviewer for every reason that applies', () => {
    const facts: ApplicationPanelFacts = {
      targetLevel: 'goed_beschreven',
      requirement: panelRequirement(nationalPanelRule('goed_beschreven')),
      organisation: 'Stichting Voorbeeld',
      involvedUserIds: new Set(['r1']),
      conflictReviewerIds: new Set(['r1']),
      activeMemberIds: new Set(),
      removedMemberIds: new Set(),
      pendingInviteeIds: new Set(),
    };
    expect(exclusionReasons({ reviewerId: 'r1', kind: 'science', organisations: ['stichting voorbeeld'], acceptingInvitations: false }, facts)).toEqual([
      'kind_not_needed',
      'not_accepting_invitations',
      'own_organisation',
      'involved_in_application',
      'conflict_of_interest',
    ]);
    expect(exclusionReasons({ reviewerId: 'r2', kind: 'practice', organisations: ['Elders'], acceptingInvitations: true }, facts)).toEqual([]);
  });
});

describe('suggestion scores', () => {
  it('weighs theme match, availability and load', () => {
    expect(themeMatch(['eenzaamheid'], ['eenzaamheid', 'ouderen'])).toBe(0.5);
    expect(availability([{ from: '2026-03-01', until: '2026-03-14' }], '2026-03-01')).toBe(0.5);
    expect(availability([{ from: '2025-01-01', until: '2025-01-31' }], '2026-03-01')).toBe(1);
    expect(
      scoreReviewer({
        reviewerThemes: ['eenzaamheid'],
        applicationThemes: ['eenzaamheid', 'ouderen'],
        unavailablePeriods: [{ from: '2026-03-01', until: '2026-03-14' }],
        today: '2026-03-01',
        currentLoad: 3,
        maxConcurrent: 3,
      }),
    ).toEqual({ total: 0.4, themeMatch: 0.5, availability: 0.5, load: 0 });
  });
});
