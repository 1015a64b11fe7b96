import type { ReactNode } from 'react';
import type { DecisionView, ObjectionView } from '../api/dossier-api';
import { useI18n } from '../i18n/i18n';

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{name}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd preserve-lines">{children}</dd>
    </div>
  );
}

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
            <Row name={d.verdict}>
              {decision.verdictLabel[locale]}
              {decision.level ? `, ${t.levels[decision.level]}` : ''}
              {decision.supersededBy ? ` (${d.superseded})` : ''}
              {decision.departsFromPanel ? ` – ${d.departs}` : ''}
            </Row>
            {decision.motivation && <Row name={d.motivation}>{decision.motivation}</Row>}
            {decision.conditions && <Row name={d.conditions}>{decision.conditions}</Row>}
            {decision.conditionsDeadline && <Row name={d.conditionsDeadline}>{formatDate(decision.conditionsDeadline)}</Row>}
            {decision.questions && <Row name={d.questions}>{decision.questions}</Row>}
          </dl>
          {objections
            .filter((objection) => objection.decisionId === decision.id)
            .map((objection) => (
              <dl className="utrecht-data-list utrecht-data-list--rows objection-entry" key={objection.id}>
                <Row name={d.objectionOf(formatDate(objection.lodgedAt))}>{objection.grounds}</Row>
                <Row name={d.outcome}>{objection.outcome ? d.objectionOutcome[objection.outcome] : d.objectionOpen}</Row>
                {objection.motivation && <Row name={d.motivation}>{objection.motivation}</Row>}
              </dl>
            ))}
        </article>
      ))}
    </>
  );
}
