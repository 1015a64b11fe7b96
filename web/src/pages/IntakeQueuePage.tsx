import { api } from '../api/client';
import { ApplicationCard } from '../components/ApplicationCard';
import { DaysInState } from '../components/DaysInState';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';

/** Applications waiting for the secretary's admission decision, oldest first. */
export function IntakeQueuePage() {
  const { t, formatDate } = useI18n();
  const queue = useResource(async () => (await api.applications({ state: 'intake' })).sort((a, b) => a.stateChangedAt.localeCompare(b.stateChangedAt)), 'intake');

  return (
    <>
      <PageHeading>{t.intakeQueue.title}</PageHeading>
      <p className="utrecht-paragraph">{t.intakeQueue.intro}</p>
      {queue.error ? (
        <LoadError error={queue.error} onRetry={queue.reload} />
      ) : !queue.data ? (
        <Loading />
      ) : queue.data.length === 0 ? (
        <p className="utrecht-paragraph">{t.intakeQueue.empty}</p>
      ) : (
        <ul className="card-list">
          {queue.data.map((application) => {
            return (
              <ApplicationCard
                key={application.id}
                application={application}
                stuck={application.stuck}
                facts={
                  <>
                    <div>
                      <dt>{t.list.reference}</dt>
                      <dd>{application.reference}</dd>
                    </div>
                    <div>
                      <dt>{t.list.targetLevel}</dt>
                      <dd>{t.levels[application.targetLevel]}</dd>
                    </div>
                    <div>
                      <dt>{t.intakeQueue.submitted}</dt>
                      <dd>{application.submittedAt ? <time dateTime={application.submittedAt}>{formatDate(application.submittedAt)}</time> : '–'}</dd>
                    </div>
                    <div>
                      <dt>{t.intakeQueue.waiting}</dt>
                      <dd>
                        <DaysInState application={application} />
                      </dd>
                    </div>
                  </>
                }
              />
            );
          })}
        </ul>
      )}
    </>
  );
}
