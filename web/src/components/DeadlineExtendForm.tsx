import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { deadlineApi, type CaseDeadline } from '../api/deadline-api';
import { amsterdamInstant } from '../api/meeting-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button, ButtonGroup } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { DateTimeInput, TextArea } from './fields';

interface Props {
  deadline: CaseDeadline;
  what: string;
  onDone(message: string): Promise<void>;
  onCancel(): void;
}

/**
 * The secretary extends a deadline: a new date and a reason, then a confirmation that says from
 * when to when and who will be told (the API's `toldOnExtension`). The API judges the date.
 */
export function DeadlineExtendForm({ deadline, what, onDone, onCancel }: Props) {
  const { t, formatDate, formatDateTime } = useI18n();
  const d = t.deadlines;
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useFormErrors();
  const stale = form.formError?.error instanceof ApiError && form.formError.error.status === 409;
  const labels = { dueAt: d.newDate, reason: d.reason };

  function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const missing: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) missing.dueAt = d.dateRequired;
    if (!reason.trim()) missing.reason = t.errors.required;
    if (Object.keys(missing).length) return form.showFieldErrors(missing);
    form.clear();
    setConfirming(true);
  }

  async function extend() {
    const dueAt = amsterdamInstant(date, '17:00');
    const result = await form.run(() => deadlineApi.extend(deadline.id, { dueAt, reason: reason.trim(), version: deadline.version }));
    setConfirming(false);
    if (result) await onDone(d.extended(what, formatDate(result.dueAt)));
  }

  const told = deadline.toldOnExtension.length ? d.toldOnExtension(deadline.toldOnExtension.join(', ')) : d.nobodyTold;
  return (
    <FieldScopeProvider scope={`extend-${deadline.id}`}>
      <form className="form deadline-extend" onSubmit={onSubmit} noValidate aria-label={d.extendFor(what)}>
        <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
        {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? () => void onDone('') : undefined} />}
        <DateTimeInput type="date" name="dueAt" label={d.newDate} hint={d.newDateHint(formatDateTime(deadline.dueAt))} value={date} onChange={setDate} error={form.fieldErrors.dueAt} />
        <TextArea name="reason" label={d.reason} description={d.reasonHint} value={reason} onChange={setReason} rows={3} required error={form.fieldErrors.reason} />
        <ButtonGroup>
          <Button type="submit" variant="primary">
            {d.next}
          </Button>
          <Button onClick={onCancel}>{d.cancel}</Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        firstFocus="cancel"
        open={confirming}
        title={d.confirmExtendTitle}
        confirmLabel={d.confirmExtendButton}
        cancelLabel={d.cancel}
        busy={form.busy}
        onConfirm={() => void extend()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{d.confirmExtend(what, formatDate(deadline.dueAt), date ? formatDate(amsterdamInstant(date, '17:00')) : '')}</p>
        <p className="utrecht-paragraph">
          <strong>{told}</strong>
        </p>
      </ConfirmDialog>
    </FieldScopeProvider>
  );
}
