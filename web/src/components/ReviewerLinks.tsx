import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ButtonGroup, ButtonLink } from './Button';

/** On the application page, for a member of its panel: the way to the material to judge and to their own review. */
export function ReviewerLinks({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  if (!view.kinds.includes('reviewer')) return null;
  return (
    <section aria-labelledby="reviewer-links-heading" className="section">
      <h2 className="utrecht-heading-2" id="reviewer-links-heading">
        {t.review.reviewStatusLabel}
      </h2>
      <p className="utrecht-paragraph">{t.review.materialIntro}</p>
      <ButtonGroup>
        <ButtonLink to={`/beoordelingen/${view.id}/dossier`} variant="primary">
          {t.review.openMaterial}
        </ButtonLink>
        <ButtonLink to={`/beoordelingen/${view.id}`}>{t.review.toReviewForm}</ButtonLink>
      </ButtonGroup>
    </section>
  );
}
