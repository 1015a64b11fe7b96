import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import { reviewApi } from '../api/review-api';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { DossierDocuments } from '../components/DossierDocuments';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { WerkbladAsSubmitted } from '../components/WerkbladAsSubmitted';
import { useI18n } from '../i18n/i18n';
import { useHashTarget } from '../lib/use-hash-target';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';
import '../review.css';

/**
 * What a panel member judges, on one printable page: the application in brief, the target level
 * with what it asks and the criteria, the documents, and the werkblad as submitted for assessment.
 * Anyone the API refuses (not, or not yet, on the panel) sees "not found".
 */
export function ReviewMaterialPage() {
  const { applicationId = '' } = useParams();
  const { t, locale } = useI18n();
  const r = t.review;
  const material = useResource(() => reviewApi.material(applicationId), applicationId);
  useHashTarget(material.data !== undefined);
  if (material.error instanceof ApiError && (material.error.status === 404 || material.error.status === 403)) return <NotFoundPage kind="application" />;
  const data = material.data;
  if (!data) {
    return (
      <>
        <PageHeading>{t.dossier.loadingTitle}</PageHeading>
        {material.error ? <LoadError error={material.error} onRetry={material.reload} /> : <Loading />}
      </>
    );
  }
  const { application, targetLevel } = data;
  const level = t.levels[targetLevel.code];
  return (
    <>
      <PageHeading title={r.materialTitle(application.name)}>{r.materialTitle(application.name)}</PageHeading>
      <div className="no-print review-material-nav">
        <BackLink to={`/beoordelingen/${application.id}`}>{r.toReviewForm}</BackLink>
        <Button onClick={() => window.print()}>{r.print}</Button>
      </div>
      <p className="utrecht-paragraph">{r.materialIntro}</p>
      <dl className="card__facts">
        <dt>{r.reference}</dt>
        <dd>{application.reference}</dd>
        {application.organisation && (
          <>
            <dt>{r.organisation}</dt>
            <dd>{application.organisation}</dd>
          </>
        )}
        <dt>{r.targetLevel}</dt>
        <dd>{level}</dd>
      </dl>
      {application.summary && (
        <>
          <h2 className="utrecht-heading-2">{r.summary}</h2>
          <p className="utrecht-paragraph review-readonly__text">{application.summary}</p>
        </>
      )}

      <section aria-labelledby="level-title" className="section">
        <h2 className="utrecht-heading-2" id="level-title" tabIndex={-1}>
          {r.materialLevel}
        </h2>
        <h3 className="utrecht-heading-3">{r.levelAsks(level)}</h3>
        <p className="utrecht-paragraph">{targetLevel.meaning[locale]}</p>
        <p className="utrecht-paragraph">{r.criteriaIntro}</p>
        <dl className="review-readonly">
          {data.criteria.map((criterion) => (
            <div key={criterion.code} className="review-readonly__item">
              <dt>{criterion.label[locale]}</dt>
              <dd>{criterion.question[locale]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="documents-title" className="section">
        <h2 className="utrecht-heading-2" id="documents-title">
          {r.materialDocuments}
        </h2>
        {data.documents.length ? <DossierDocuments documents={data.documents} /> : <p className="utrecht-paragraph">{r.noDocumentsYet}</p>}
      </section>

      <section aria-labelledby="werkblad-title" className="section">
        <h2 className="utrecht-heading-2" id="werkblad-title" tabIndex={-1}>
          {r.materialWerkblad}
        </h2>
        <WerkbladAsSubmitted description={data.description} />
      </section>
    </>
  );
}
