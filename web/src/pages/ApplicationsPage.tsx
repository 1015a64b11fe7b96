import { api } from '../api/client';
import { ApplicationList } from '../components/ApplicationList';
import { ButtonLink } from '../components/Button';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';
import { StaffApplicationsList } from './StaffApplicationsList';

/** Roles that get the searchable staff list (GET /staff/applications); everyone else their own applications. */
const STAFF_ROLES = ['secretary', 'coach', 'chair', 'committee_member'];

/** "Mijn aanmeldingen" for owners; for staff every application they are involved in, searchable. */
export function ApplicationsPage() {
  const { t } = useI18n();
  const user = useSession().user!;
  const isOwner = user.roles.includes('owner');
  const isStaff = !isOwner && user.roles.some((role) => STAFF_ROLES.includes(role));
  return (
    <>
      <PageHeading>{isOwner ? t.list.myTitle : t.list.allTitle}</PageHeading>
      <p className="utrecht-paragraph">{t.list.intro}</p>
      {isStaff ? <StaffApplicationsList /> : <OwnApplications isOwner={isOwner} />}
    </>
  );
}

function OwnApplications({ isOwner }: { isOwner: boolean }) {
  const { t } = useI18n();
  const applications = useResource(() => api.applications(), 'all');
  return (
    <>
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
