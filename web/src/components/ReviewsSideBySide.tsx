import type { ReactNode } from 'react';
import type { Dossier, DossierReview, ReviewJudgment } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';

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
      <div className="table-scroll reviews-grid__scroll" role="region" aria-labelledby="reviews-grid-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table reviews-grid">
          <caption className="utrecht-table__caption" id="reviews-grid-caption">
            {d.reviewsCaption}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {d.criterion}
              </th>
              {reviews.map((review) => (
                <th className="utrecht-table__header-cell" scope="col" key={review.letter}>
                  {d.reviewerColumn(review.letter)}
                  <span className="reviews-grid__who">
                    {' '}
                    – {d.kind[review.kind] ?? review.kind} {d.reviewerName(review.reviewer.name)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
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
          </tbody>
        </table>
      </div>
    </>
  );
}
