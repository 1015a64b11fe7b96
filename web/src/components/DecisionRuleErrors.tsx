import type { ApiError } from '../api/client';
import { CONDITIONS_PERIOD_MONTHS, type BrokenRule, type PanelSummary } from '../api/dossier-api';
import type { LevelCode } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { localizeReason, type FieldErrors } from '../lib/field-errors';

/** What the explanations need besides the rule: the panel and the level the chair asked for. */
export interface RuleContext {
  panel: PanelSummary;
  targetLevel: LevelCode;
  /** Active panel members (a review per member is needed). */
  panelSize: number;
  level: LevelCode | null;
}

/**
 * Turns the API's 400 DECISION_RULES_BROKEN into an explanation per field, in the user's language,
 * worded from the rule code and the panel's tally (src/committee/decision-rules.ts). A code this
 * screen does not know yet keeps the API's own bilingual message. Several rules on one field are
 * joined, so none is lost.
 */
export function useDecisionRuleErrors() {
  const { t, locale } = useI18n();
  const d = t.dossier;

  const levelName = (level: LevelCode | null) => (level ? t.levels[level] : d.noLevel);

  function explain(rule: BrokenRule, context: RuleContext): string {
    const { panel, level } = context;
    const n = panel.reviews;
    const needed = Math.max(panel.requiredReviews, context.panelSize);
    const supporters = level ? panel.support[level] : 0;
    switch (rule.code) {
      case 'LEVEL_REQUIRED':
        return d.rules.LEVEL_REQUIRED();
      case 'NOT_APPLICABLE':
        return d.rules.NOT_APPLICABLE(rule.field);
      case 'REVIEWS_INCOMPLETE':
        return d.rules.REVIEWS_INCOMPLETE(n, needed);
      case 'PANEL_COMPOSITION':
        return d.rules.PANEL_COMPOSITION(levelName(level));
      case 'EFFECT_LEVEL_NEEDS_EFFECT_TARGET':
        return d.rules.EFFECT_LEVEL_NEEDS_EFFECT_TARGET(levelName(level), levelName(context.targetLevel));
      case 'LEVEL_ABOVE_TARGET':
        return d.rules.LEVEL_ABOVE_TARGET(levelName(level), levelName(context.targetLevel));
      case 'LEVEL_ABOVE_PANEL':
        return d.rules.LEVEL_ABOVE_PANEL(levelName(level), levelName(panel.supportedLevel));
      case 'MAJORITY_REQUIRED':
        return d.rules.MAJORITY_REQUIRED(supporters, n, panel.majority);
      case 'UNANIMITY_REQUIRED':
        return d.rules.UNANIMITY_REQUIRED(levelName(level), supporters, n);
      case 'CONDITIONS_REQUIRED':
        return d.rules.CONDITIONS_REQUIRED();
      case 'CONDITIONS_DEADLINE_INVALID':
        return d.rules.CONDITIONS_DEADLINE_INVALID(CONDITIONS_PERIOD_MONTHS);
      case 'QUESTIONS_REQUIRED':
        return d.rules.QUESTIONS_REQUIRED();
      case 'MOTIVATION_REQUIRED':
        return d.rules.MOTIVATION_REQUIRED();
      case 'DEPARTURE_NEEDS_MOTIVATION':
        return d.rules.DEPARTURE_NEEDS_MOTIVATION(levelName(panel.supportedLevel));
      default:
        return localizeReason(rule.message, locale);
    }
  }

  /** Field errors for a refusal by the decision rules; undefined for any other error. */
  return (error: ApiError, context: RuleContext): FieldErrors | undefined => {
    if (error.code !== 'DECISION_RULES_BROKEN' || !Array.isArray(error.body.rules)) return undefined;
    const errors: FieldErrors = {};
    for (const rule of error.body.rules as BrokenRule[]) {
      const text = explain(rule, context);
      errors[rule.field] = errors[rule.field] ? `${errors[rule.field]} ${text}` : text;
    }
    return errors;
  };
}
