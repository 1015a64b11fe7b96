import { Link, useLocation, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { amsterdamInstant, amsterdamParts, meetingApi, type AgendaDecision, type MeetingView } from '../api/meeting-api';
import type { ApplicationSummary } from '../api/types';
import { AgendaMailing } from '../components/AgendaMailing';
import { AgendaMinutes } from '../components/AgendaMinutes';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { useConfirmation } from '../components/Confirmation';
import { DataTable } from '../components/DataTable';
import { LoadError, Loading } from '../components/Loading';
import { MeetingForm } from '../components/MeetingForm';
import { OrderButtons, moveItem, orderKeys } from '../components/OrderButtons';
import { PageHeading } from '../components/PageHeading';
import { usePanelAction } from '../components/PanelActionError';
import { StatusBadge } from '../components/StatusBadge';
import { label, useI18n } from '../i18n/i18n';
import { useResource, type Resource } from '../lib/use-resource';
import { useSession } from '../session/session';
import { NotFoundPage } from './NotFoundPage';

/**
 * One committee meeting and its agenda. The secretary puts cases awaiting the committee on it,
 * changes the order, takes cases off and edits the date and place; the chair and the members read
 * the agenda and open each dossier. Anyone not on the committee gets "not found".
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const location = useLocation();
  const user = useSession().user!;
  const secretary = user.roles.includes('secretary');
  const meeting = useResource(() => meetingApi.meeting(id), `meeting-${id}`);
  const awaiting = useResource<ApplicationSummary[]>(
    () => (secretary ? api.applications({ state: 'awaitingCommittee' }) : Promise.resolve([])),
    `awaiting-${id}-${secretary}`,
  );
  const confirmation = useConfirmation((location.state as { flash?: string } | null)?.flash ?? null);

  if (meeting.error instanceof ApiError && (meeting.error.status === 404 || meeting.error.status === 403)) return <NotFoundPage />;
  const view = meeting.data;
  if (!view) {
    return (
      <>
        <PageHeading>{t.meeting.loadingTitle}</PageHeading>
        {meeting.error ? <LoadError error={meeting.error} onRetry={meeting.reload} /> : <Loading />}
      </>
    );
  }

  async function done(message: string, next: MeetingView) {
    meeting.setData(next);
    await awaiting.reload();
    confirmation.confirm(message);
  }
  const reload = async () => {
    await Promise.all([meeting.reload(), awaiting.reload()]);
  };
  const title = t.meeting.meetingTitle(view.committee.name, formatDateTime(view.startsAt));
  const start = amsterdamParts(view.startsAt);

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <BackLink to="/vergaderingen">{t.meeting.backToList}</BackLink>
      {confirmation.status}
      <dl className="card__facts">
        <dt>{t.meeting.date}</dt>
        <dd>{formatDateTime(view.startsAt)}</dd>
        <dt>{t.meeting.location}</dt>
        <dd>{view.location || t.meeting.noLocation}</dd>
        <dt>{t.meeting.committee}</dt>
        <dd>{view.committee.name}</dd>
        <dt>{t.meeting.databank}</dt>
        <dd>{view.committee.databank}</dd>
        {view.seat && (
          <>
            <dt>{t.meeting.yourSeat}</dt>
            <dd>{label(t.meeting.seat, view.seat)}</dd>
          </>
        )}
      </dl>

      <Agenda view={view} editable={secretary} onDone={done} onReload={reload} />
      <AgendaMinutes view={view} editable={secretary || view.seat === 'chair'} onSaved={done} />

      {secretary ? (
        <>
          <AgendaMailing meetingId={view.id} agendaKey={view.agenda.map((entry) => `${entry.application.id}:${entry.application.version}`).join(',')} onDone={confirmation.confirm} />
          <Awaiting meetingId={view.id} applications={awaiting} onDone={done} onReload={reload} />
          <MeetingForm
            key={`${view.startsAt}-${view.location}`}
            scope="edit"
            title={t.meeting.editTitle}
            submitLabel={t.meeting.save}
            initial={{ committeeId: view.committee.id, date: start.date, time: start.time, location: view.location }}
            save={async (values) => {
              const next = await meetingApi.update(view.id, { startsAt: amsterdamInstant(values.date, values.time), location: values.location.trim() });
              await done(t.meeting.saved, next);
            }}
          />
        </>
      ) : (
        <p className="utrecht-paragraph">{t.meeting.readOnly}</p>
      )}
    </>
  );
}

interface ActionProps {
  onDone(message: string, next: MeetingView): Promise<void>;
  onReload(): Promise<void>;
}

function Agenda({ view, editable, onDone, onReload }: ActionProps & { view: MeetingView; editable: boolean }) {
  const { t } = useI18n();
  const action = usePanelAction(onReload);
  const ids = view.agenda.map((entry) => entry.application.id);

  function move(index: number, delta: number) {
    const next = moveItem(ids, index, delta);
    return action.run(orderKeys.move(ids[index], delta), () => meetingApi.reorder(view.id, next), (result) => onDone(t.meeting.reordered, result));
  }

  return (
    <section aria-labelledby="agenda-heading" className="section">
      <h2 className="utrecht-heading-2" id="agenda-heading">
        {t.meeting.agendaTitle}
      </h2>
      {action.error}
      {view.agenda.length === 0 ? (
        <p className="utrecht-paragraph">{t.meeting.emptyAgenda}</p>
      ) : (
        <DataTable caption={t.meeting.agendaCaption} className="criteria" columns={[t.meeting.position, t.meeting.application, t.meeting.reference, t.meeting.targetLevel, t.meeting.status, t.meeting.decision, editable && t.meeting.actions]}>
          {view.agenda.map((entry, index) => {
            const { application } = entry;
            return (
              <tr className="utrecht-table__row" key={application.id} data-application={application.id}>
                <td className="utrecht-table__cell">{entry.position}</td>
                <ApplicationCells application={application} to={`/aanmeldingen/${application.id}/dossier`} linkLabel={t.meeting.dossier(application.name)} />
                <td className="utrecht-table__cell">
                  <StatusBadge state={application.state} />
                </td>
                <td className="utrecht-table__cell">
                  <AgendaVerdict decision={entry.decision} />
                </td>
                {editable && (
                  <td className="utrecht-table__cell">
                    <OrderButtons
                      action={action}
                      id={application.id}
                      name={application.name}
                      index={index}
                      count={ids.length}
                      labels={{ up: t.meeting.moveUp, down: t.meeting.moveDown, remove: t.meeting.removeFromAgenda }}
                      onMove={(delta) => move(index, delta)}
                      onRemove={() =>
                        action.run(
                          orderKeys.remove(application.id),
                          () => meetingApi.remove(view.id, application.id, application.version),
                          (result) => onDone(t.meeting.removed(application.name), result),
                        )
                      }
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}

/** What the meeting decided on an agenda item: the verdict and the level, or that it is still open. */
function AgendaVerdict({ decision }: { decision: AgendaDecision | null }) {
  const { t } = useI18n();
  if (!decision) return <>{t.meeting.notDecided}</>;
  const verdict = label(t.decision.verdicts, decision.verdict);
  return <>{decision.level ? `${verdict}, ${label(t.levels, decision.level)}` : verdict}</>;
}

/** A case's first cells in both tables: its name (a link) and organisation, reference and target level. */
function ApplicationCells(props: { application: Pick<ApplicationSummary, 'name' | 'organisation' | 'reference' | 'targetLevel'>; to: string; linkLabel?: string }) {
  const { t } = useI18n();
  const { application } = props;
  return (
    <>
      <th className="utrecht-table__header-cell" scope="row">
        <Link className="utrecht-link utrecht-link--html-a" to={props.to} aria-label={props.linkLabel}>
          {application.name}
        </Link>
        <div className="panel-cell-detail">{application.organisation}</div>
      </th>
      <td className="utrecht-table__cell">{application.reference}</td>
      <td className="utrecht-table__cell">{label(t.levels, application.targetLevel)}</td>
    </>
  );
}

function Awaiting({ meetingId, applications, onDone, onReload }: ActionProps & { meetingId: string; applications: Resource<ApplicationSummary[]> }) {
  const { t } = useI18n();
  const action = usePanelAction(onReload);
  const rows = applications.data ?? [];
  return (
    <section aria-labelledby="awaiting-heading" className="section">
      <h2 className="utrecht-heading-2" id="awaiting-heading">
        {t.meeting.awaitingTitle}
      </h2>
      <p className="utrecht-paragraph">{t.meeting.awaitingIntro}</p>
      {action.error}
      {applications.error ? (
        <LoadError error={applications.error} onRetry={applications.reload} />
      ) : !applications.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="utrecht-paragraph">{t.meeting.noAwaiting}</p>
      ) : (
        <DataTable caption={t.meeting.awaitingCaption} className="criteria" columns={[t.meeting.application, t.meeting.reference, t.meeting.targetLevel, t.meeting.actions]}>
          {rows.map((application) => (
            <tr className="utrecht-table__row" key={application.id} data-application={application.id}>
              <ApplicationCells application={application} to={`/aanmeldingen/${application.id}`} />
              <td className="utrecht-table__cell">
                <Button
                  variant="primary"
                  busy={action.busy(application.id)}
                  onClick={() =>
                    void action.run(
                      application.id,
                      () => meetingApi.place(meetingId, application.id, application.version),
                      (result) => onDone(t.meeting.placed(application.name), result),
                    )
                  }
                >
                  {t.meeting.place}
                  <span className="visually-hidden"> {application.name}</span>
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
