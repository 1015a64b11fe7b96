import type { ApplicationSummary } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** How long the case has been in its state, and, when the API says so, that it is stuck and why. */
export function DaysInState({ application }: { application: ApplicationSummary }) {
  const { t } = useI18n();
  return (
    <>
      {t.board.daysInPhase(application.workingDaysInState)}
      {application.stuck && application.stuckAfterWorkingDays !== null && (
        <strong className="stuck-label">
          {' '}
          – {t.board.stuck} ({t.board.stuckAfter(application.stuckAfterWorkingDays)})
        </strong>
      )}
    </>
  );
}
