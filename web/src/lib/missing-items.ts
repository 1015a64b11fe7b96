import type { MissingItem } from '../api/types';
import { label } from '../i18n/i18n';
import type { Messages } from '../i18n/nl';

/** The words for one item of the API's readiness list (or of a STEP_NOT_READY refusal), in the user's language. */
export function missingItemText(item: MissingItem, t: Messages): string {
  const words = t.owner.readiness.items;
  switch (item.code) {
    case 'intake_field_missing':
      return words.intake_field_missing(label(t.wizard.fields, item.params.field ?? ''));
    case 'werkblad_not_ready':
      return item.params.werkblad === 'feedbackRequested' ? words.werkblad_feedback_requested : words.werkblad_not_ready;
    case 'effect_study_missing':
      return words.effect_study_missing(label(t.levels, item.params.targetLevel ?? ''));
    case 'handbook_missing':
    case 'process_evaluation_missing':
      return words[item.code];
    default:
      return (item as { code: string }).code;
  }
}

/** The `missing` list of a STEP_NOT_READY refusal's body. */
export function missingItemsFromBody(body: Record<string, unknown>): MissingItem[] {
  return Array.isArray(body.missing) ? (body.missing as MissingItem[]) : [];
}
