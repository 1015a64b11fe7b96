import type { ReactNode } from 'react';
import type { Dossier } from '../api/dossier-api';
import { label, useI18n } from '../i18n/i18n';
import { StatusBadge } from './StatusBadge';

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{name}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd preserve-lines">{children}</dd>
    </div>
  );
}

/** The application's facts as the committee needs them: who applies for what, where it stands, which meeting. */
export function DossierFacts({ dossier }: { dossier: Dossier }) {
  const { t, formatDateTime } = useI18n();
  const d = t.dossier;
  const { application, meeting } = dossier;
  const text = (value: string | null | undefined) => (value && value.trim() ? value : t.common.notFilledIn);
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows facts">
      <Row name={d.reference}>{application.reference}</Row>
      <Row name={d.organisation}>{text(application.organisation)}</Row>
      <Row name={d.targetLevel}>{label(t.levels, application.targetLevel)}</Row>
      <Row name={d.status}>
        <StatusBadge state={application.state} />
      </Row>
      <Row name={d.round}>{dossier.round}</Row>
      <Row name={d.meeting}>{meeting ? d.meetingAt(formatDateTime(meeting.startsAt), meeting.location) : d.noMeeting}</Row>
      {meeting?.committee && <Row name={d.committee}>{meeting.committee.name}</Row>}
      <Row name={d.summary}>{text(application.summary)}</Row>
      <Row name={d.goal}>{text(application.goal)}</Row>
      <Row name={d.targetGroup}>{text(application.targetGroup)}</Row>
      <Row name={d.approach}>{text(application.approach)}</Row>
    </dl>
  );
}
