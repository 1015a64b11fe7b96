import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { ListingDetail } from '../components/ListingDetail';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import '../components/databank-and-inbox.css';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';

/** One intervention in the public databank: its public fields and how to reach the owner (no login). */
export function InterventionPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const listing = useResource(() => api.listing(slug), slug);
  const back = (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link utrecht-link--html-a" to="/interventies">
        {t.databank.back}
      </Link>
    </p>
  );

  if (listing.error instanceof ApiError && listing.error.status === 404)
    return (
      <>
        <PageHeading>{t.databank.notFoundTitle}</PageHeading>
        <p className="utrecht-paragraph">{t.databank.notFoundText}</p>
        {back}
      </>
    );
  const view = listing.data;
  if (!view)
    return (
      <>
        <PageHeading>{t.databank.title}</PageHeading>
        {listing.error ? <LoadError error={listing.error} onRetry={listing.reload} /> : <Loading />}
      </>
    );

  return (
    <>
      <PageHeading title={view.title}>{view.title}</PageHeading>
      {back}
      <ListingDetail view={view} />
    </>
  );
}
