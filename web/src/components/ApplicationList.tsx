import type { ApplicationSummary } from '../api/types';
import { label, useI18n } from '../i18n/i18n';
import { turnText } from '../lib/turn';
import { useSession } from '../session/session';
import { ApplicationCard } from './ApplicationCard';
import { DaysInState } from './DaysInState';
import { StatusBadge } from './StatusBadge';

/** Applications as cards: name, reference, phase, status, whose turn, and optionally days in state. */
export function ApplicationList({ applications, showDays = false, ownerView = false }: { applications: ApplicationSummary[]; showDays?: boolean; ownerView?: boolean }) {
  const { t, formatDate } = useI18n();
  const user = useSession().user!;
  return (
    <ul className="card-list">
      {applications.map((application) => {
        return (
          <ApplicationCard
            key={application.id}
            application={application}
            stuck={showDays && application.stuck}
            facts={
              <>
                <div>
                  <dt>{t.list.reference}</dt>
                  <dd>{application.reference}</dd>
                </div>
                {!ownerView && (
                  <div>
                    <dt>{t.staffList.organisationLabel}</dt>
                    <dd>{application.organisation}</dd>
                  </div>
                )}
                <div>
                  <dt>{t.list.phase}</dt>
                  <dd>{label(t.phases, application.phase)}</dd>
                </div>
                <div>
                  <dt>{t.list.status}</dt>
                  <dd>
                    <StatusBadge state={application.state} />
                  </dd>
                </div>
                <div>
                  <dt>{t.list.turn}</dt>
                  <dd>{turnText(application, user, t, ownerView)}</dd>
                </div>
                <div>
                  <dt>{t.list.changed}</dt>
                  <dd>
                    <time dateTime={application.updatedAt}>{formatDate(application.updatedAt)}</time>
                  </dd>
                </div>
              </>
            }
          >
            {showDays && (
              <p className="utrecht-paragraph card__days">
                <DaysInState application={application} />
              </p>
            )}
          </ApplicationCard>
        );
      })}
    </ul>
  );
}
