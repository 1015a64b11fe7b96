import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import { dossierApi, type DecisionResult } from '../api/dossier-api';
import { BackLink } from '../components/BackLink';
import { useConfirmation } from '../components/Confirmation';
import { DecisionForm } from '../components/DecisionForm';
import { DecisionLetterDraft } from '../components/DecisionLetterDraft';
import { DecisionHistory } from '../components/DecisionHistory';
import { DecisionObjectionForm } from '../components/DecisionObjectionForm';
import { DossierDescription } from '../components/DossierDescription';
import { DossierDocuments } from '../components/DossierDocuments';
import { DossierFacts } from '../components/DossierFacts';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { PanelTally } from '../components/PanelTally';
import { ReviewsSideBySide } from '../components/ReviewsSideBySide';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';
import '../dossier.css';

/**
 * The case as the committee judges it: the facts, the documents, the panel's tally, every review
 * side by side, the decisions so far and the description as submitted. The chair records the
 * decision, or resolves an objection, here, when the API lists that action for them. Anyone the
 * API refuses the dossier (403 or 404) sees "not found".
 */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const d = t.dossier;
  const dossier = useResource(() => dossierApi.dossier(id), id);
  const confirmation = useConfirmation();

  if (dossier.error instanceof ApiError && (dossier.error.status === 404 || dossier.error.status === 403)) return <NotFoundPage kind="application" />;
  const data = dossier.data;
  if (!data) {
    return (
      <>
        <PageHeading>{d.loadingTitle}</PageHeading>
        {dossier.error ? <LoadError error={dossier.error} onRetry={dossier.reload} /> : <Loading />}
      </>
    );
  }

  const { application } = data;
  const allowed = (action: string) => application.allowedActions.includes(action);

  async function done(_result: DecisionResult, message: string) {
    await dossier.reload();
    confirmation.confirm(message);
  }

  return (
    <>
      <PageHeading title={d.title(application.name)}>{d.title(application.name)}</PageHeading>
      <BackLink to={`/aanmeldingen/${application.id}`}>{d.backToApplication}</BackLink>
      {confirmation.status}

      <section aria-labelledby="facts-heading" className="section">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {d.factsTitle}
        </h2>
        <DossierFacts dossier={data} />
      </section>

      <section aria-labelledby="tally-heading" className="section">
        <h2 className="utrecht-heading-2" id="tally-heading">
          {d.tallyTitle}
        </h2>
        <PanelTally panel={data.panel} reviews={data.reviews} targetLevel={application.targetLevel} />
      </section>

      <section aria-labelledby="reviews-heading" className="section">
        <h2 className="utrecht-heading-2" id="reviews-heading">
          {d.reviewsTitle}
        </h2>
        <ReviewsSideBySide dossier={data} />
      </section>

      {/* Before the meeting begins the chair is told from when; the API lists the action only from then on. */}
      {(allowed('RECORD_DECISION') || (data.decidableFrom && application.kinds.includes('chair'))) && (
        <DecisionForm dossier={data} onDone={done} onReload={dossier.reload} />
      )}
      <DecisionLetterDraft view={application} onSent={(_view, message) => void dossier.reload().then(() => confirmation.confirm(message))} onReload={dossier.reload} />
      {allowed('RESOLVE_OBJECTION') && <DecisionObjectionForm dossier={data} onDone={done} onReload={dossier.reload} />}

      <section aria-labelledby="history-heading" className="section">
        <h2 className="utrecht-heading-2" id="history-heading">
          {d.historyTitle}
        </h2>
        <DecisionHistory decisions={data.decisions} objections={data.objections} />
      </section>

      <section aria-labelledby="documents-heading" className="section">
        <h2 className="utrecht-heading-2" id="documents-heading">
          {d.documentsTitle}
        </h2>
        <DossierDocuments documents={data.documents} />
      </section>

      <section aria-labelledby="description-heading" className="section">
        <h2 className="utrecht-heading-2" id="description-heading">
          {d.descriptionTitle}
        </h2>
        <DossierDescription description={data.description} />
      </section>
    </>
  );
}
