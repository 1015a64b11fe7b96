import type { DecisionView, ObjectionView } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';
import { DataListRow } from './DataListRow';

/** The decisions taken on the case so far and the objections against them, oldest first. */
export function DecisionHistory({ decisions, objections }: { decisions: DecisionView[]; objections: ObjectionView[] }) {
  const { t, locale, formatDate } = useI18n();
  const d = t.dossier;
  if (!decisions.length) return <p className="utrecht-paragraph">{d.noDecisions}</p>;
  return (
    <>
      {decisions.map((decision) => (
        <article className="decision-entry" key={decision.id} aria-labelledby={`decision-${decision.id}`}>
          <h3 className="utrecht-heading-3" id={`decision-${decision.id}`}>
            {(decision.kind === 'objection' ? d.objectionDecisionOf : d.decisionOf)(formatDate(decision.decidedAt))}
          </h3>
          <dl className="utrecht-data-list utrecht-data-list--rows">
            <DataListRow name={d.verdict}>
              {decision.verdictLabel[locale]}
              {decision.level ? `, ${t.levels[decision.level]}` : ''}
              {decision.supersededBy ? ` (${d.superseded})` : ''}
              {decision.departsFromPanel ? ` – ${d.departs}` : ''}
            </DataListRow>
            {decision.motivation && <DataListRow name={d.motivation}>{decision.motivation}</DataListRow>}
            {decision.conditions && <DataListRow name={d.conditions}>{decision.conditions}</DataListRow>}
            {decision.conditionsDeadline && <DataListRow name={d.conditionsDeadline}>{formatDate(decision.conditionsDeadline)}</DataListRow>}
            {decision.questions && <DataListRow name={d.questions}>{decision.questions}</DataListRow>}
          </dl>
          {objections
            .filter((objection) => objection.decisionId === decision.id)
            .map((objection) => (
              <dl className="utrecht-data-list utrecht-data-list--rows objection-entry" key={objection.id}>
                <DataListRow name={d.objectionOf(formatDate(objection.lodgedAt))}>{objection.grounds}</DataListRow>
                <DataListRow name={d.outcome}>{objection.outcome ? d.objectionOutcome[objection.outcome] : d.objectionOpen}</DataListRow>
                {objection.motivation && <DataListRow name={d.motivation}>{objection.motivation}</DataListRow>}
              </dl>
            ))}
        </article>
      ))}
    </>
  );
}
