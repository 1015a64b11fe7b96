import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { decisionApi, decisionLetterUrl, standingDecision, type DecisionView, type DecisionWithFeedback, type DecisionsOverview, type ObjectionView } from '../api/decision-api';
import type { ApplicationView } from '../api/types';
import { BackLink } from '../components/BackLink';
import { useConfirmation } from '../components/Confirmation';
import { DataListRow } from '../components/DataListRow';
import { LoadError, Loading } from '../components/Loading';
import { ObjectionForm } from '../components/ObjectionForm';
import { PageHeading } from '../components/PageHeading';
import { RevisionForm } from '../components/RevisionForm';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';

/**
 * The committee's decision on one application, for its owners and the staff who may see it: the
 * decision that stands (verdict, level, explanation, conditions or questions), the letter, the
 * reviewers' feedback by letter only, the objection, and the owner's objection and revision
 * forms when allowedActions lists them. Anyone else gets "not found", as the API answers 404.
 */
export function DecisionPage() {
  const { id = '' } = useParams();
  const { t, formatDate } = useI18n();
  const d = t.decision;
  const application = useResource(() => api.application(id), id);
  const overview = useResource(() => decisionApi.decisions(id), id);
  const confirmation = useConfirmation();

  if ([application.error, overview.error].some((error) => error instanceof ApiError && error.status === 404)) return <NotFoundPage kind="application" />;
  const view = application.data;
  const data = overview.data;
  if (!view || !data) {
    const failed = application.error ? application : overview.error ? overview : null;
    return (
      <>
        <PageHeading>{d.loadingTitle}</PageHeading>
        {failed ? <LoadError error={failed.error} onRetry={failed.reload} /> : <Loading />}
      </>
    );
  }

  function done(next: ApplicationView, message: string) {
    application.setData(next);
    void overview.reload();
    confirmation.confirm(message);
  }

  const standing = standingDecision(data);
  const earlier = data.decisions.filter((decision) => decision !== standing).reverse();
  const allowed = (action: string) => view.allowedActions.includes(action);
  const common = { view, onDone: done, onReload: application.reload };

  return (
    <>
      <PageHeading title={d.title(view.name)}>{d.title(view.name)}</PageHeading>
      <BackLink to={`/aanmeldingen/${view.id}`}>{d.backToApplication}</BackLink>
      {confirmation.status}

      {!standing ? (
        <p className="utrecht-paragraph">{view.state === 'letterDraft' ? d.letterBeingPrepared : d.noDecision}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{d.intro}</p>
          <section aria-labelledby="decision-heading" className="section">
            <h2 className="utrecht-heading-2" id="decision-heading">
              {standing.kind === 'objection' ? d.objectionDecisionOf(formatDate(standing.decidedAt)) : d.decisionOf(formatDate(standing.decidedAt))}
            </h2>
            <DecisionFacts decision={standing} />
            {view.state === 'decided.conditionallyRecognised' && standing.conditionsDeadline && (
              <p className="utrecht-paragraph">{d.conditionsNote(formatDate(standing.conditionsDeadline))}</p>
            )}
          </section>

          <section aria-labelledby="letter-heading" className="section">
            <h2 className="utrecht-heading-2" id="letter-heading">
              {d.letterTitle}
            </h2>
            <p className="utrecht-paragraph">{d.letterText}</p>
            {standing.coveringMessage && (
              <>
                <p className="utrecht-paragraph">
                  <strong>{t.letter.coveringMessageReceived}</strong>
                </p>
                <blockquote className="question preserve-lines">{standing.coveringMessage}</blockquote>
              </>
            )}
            <p className="utrecht-paragraph">
              <a className="utrecht-link utrecht-link--html-a" href={decisionLetterUrl(view.id)} download>
                {d.downloadLetter}
              </a>
            </p>
          </section>

          <Feedback decision={standing} />
          <Listing listing={data.listing} />
          <Objections objections={data.objections} />

          {allowed('LODGE_OBJECTION') && <ObjectionForm {...common} decision={standing} />}
          {allowed('SUBMIT_REVISION') && <RevisionForm {...common} decision={standing} />}

          {earlier.length > 0 && (
            <section aria-labelledby="earlier-heading" className="section">
              <h2 className="utrecht-heading-2" id="earlier-heading">
                {d.previousTitle}
              </h2>
              {earlier.map((decision) => (
                <article key={decision.id} aria-labelledby={`decision-${decision.id}`}>
                  <h3 className="utrecht-heading-3" id={`decision-${decision.id}`}>
                    {decision.kind === 'objection' ? d.objectionDecisionOf(formatDate(decision.decidedAt)) : d.decisionOf(formatDate(decision.decidedAt))}
                  </h3>
                  {decision.supersededBy && <p className="utrecht-paragraph">{d.replaced}</p>}
                  <DecisionFacts decision={decision} />
                </article>
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}

function DecisionFacts({ decision }: { decision: DecisionView }) {
  const { t, formatDate } = useI18n();
  const d = t.decision;
  const f = d.fields;
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows facts">
      <DataListRow name={f.verdict}>{label(d.verdicts, decision.verdict)}</DataListRow>
      {decision.level && <DataListRow name={f.level}>{label(t.levels, decision.level)}</DataListRow>}
      <DataListRow name={f.decidedAt}>{formatDate(decision.decidedAt)}</DataListRow>
      <DataListRow name={f.motivation}>{decision.motivation ?? d.noMotivation}</DataListRow>
      {decision.conditions && <DataListRow name={f.conditions}>{decision.conditions}</DataListRow>}
      {decision.conditionsDeadline && <DataListRow name={f.conditionsDeadline}>{formatDate(decision.conditionsDeadline)}</DataListRow>}
      {decision.conditionsMetAt && <DataListRow name={f.conditionsMetAt}>{formatDate(decision.conditionsMetAt)}</DataListRow>}
      {decision.lapsedAt && <DataListRow name={f.lapsedAt}>{formatDate(decision.lapsedAt)}</DataListRow>}
      {decision.questions && <DataListRow name={f.questions}>{decision.questions}</DataListRow>}
      {decision.revisionAnswers && <DataListRow name={f.revisionAnswers}>{decision.revisionAnswers}</DataListRow>}
      {decision.revisionSubmittedAt && <DataListRow name={f.revisionSubmittedAt}>{formatDate(decision.revisionSubmittedAt)}</DataListRow>}
    </dl>
  );
}

/** The panel's feedback for the owner, by reviewer letter only. */
function Feedback({ decision }: { decision: DecisionWithFeedback }) {
  const { t } = useI18n();
  const d = t.decision;
  return (
    <section aria-labelledby="feedback-heading" className="section">
      <h2 className="utrecht-heading-2" id="feedback-heading">
        {d.feedbackTitle}
      </h2>
      {decision.feedback.length === 0 ? (
        <p className="utrecht-paragraph">{d.noFeedback}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{d.feedbackIntro}</p>
          {decision.feedback.map((item) => (
            <div key={item.letter} className="decision-feedback">
              <h3 className="utrecht-heading-3">{d.reviewer(item.letter)}</h3>
              <blockquote className="question preserve-lines">{item.text}</blockquote>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

function Listing({ listing }: { listing: DecisionsOverview['listing'] }) {
  const { t } = useI18n();
  const d = t.decision;
  if (!listing) return null;
  return (
    <section aria-labelledby="listing-heading" className="section">
      <h2 className="utrecht-heading-2" id="listing-heading">
        {d.listingTitle}
      </h2>
      <p className="utrecht-paragraph">
        {listing.listed ? d.listingText : d.listingWithdrawn}{' '}
        {listing.listed && (
          <Link reloadDocument className="utrecht-link utrecht-link--html-a" to={`/interventies/${encodeURIComponent(listing.slug)}`}>
            {d.viewListing}
          </Link>
        )}
      </p>
    </section>
  );
}

function Objections({ objections }: { objections: ObjectionView[] }) {
  const { t, formatDate } = useI18n();
  const d = t.decision;
  if (objections.length === 0) return null;
  return (
    <section aria-labelledby="objections-heading" className="section">
      <h2 className="utrecht-heading-2" id="objections-heading">
        {d.objectionsTitle}
      </h2>
      {objections.map((objection) => (
        <dl key={objection.id} className="utrecht-data-list utrecht-data-list--rows facts">
          <DataListRow name={d.lodgedOn}>{formatDate(objection.lodgedAt)}</DataListRow>
          <DataListRow name={d.objectionGrounds}>{objection.grounds}</DataListRow>
          <DataListRow name={d.objectionStatus}>{label(d.objectionOutcome, objection.outcome ?? 'pending')}</DataListRow>
          {objection.resolvedAt && <DataListRow name={d.resolvedOn}>{formatDate(objection.resolvedAt)}</DataListRow>}
          {objection.motivation && <DataListRow name={d.objectionMotivation}>{objection.motivation}</DataListRow>}
        </dl>
      ))}
    </section>
  );
}
