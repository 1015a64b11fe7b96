import { api } from '../api/client';
import { ApplicationList } from '../components/ApplicationList';
import { ButtonLink } from '../components/Button';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';

/** "Mijn aanmeldingen" for owners; for staff every application they are involved in. */
export function ApplicationsPage() {
  const { t } = useI18n();
  const user = useSession().user!;
  const isOwner = user.roles.includes('owner');
  const applications = useResource(() => api.applications(), 'all');

  return (
    <>
      <PageHeading>{isOwner ? t.list.myTitle : t.list.allTitle}</PageHeading>
      <p className="utrecht-paragraph">{t.list.intro}</p>
      {isOwner && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/aanmeldingen/nieuw" variant="primary">
            {t.list.start}
          </ButtonLink>
        </p>
      )}
      {applications.error ? (
        <LoadError error={applications.error} onRetry={applications.reload} />
      ) : !applications.data ? (
        <Loading />
      ) : applications.data.length === 0 ? (
        <p className="utrecht-paragraph">{isOwner ? t.list.empty : t.list.emptyStaff}</p>
      ) : (
        <ApplicationList applications={applications.data} ownerView={isOwner} />
      )}
    </>
  );
}
