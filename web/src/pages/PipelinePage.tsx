import { Link, useSearchParams } from 'react-router';
import { staffListApi } from '../api/staff-list-api';
import { PHASES, type Phase } from '../api/types';
import { DaysInState } from '../components/DaysInState';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { StaffFiltersForm } from '../components/StaffFiltersForm';
import { StatusBadge } from '../components/StatusBadge';
import { useI18n } from '../i18n/i18n';
import { filtersFrom, paramsFrom, queryFrom, type StaffFilters } from '../lib/staff-list-filters';
import { turnText } from '../lib/turn';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';
import '../components/staff-list.css';

/** Cards per column: the longest waiting first; the rest are a link away, in the list. */
const CARDS_PER_COLUMN = 10;

/** The address lists the columns that show stuck cases only, e.g. `?alleen-vastgelopen=intake,beoordelen`. */
const STUCK_ONLY_PARAM = 'alleen-vastgelopen';

function stuckOnlyFrom(params: URLSearchParams): Phase[] {
  const listed = (params.get(STUCK_ONLY_PARAM) ?? '').split(',');
  return PHASES.filter((phase) => listed.includes(phase));
}

/**
 * The secretary's board: a column per phase, each filled by the API (the same filters as the list,
 * in the address), counts, days in state, stuck cases marked, and per column "show stuck only".
 */
export function PipelinePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const applied: StaffFilters = { ...filtersFrom(params), phase: '', sort: '' };
  const stuckOnly = stuckOnlyFrom(params);
  const overall = useResource(() => staffListApi.list(queryFrom({ ...filtersFrom(new URLSearchParams(key)), phase: '', sort: '' }, { pageSize: 1 })), key);

  function withStuckOnly(next: URLSearchParams, phases: Phase[]) {
    if (phases.length) next.set(STUCK_ONLY_PARAM, phases.join(','));
    else next.delete(STUCK_ONLY_PARAM);
    return next;
  }
  const apply = (filters: StaffFilters) => setParams(withStuckOnly(paramsFrom({ ...filters, phase: '', sort: '' }), stuckOnly));
  const toggle = (phase: Phase) =>
    setParams(withStuckOnly(new URLSearchParams(key), stuckOnly.includes(phase) ? stuckOnly.filter((other) => other !== phase) : [...stuckOnly, phase]));

  return (
    <>
      <PageHeading>{t.board.title}</PageHeading>
      <p className="utrecht-paragraph">{t.board.intro}</p>
      <StaffFiltersForm applied={applied} onApply={apply} withPhase={false} withSort={false} />
      {overall.error ? (
        <LoadError error={overall.error} onRetry={overall.reload} />
      ) : !overall.data ? (
        <Loading />
      ) : (
        <>
          <p className="utrecht-paragraph" role="status">
            <strong className={overall.data.stuckTotal ? 'stuck-label' : ''}>{t.board.stuckCount(overall.data.stuckTotal)}</strong>
          </p>
          <nav aria-label={t.board.summary}>
            <ul className="phase-summary">
              {PHASES.map((phase) => (
                <li key={phase}>
                  <a className="utrecht-link utrecht-link--html-a" href={`#phase-${phase}`}>
                    {t.phases[phase]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="board">
            {PHASES.map((phase) => (
              <BoardColumn key={phase} phase={phase} filters={applied} stuckOnly={stuckOnly.includes(phase)} onToggle={() => toggle(phase)} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

function BoardColumn({ phase, filters, stuckOnly, onToggle }: { phase: Phase; filters: StaffFilters; stuckOnly: boolean; onToggle(): void }) {
  const { t } = useI18n();
  const s = t.staffList;
  const user = useSession().user!;
  const query = queryFrom({ ...filters, phase, sort: 'stateChangedAt', stuck: stuckOnly ? 'true' : filters.stuck }, { pageSize: CARDS_PER_COLUMN });
  const column = useResource(() => staffListApi.list(query), JSON.stringify(query));
  const data = column.data;
  const listLink = `/aanmeldingen?${paramsFrom({ ...filters, phase, sort: 'stateChangedAt', stuck: stuckOnly ? 'true' : filters.stuck }).toString()}`;
  const phaseName = t.phases[phase];
  return (
    <section className="board__column" aria-labelledby={`phase-${phase}`}>
      <h2 className="utrecht-heading-3 board__title" id={`phase-${phase}`} tabIndex={-1}>
        {phaseName} {data && <span className="board__count">({t.board.count(data.total)})</span>}
      </h2>
      <p className="utrecht-paragraph board__tools">
        {data && data.stuckTotal > 0 && !stuckOnly && <span className="stuck-label">{s.columnStuck(data.stuckTotal)} </span>}
        <button type="button" className="utrecht-button utrecht-button--subtle board__stuck-toggle" aria-pressed={stuckOnly} aria-label={s.stuckOnlyFor(phaseName)} onClick={onToggle}>
          {s.stuckOnly}
        </button>
      </p>
      {column.error ? (
        <LoadError error={column.error} onRetry={column.reload} />
      ) : !data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p className="utrecht-paragraph board__empty">{t.board.empty}</p>
      ) : (
        <>
          <ul className="board__cards" aria-busy={column.loading || undefined}>
            {data.items.map((application) => (
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
          {data.total > data.items.length && (
            <p className="utrecht-paragraph board__more">
              {s.columnCount(data.items.length, data.total)}{' '}
              <Link className="utrecht-link utrecht-link--html-a" to={listLink}>
                {s.columnAll(data.total, phaseName)}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
