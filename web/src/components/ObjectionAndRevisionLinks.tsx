import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ButtonLink } from './Button';

/**
 * The owner's answers to a decision (LODGE_OBJECTION, SUBMIT_REVISION) are given on the decision
 * page, next to the decision and the feedback they answer; the application page links there.
 */
export function ObjectionAndRevisionLinks({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  const d = t.decision;
  const objection = view.allowedActions.includes('LODGE_OBJECTION');
  const revision = view.allowedActions.includes('SUBMIT_REVISION');
  if (!objection && !revision) return null;
  return (
    <section className="panel" aria-labelledby="action-decision-response">
      <h3 className="utrecht-heading-3" id="action-decision-response">
        {d.ownerStepsTitle}
      </h3>
      {revision && <p className="utrecht-paragraph">{d.revisionRequested}</p>}
      {objection && <p className="utrecht-paragraph">{d.objectionPossible}</p>}
      <ButtonLink to={`/aanmeldingen/${view.id}/besluit`} variant="primary">
        {revision ? d.openRevision : d.openObjection}
      </ButtonLink>
    </section>
  );
}
