import type { TimelineEntry } from '../api/types';
import { label, useI18n } from '../i18n/i18n';

/** What a deadline line in the history is about: which deadline, from when to when, or which agenda went to whom. */
export function DeadlineHistoryDetail({ entry }: { entry: TimelineEntry }) {
  const { t, formatDate } = useI18n();
  const d = t.deadlines;
  const payload = entry.payload ?? {};
  const kind = typeof payload.kind === 'string' ? label(d.kinds, payload.kind) : null;
  if (!kind) return null;
  if (entry.eventType === 'DEADLINE_EXTENDED' && typeof payload.from === 'string' && typeof payload.to === 'string')
    return <p className="utrecht-paragraph timeline__detail">{d.historyExtended(kind, formatDate(payload.from), formatDate(payload.to))}</p>;
  if (entry.eventType === 'DEADLINE_COMPLETED') return <p className="utrecht-paragraph timeline__detail">{d.historyCompleted(kind)}</p>;
  if (entry.eventType === 'AGENDA_SENT' && typeof payload.meetingDate === 'string' && Array.isArray(payload.recipientNames))
    return (
      <p className="utrecht-paragraph timeline__detail">
        {t.agendaMail.history(String(payload.committeeName ?? ''), formatDate(payload.meetingDate), payload.recipientNames.join(', '))}
      </p>
    );
  return null;
}
