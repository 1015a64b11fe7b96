import type { DossierReview, PanelSummary } from '../api/dossier-api';
import { LEVEL_CODES, type LevelCode } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { DataTable } from './DataTable';

/**
 * How many reviewers proposed which level (and who), how many support each level or higher, and
 * how many that level needs (DOMAIN.md: Goed beschreven by majority, higher levels unanimously,
 * never above the level applied for). Only levels up to the target level or proposed by someone.
 */
export function PanelTally({ panel, reviews, targetLevel }: { panel: PanelSummary; reviews: DossierReview[]; targetLevel: LevelCode }) {
  const { t } = useI18n();
  const d = t.dossier;
  const submitted = reviews.filter((review) => review.submitted);
  const rank = (level: LevelCode) => LEVEL_CODES.indexOf(level);
  const levels = LEVEL_CODES.filter((level) => rank(level) <= rank(targetLevel) || panel.tally[level] > 0);
  const letters = (level: LevelCode | null) =>
    submitted
      .filter((review) => review.proposedLevel === level)
      .map((review) => review.letter)
      .join(', ');
  const proposedBy = (count: number, who: string) => (count === 0 ? d.nobody : `${count} (${who})`);

  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{panel.supportedLevel ? d.supported(t.levels[panel.supportedLevel]) : d.supportsNothing}</strong>
      </p>
      <p className="utrecht-paragraph">
        {d.reviewsIn(panel.reviews, Math.max(panel.requiredReviews, reviews.length))} {d.majorityRule(panel.majority, panel.reviews)}
      </p>
      <DataTable caption={d.tallyCaption} className="panel-tally" columns={[d.tallyLevel, d.tallyProposed, d.tallySupport, d.tallyNeeded]}>
        {levels.map((level) => (
          <tr className={`utrecht-table__row ${panel.supportedLevel === level ? 'panel-tally__supported' : ''}`} key={level}>
            <th className="utrecht-table__header-cell" scope="row">
              {t.levels[level]}
            </th>
            <td className="utrecht-table__cell">{proposedBy(panel.tally[level], letters(level))}</td>
            <td className="utrecht-table__cell">{panel.support[level]}</td>
            <td className="utrecht-table__cell">{level === 'goed_beschreven' ? panel.majority : panel.reviews}</td>
          </tr>
        ))}
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="row">
            {d.notRecognised}
          </th>
          <td className="utrecht-table__cell">{proposedBy(panel.tally.not_recognised, letters(null))}</td>
          <td className="utrecht-table__cell">{d.notApplicable}</td>
          <td className="utrecht-table__cell">{d.notApplicable}</td>
        </tr>
      </DataTable>
    </>
  );
}
