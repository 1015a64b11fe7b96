import { decisionApi, standingDecision } from '../api/decision-api';
import type { ApplicationView } from '../api/types';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { ButtonLink } from './Button';
import { LoadError } from './Loading';

/**
 * On the application page: the decision that stands, in one line, with the way to the decision
 * page (the full decision, the letter and the feedback). Nothing while there is no decision.
 */
export function DecisionSummary({ view }: { view: ApplicationView }) {
  const { t, formatDate } = useI18n();
  const d = t.decision;
  const decisions = useResource(() => (view.decided ? decisionApi.decisions(view.id) : Promise.resolve(null)), `${view.id}:${view.version}`);
  if (!view.decided) return null;
  const decision = decisions.data ? standingDecision(decisions.data) : undefined;
  if (!decisions.error && !decision) return null;
  return (
    <section aria-labelledby="decision-summary-heading" className="section">
      <h2 className="utrecht-heading-2" id="decision-summary-heading">
        {d.summaryTitle}
      </h2>
      {decisions.error ? (
        <LoadError error={decisions.error} onRetry={decisions.reload} />
      ) : (
        decision && (
          <>
            <p className="utrecht-paragraph">
              {d.summaryText(
                decision.level ? `${label(d.verdicts, decision.verdict)} – ${label(t.levels, decision.level)}` : label(d.verdicts, decision.verdict),
                formatDate(decision.decidedAt),
              )}
            </p>
            <ButtonLink to={`/aanmeldingen/${view.id}/besluit`}>{d.openDecision}</ButtonLink>
          </>
        )
      )}
    </section>
  );
}
