import { useState, type FormEvent } from 'react';
import { meetingApi, type AgendaEntry, type MeetingView } from '../api/meeting-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button } from './Button';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { TextArea } from './fields';

/**
 * The internal minutes of the meeting, one short text per agenda item. The secretary and the chair
 * write them once the meeting has begun; the members read them.
 */
export function AgendaMinutes({ view, editable, onSaved }: { view: MeetingView; editable: boolean; onSaved(message: string, next: MeetingView): Promise<void> }) {
  const { t, formatDateTime } = useI18n();
  if (view.agenda.length === 0) return null;
  return (
    <section aria-labelledby="minutes-heading" className="section">
      <h2 className="utrecht-heading-2" id="minutes-heading">
        {t.meeting.minutesTitle}
      </h2>
      <p className="utrecht-paragraph">{view.minutesOpen ? t.meeting.minutesIntro : t.meeting.minutesFrom(formatDateTime(view.startsAt))}</p>
      {view.minutesOpen &&
        view.agenda.map((entry) =>
          editable ? (
            <MinutesForm key={entry.application.id} meetingId={view.id} entry={entry} onSaved={onSaved} />
          ) : (
            <article key={entry.application.id} aria-labelledby={`minutes-${entry.application.id}`}>
              <h3 className="utrecht-heading-3" id={`minutes-${entry.application.id}`}>
                {entry.application.name}
              </h3>
              <p className="utrecht-paragraph preserve-lines">{entry.minutes ?? t.meeting.noMinutes}</p>
            </article>
          ),
        )}
    </section>
  );
}

function MinutesForm({ meetingId, entry, onSaved }: { meetingId: string; entry: AgendaEntry; onSaved(message: string, next: MeetingView): Promise<void> }) {
  const { t } = useI18n();
  const [minutes, setMinutes] = useState(entry.minutes ?? '');
  const form = useFormErrors();
  const { application } = entry;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next = await form.run(() => meetingApi.saveMinutes(meetingId, application.id, minutes.trim()));
    if (next) await onSaved(t.meeting.minutesSaved(application.name), next);
  }

  return (
    <FieldScopeProvider scope={`minutes-${application.id}`}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary items={form.summary({ minutes: t.meeting.minutesLabel(application.name) })} focusKey={form.focusKey} />
        {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
        <TextArea name="minutes" label={t.meeting.minutesLabel(application.name)} rows={3} value={minutes} onChange={setMinutes} error={form.fieldErrors.minutes} />
        <Button type="submit" variant="secondary" busy={form.busy}>
          {form.busy ? t.common.saving : t.meeting.saveMinutes}
          <span className="visually-hidden"> {application.name}</span>
        </Button>
      </form>
    </FieldScopeProvider>
  );
}
