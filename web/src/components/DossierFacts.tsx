import type { Dossier } from '../api/dossier-api';
import { label, useI18n } from '../i18n/i18n';
import { DataListRow } from './DataListRow';
import { StatusBadge } from './StatusBadge';

/** The application's facts as the committee needs them: who applies for what, where it stands, which meeting. */
export function DossierFacts({ dossier }: { dossier: Dossier }) {
  const { t, formatDateTime } = useI18n();
  const d = t.dossier;
  const { application, meeting } = dossier;
  const text = (value: string | null | undefined) => (value && value.trim() ? value : t.common.notFilledIn);
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows facts">
      <DataListRow name={d.reference}>{application.reference}</DataListRow>
      <DataListRow name={d.organisation}>{text(application.organisation)}</DataListRow>
      <DataListRow name={d.targetLevel}>{label(t.levels, application.targetLevel)}</DataListRow>
      <DataListRow name={d.status}>
        <StatusBadge state={application.state} />
      </DataListRow>
      <DataListRow name={d.round}>{dossier.round}</DataListRow>
      <DataListRow name={d.meeting}>{meeting ? d.meetingAt(formatDateTime(meeting.startsAt), meeting.location) : d.noMeeting}</DataListRow>
      {meeting?.committee && <DataListRow name={d.committee}>{meeting.committee.name}</DataListRow>}
      <DataListRow name={d.summary}>{text(application.summary)}</DataListRow>
      <DataListRow name={d.goal}>{text(application.goal)}</DataListRow>
      <DataListRow name={d.targetGroup}>{text(application.targetGroup)}</DataListRow>
      <DataListRow name={d.approach}>{text(application.approach)}</DataListRow>
    </dl>
  );
}
