import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { CommitteeView } from '../api/meeting-api';
import { useI18n } from '../i18n/i18n';
import type { FieldErrors } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { Button } from './Button';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { DateTimeInput, SelectField, TextField } from './fields';

export interface MeetingValues {
  committeeId: string;
  date: string;
  time: string;
  location: string;
}

interface Props {
  scope: string;
  title: string;
  submitLabel: string;
  initial: MeetingValues;
  /** Given: the committee is chosen in the form (planning); absent: it is fixed (editing). */
  committees?: CommitteeView[];
  /** Sends the values; an ApiError is shown next to the fields, and the values stay. */
  save(values: MeetingValues): Promise<void>;
}

/** Plans or changes a meeting: committee, date, start time (Dutch time) and place. */
export function MeetingForm({ scope, title, submitLabel, initial, committees, save }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<MeetingValues>(initial);
  const form = useFormErrors();
  const headingId = useId();
  const labels = { committeeId: t.meeting.committee, date: t.meeting.day, time: t.meeting.time, location: t.meeting.locationLabel };
  const set = (field: keyof MeetingValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  function apiErrors(error: ApiError): FieldErrors | string | undefined {
    if (error.code === 'MEETING_IN_THE_PAST') return { date: t.meeting.inThePast };
    const startsAt = error.fieldErrors.find((field) => field.field === 'startsAt');
    if (startsAt) return { date: t.errors.required };
    return undefined;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (committees && !values.committeeId) missing.committeeId = t.errors.choose;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) missing.date = t.errors.required;
    if (!/^\d{2}:\d{2}$/.test(values.time)) missing.time = t.errors.required;
    if (Object.keys(missing).length) return form.showFieldErrors(missing);
    await form.run(() => save(values), apiErrors);
  }

  return (
    <FieldScopeProvider scope={scope}>
      <section className="panel" aria-labelledby={headingId}>
        <h2 className="utrecht-heading-2" id={headingId}>
          {title}
        </h2>
        <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
        {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
        <form className="form" onSubmit={onSubmit} noValidate>
          {committees && (
            <SelectField
              name="committeeId"
              label={labels.committeeId}
              value={values.committeeId}
              onChange={set('committeeId')}
              placeholder={t.meeting.chooseCommittee}
              options={committees.map((committee) => ({ value: committee.id, label: committee.name }))}
              required
              error={form.fieldErrors.committeeId}
            />
          )}
          <DateTimeInput type="date" name="date" label={labels.date} hint={t.meeting.dayHint} value={values.date} onChange={set('date')} error={form.fieldErrors.date} />
          <DateTimeInput type="time" name="time" label={labels.time} hint={t.meeting.timeHint} value={values.time} onChange={set('time')} error={form.fieldErrors.time} />
          <TextField name="location" label={labels.location} description={t.meeting.locationHint} value={values.location} onChange={set('location')} error={form.fieldErrors.location} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : submitLabel}
          </Button>
        </form>
      </section>
    </FieldScopeProvider>
  );
}
