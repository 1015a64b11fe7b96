import { Link } from 'react-router';
import { api } from '../api/client';
import { PHASES, type ApplicationSummary, type Phase } from '../api/types';
import { DaysInState } from '../components/DaysInState';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { StatusBadge } from '../components/StatusBadge';
import { useI18n } from '../i18n/i18n';
import { turnText } from '../lib/turn';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';

/** Phases on the board; closed applications are counted but do not need anyone's attention. */
const BOARD_PHASES: Phase[] = [...PHASES];

/** The secretary's board: every application by phase, counts, days in state, stuck cases marked. */
export function PipelinePage() {
  const { t, formatNumber } = useI18n();
  const user = useSession().user!;
  const applications = useResource(() => api.applications(), 'board');

  const columns = new Map<Phase, ApplicationSummary[]>(BOARD_PHASES.map((phase) => [phase, []]));
  for (const application of applications.data ?? []) columns.get(application.phase)?.push(application);
  for (const cards of columns.values()) cards.sort((a, b) => b.workingDaysInState - a.workingDaysInState);
  const stuckTotal = [...columns.values()].flat().filter((application) => application.stuck).length;

  return (
    <>
      <PageHeading>{t.board.title}</PageHeading>
      <p className="utrecht-paragraph">{t.board.intro}</p>
      {applications.error ? (
        <LoadError error={applications.error} onRetry={applications.reload} />
      ) : !applications.data ? (
        <Loading />
      ) : (
        <>
          <p className="utrecht-paragraph">
            <strong className={stuckTotal ? 'stuck-label' : ''}>{t.board.stuckCount(stuckTotal)}</strong>
          </p>
          <nav aria-label={t.board.summary}>
            <ul className="phase-summary">
              {BOARD_PHASES.map((phase) => (
                <li key={phase}>
                  <a className="utrecht-link utrecht-link--html-a" href={`#phase-${phase}`}>
                    {t.phases[phase]}: {formatNumber(columns.get(phase)!.length)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="board">
            {BOARD_PHASES.map((phase) => {
              const cards = columns.get(phase)!;
              return (
                <section key={phase} className="board__column" aria-labelledby={`phase-${phase}`}>
                  <h2 className="utrecht-heading-3 board__title" id={`phase-${phase}`} tabIndex={-1}>
                    {t.phases[phase]} <span className="board__count">({t.board.count(cards.length)})</span>
                  </h2>
                  {cards.length === 0 ? (
                    <p className="utrecht-paragraph board__empty">{t.board.empty}</p>
                  ) : (
                    <ul className="board__cards">
                      {cards.map((application) => (
                        <li key={application.id} className={`board-card ${application.stuck ? 'board-card--stuck' : ''}`}>
                          <p className="utrecht-paragraph board-card__name">
                            <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${application.id}`}>
                              {application.name}
                            </Link>
                          </p>
                          <p className="utrecht-paragraph board-card__meta">
                            {application.reference} · <StatusBadge state={application.state} />
                          </p>
                          <p className="utrecht-paragraph board-card__meta">{turnText(application, user, t, false)}</p>
                          <p className="utrecht-paragraph board-card__meta">
                            <DaysInState application={application} />
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}
