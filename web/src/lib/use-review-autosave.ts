import { useState } from 'react';
import { reviewApi, type ReviewChanges, type ReviewForm } from '../api/review-api';
import { useI18n } from '../i18n/i18n';
import { errorMessage } from './field-errors';
import { useAutosave } from './use-autosave';

export type ReviewContent = Required<
  Pick<ReviewChanges, 'criteria' | 'proposedLevel' | 'noLevelReached' | 'feedbackForOwner' | 'confidentialRemarks' | 'feasibility' | 'feasibilityExplanation'>
>;

function contentOf(form: ReviewForm): ReviewContent {
  return {
    criteria: form.criteria.map(({ code, judgment, motivation }) => ({ code, judgment, motivation })),
    proposedLevel: form.proposedLevel,
    noLevelReached: form.noLevelReached,
    feedbackForOwner: form.feedbackForOwner,
    confidentialRemarks: form.confidentialRemarks,
    feasibility: form.feasibility,
    feasibilityExplanation: form.feasibilityExplanation,
  };
}

/** The review draft, saved whole with a debounced PUT; `cancelPending` before submitting it. */
export function useReviewAutosave(applicationId: string, initial: ReviewForm) {
  const { t } = useI18n();
  const [savedAt, setSavedAt] = useState<string | null>(initial.updatedAt);
  const draft = useAutosave<ReviewContent>({
    initial: contentOf(initial),
    save: async (content) => {
      const result = await reviewApi.save(applicationId, content);
      setSavedAt(result.updatedAt);
      return content;
    },
    refusal: (error) => ({ status: 'failed', message: errorMessage(error, t) }),
  });
  return { ...draft, content: draft.value, savedAt };
}
