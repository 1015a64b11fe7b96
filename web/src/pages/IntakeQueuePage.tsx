import { api } from '../api/client';
import { ApplicationCard } from '../components/ApplicationCard';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { STUCK_AFTER_WORKING_DAYS, workingDaysSince } from '../lib/working-days';

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
            const days = workingDaysSince(application.stateChangedAt);
            const stuck = days > STUCK_AFTER_WORKING_DAYS;
            return (
              <ApplicationCard
                key={application.id}
                application={application}
                stuck={stuck}
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
                        {t.board.daysInPhase(days)}
                        {stuck && <strong className="stuck-label"> – {t.board.stuck}</strong>}
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
