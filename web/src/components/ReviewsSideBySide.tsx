import type { ReactNode } from 'react';
import type { Dossier, DossierReview, ReviewJudgment } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';
import { DataTable } from './DataTable';

/**
 * Every review of the round side by side: one column per reviewer (letter, science or practice),
 * one row per criterion with the judgment and its motivation, then the proposed level, the
 * feedback for the owner and the confidential remarks. On a narrow screen the table scrolls
 * sideways inside its own focusable region, so the page itself never does.
 */
export function ReviewsSideBySide({ dossier }: { dossier: Dossier }) {
  const { t, locale, formatDate } = useI18n();
  const d = t.dossier;
  const { reviews, form } = dossier;
  if (!reviews.length) return <p className="utrecht-paragraph">{d.noReviews}</p>;

  const judgmentLabel = (code: ReviewJudgment | null) => form.judgments.find((item) => item.code === code)?.label[locale] ?? d.noAnswer;
  const text = (value: string | null | undefined) => (value && value.trim() ? value : d.noAnswer);
  const cell = (review: DossierReview, content: () => ReactNode) => (
    <td className="utrecht-table__cell reviews-grid__cell" key={review.letter}>
      {review.submitted ? content() : <span className="reviews-grid__missing">{d.notSubmitted}</span>}
    </td>
  );
  const row = (label: string, content: (review: DossierReview) => ReactNode, className = '') => (
    <tr className={`utrecht-table__row ${className}`}>
      <th className="utrecht-table__header-cell reviews-grid__criterion" scope="row">
        {label}
      </th>
      {reviews.map((review) => cell(review, () => content(review)))}
    </tr>
  );

  return (
    <>
      <p className="utrecht-paragraph reviews-grid__hint">{d.reviewsScroll}</p>
      <DataTable
        caption={d.reviewsCaption}
        className="reviews-grid"
        columns={[
          d.criterion,
          ...reviews.map((review) => (
            <>
              {d.reviewerColumn(review.letter)}
              <span className="reviews-grid__who">
                {' '}
                – {d.kind[review.kind] ?? review.kind} {d.reviewerName(review.reviewer.name)}
              </span>
            </>
          )),
        ]}
      >
        {form.criteria.map((criterion) => (
          <tr className="utrecht-table__row" key={criterion.code}>
            <th className="utrecht-table__header-cell reviews-grid__criterion" scope="row">
              {criterion.label[locale]}
            </th>
            {reviews.map((review) =>
              cell(review, () => {
                const answer = review.criteria?.find((item) => item.code === criterion.code);
                return (
                  <>
                    <strong className={`judgment judgment--${answer?.judgment ?? 'none'}`}>{judgmentLabel(answer?.judgment ?? null)}</strong>
                    <p className="utrecht-paragraph reviews-grid__text">{text(answer?.motivation)}</p>
                  </>
                );
              }),
            )}
          </tr>
        ))}
        {row(
          d.proposedLevel,
          (review) => <strong>{review.proposedLevel ? t.levels[review.proposedLevel] : d.notRecognised}</strong>,
          'reviews-grid__conclusion',
        )}
        {row(d.feedbackForOwner, (review) => <p className="utrecht-paragraph reviews-grid__text">{text(review.feedbackForOwner)}</p>)}
        {row(d.confidentialRemarks, (review) => <p className="utrecht-paragraph reviews-grid__text">{text(review.confidentialRemarks)}</p>)}
        {row(d.submittedAt, (review) => (review.submittedAt ? formatDate(review.submittedAt) : d.noAnswer))}
      </DataTable>
    </>
  );
}
