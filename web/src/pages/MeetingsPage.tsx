import { Link, useNavigate } from 'react-router';
import { amsterdamInstant, meetingApi, type MeetingSummary } from '../api/meeting-api';
import { DataTable } from '../components/DataTable';
import { LoadError, Loading } from '../components/Loading';
import { MeetingForm } from '../components/MeetingForm';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';

/**
 * The committee's meetings: upcoming and past, each with its agenda size. The secretary plans a
 * new one here; the chair and members see their own committees' meetings.
 */
export function MeetingsPage() {
  const { t } = useI18n();
  const user = useSession().user!;
  const navigate = useNavigate();
  const secretary = user.roles.includes('secretary');
  const meetings = useResource(() => meetingApi.meetings(), 'meetings');
  const committees = useResource(() => (secretary ? meetingApi.committees() : Promise.resolve([])), `committees-${secretary}`);

  // The API lists by start and says which meetings are past; the past ones read latest first.
  const all = meetings.data ?? [];
  const upcoming = all.filter((meeting) => !meeting.past);
  const past = all.filter((meeting) => meeting.past).reverse();
  const active = (committees.data ?? []).filter((committee) => committee.active);

  return (
    <>
      <PageHeading>{t.meeting.title}</PageHeading>
      <p className="utrecht-paragraph">{secretary ? t.meeting.introStaff : t.meeting.introCommittee}</p>
      {meetings.error ? (
        <LoadError error={meetings.error} onRetry={meetings.reload} />
      ) : !meetings.data ? (
        <Loading />
      ) : (
        <>
          <MeetingTable id="upcoming" title={t.meeting.upcomingTitle} caption={t.meeting.upcomingCaption} empty={t.meeting.noUpcoming} meetings={upcoming} />
          {past.length > 0 && <MeetingTable id="past" title={t.meeting.pastTitle} caption={t.meeting.pastCaption} empty={t.meeting.noPast} meetings={past} />}
        </>
      )}
      {secretary &&
        (committees.error ? (
          <LoadError error={committees.error} onRetry={committees.reload} />
        ) : !committees.data ? (
          <Loading />
        ) : active.length === 0 ? (
          <p className="utrecht-paragraph">{t.meeting.noCommittees}</p>
        ) : (
          <MeetingForm
            scope="plan"
            title={t.meeting.planTitle}
            submitLabel={t.meeting.plan}
            committees={active}
            initial={{ committeeId: active.length === 1 ? active[0].id : '', date: '', time: '14:00', location: '' }}
            save={async (values) => {
              const view = await meetingApi.plan(values.committeeId, {
                startsAt: amsterdamInstant(values.date, values.time),
                location: values.location.trim() || undefined,
              });
              navigate(`/vergaderingen/${view.id}`, { state: { flash: t.meeting.planned } });
            }}
          />
        ))}
    </>
  );
}

function MeetingTable({ id, title, caption, empty, meetings }: { id: string; title: string; caption: string; empty: string; meetings: MeetingSummary[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h2 className="utrecht-heading-2" id={`${id}-heading`}>
        {title}
      </h2>
      {meetings.length === 0 ? (
        <p className="utrecht-paragraph">{empty}</p>
      ) : (
        <DataTable caption={caption} className="criteria" columns={[t.meeting.date, t.meeting.committee, t.meeting.location, t.meeting.agendaSize]}>
          {meetings.map((meeting) => (
            <tr className="utrecht-table__row" key={meeting.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={`/vergaderingen/${meeting.id}`}>
                  {formatDateTime(meeting.startsAt)}
                </Link>
              </th>
              <td className="utrecht-table__cell">{meeting.committeeName}</td>
              <td className="utrecht-table__cell">{meeting.location || t.meeting.noLocation}</td>
              <td className="utrecht-table__cell">{t.meeting.cases(meeting.agendaSize)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
