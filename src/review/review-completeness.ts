import type { FieldError } from '../common/http/validation.js';
import type { LevelCode } from '../track/track.levels.js';
import { criteriaFor, isJudgment } from './review-criteria.js';
import type { CriterionAnswer } from './review.entity.js';

export interface ReviewContent {
  criteria: readonly CriterionAnswer[];
  proposedLevel: LevelCode | null;
  noLevelReached: boolean;
  feedbackForOwner: string;
  feasibility?: string | null;
  feasibilityExplanation?: string | null;
}

/** Every criterion of the level, in form order, with what was stored for it (blank otherwise). */
export function answersFor(level: LevelCode, stored: readonly CriterionAnswer[] = []): CriterionAnswer[] {
  const byCode = new Map(stored.map((answer) => [answer.code, answer]));
  return criteriaFor(level).map(({ code }) => ({
    code,
    judgment: isJudgment(byCode.get(code)?.judgment) ? byCode.get(code)!.judgment : null,
    motivation: byCode.get(code)?.motivation ?? '',
  }));
}

/**
 * What still blocks submission, as field errors: every criterion needs a judgment and a
 * motivation (`criteria.<code>`), the review a proposed level or an explicit "no level reached"
 * (`proposedLevel`), and feedback for the owner (`feedbackForOwner`). Confidential remarks are optional.
 */
export function submissionGaps(level: LevelCode, review: ReviewContent, options: { feasibilityVerdict?: boolean } = {}): FieldError[] {
  const gaps: FieldError[] = [];
  for (const answer of answersFor(level, review.criteria)) {
    const missing: string[] = [];
    if (answer.judgment === null) missing.push('oordeel / judgment');
    if (!answer.motivation.trim()) missing.push('motivering / motivation');
    if (missing.length) gaps.push({ field: `criteria.${answer.code}`, reason: `ontbreekt / missing: ${missing.join(', ')}` });
  }
  if (review.proposedLevel === null && !review.noLevelReached)
    gaps.push({
      field: 'proposedLevel',
      reason: 'stel een niveau voor of kies "geen niveau bereikt" / propose a level or choose "no level reached"',
    });
  if (!review.feedbackForOwner.trim())
    gaps.push({ field: 'feedbackForOwner', reason: 'feedback voor de eigenaar ontbreekt / feedback for the owner is missing' });
  // Only when the case's settings version asks for a feasibility verdict.
  if (options.feasibilityVerdict) {
    if (!review.feasibility) gaps.push({ field: 'feasibility', rule: 'required', reason: 'oordeel over de uitvoerbaarheid ontbreekt / feasibility verdict is missing' });
    if (!review.feasibilityExplanation?.trim())
      gaps.push({ field: 'feasibilityExplanation', rule: 'required', reason: 'toelichting op de uitvoerbaarheid ontbreekt / feasibility explanation is missing' });
  }
  return gaps;
}
