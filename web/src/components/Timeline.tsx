import type { TimelineEntry } from '../api/types';
import { label, useI18n } from '../i18n/i18n';
import { DeadlineHistoryDetail } from './DeadlineHistoryDetail';

/** Payload fields worth showing on a history line, in this order. */
const SHOWN_PAYLOAD = ['question', 'answer', 'reason'] as const;

/** The application's history, oldest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, formatDateTime } = useI18n();
  if (!entries.length) return <p className="utrecht-paragraph">{t.application.timelineEmpty}</p>;
  return (
    <ol className="timeline">
      {entries.map((entry) => {
        const who = entry.actorName ?? (entry.actorKind === 'system' ? t.actors.system : label(t.roles, entry.actorKind));
        const stateChange = entry.fromState && entry.toState && entry.fromState !== entry.toState;
        return (
          <li key={entry.id} className="timeline__item">
            <p className="utrecht-paragraph timeline__head">
              <strong>{label(t.timelineEvents, entry.eventType)}</strong>{' '}
              <span className="timeline__meta">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                {entry.eventType !== 'NOTIFICATION' && <>, {t.application.by(who)}</>}
              </span>
            </p>
            {stateChange && (
              <p className="utrecht-paragraph timeline__detail">
                {t.application.timelineFrom(label(t.states, entry.fromState!), label(t.states, entry.toState!))}
              </p>
            )}
            <DeadlineHistoryDetail entry={entry} />
            {SHOWN_PAYLOAD.map((key) =>
              typeof entry.payload?.[key] === 'string' && entry.payload[key] ? (
                <p key={key} className="utrecht-paragraph timeline__detail timeline__quote">
                  {entry.payload[key] as string}
                </p>
              ) : null,
            )}
            {entry.eventType === 'NOTIFICATION' && <NotificationDetail payload={entry.payload ?? {}} />}
            {entry.internalNote && (
              <p className="utrecht-paragraph timeline__detail">
                {t.application.internalNote}: {entry.internalNote}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A notification line of the staff's history: the message's subject, to whom (in which capacity), and whether the mail went out. */
function NotificationDetail({ payload }: { payload: Record<string, unknown> }) {
  const { t } = useI18n();
  const h = t.history;
  const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
  const role = h.audience[text('audience')];
  const recipient = role ? `${text('recipientName')} (${role})` : text('recipientName');
  const mail = h.mailStatus[text('mailStatus')];
  return (
    <p className="utrecht-paragraph timeline__detail">
      {text('subject') ? h.sentTo(text('subject'), recipient) : recipient}
      {mail && <> — {mail}</>}
    </p>
  );
}
