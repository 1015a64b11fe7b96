import { api } from '../api/client';
import { ApplicationList } from '../components/ApplicationList';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';

/** The coach's caseload: the applications they guide, with days in the current state. */
export function CaseloadPage() {
  const { t } = useI18n();
  const user = useSession().user!;
  const caseload = useResource(async () => (await api.applications()).filter((application) => application.coachId === user.id), user.id);

  return (
    <>
      <PageHeading>{t.caseload.title}</PageHeading>
      <p className="utrecht-paragraph">{t.caseload.intro}</p>
      {caseload.error ? (
        <LoadError error={caseload.error} onRetry={caseload.reload} />
      ) : !caseload.data ? (
        <Loading />
      ) : caseload.data.length === 0 ? (
        <p className="utrecht-paragraph">{t.caseload.empty}</p>
      ) : (
        <ApplicationList applications={caseload.data} showDays />
      )}
    </>
  );
}
