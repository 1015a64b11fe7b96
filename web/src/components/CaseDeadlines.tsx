import { useState } from 'react';
import { deadlineApi, type CaseDeadline } from '../api/deadline-api';
import { label, useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button, ButtonGroup } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { DeadlineExtendForm } from './DeadlineExtendForm';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';
import './deadlines.css';

const OPEN = ['open', 'missed'];

/**
 * A case's deadlines on the application page: the open and missed ones with who is due, the due
 * date and the reminders; the closed ones folded away. Extending and marking done are offered
 * where the API lists them in a deadline's `allowedActions`; the page announces what was done.
 */
export function CaseDeadlines({ applicationId, version, onDone }: { applicationId: string; version: number; onDone(message: string): void }) {
  const { t } = useI18n();
  const d = t.deadlines;
  const deadlines = useResource(() => deadlineApi.ofApplication(applicationId), `deadlines-${applicationId}-${version}`);
  const rows = deadlines.data ?? [];
  const open = rows.filter((row) => OPEN.includes(row.status));
  const closed = rows.filter((row) => !OPEN.includes(row.status));

  /** After a step (or a reload after a refusal): the list again, and the page's confirmation when there is one. */
  async function done(message: string) {
    await deadlines.reload();
    onDone(message);
  }

  if (!deadlines.error && deadlines.data && rows.length === 0) return null;
  return (
    <section aria-labelledby="deadlines-heading" className="section">
      <h2 className="utrecht-heading-2" id="deadlines-heading">
        {d.title}
      </h2>
      <p className="utrecht-paragraph">{d.intro}</p>
      {deadlines.error ? (
        <LoadError error={deadlines.error} onRetry={deadlines.reload} />
      ) : !deadlines.data ? (
        <Loading />
      ) : (
        <>
          {open.length === 0 ? (
            <p className="utrecht-paragraph">{d.noneOpen}</p>
          ) : (
            <ul className="card-list">
              {open.map((deadline) => (
                <DeadlineCard key={`${deadline.id}-${deadline.version}`} deadline={deadline} onDone={done} />
              ))}
            </ul>
          )}
          {closed.length > 0 && (
            <details>
              <summary>{d.closedTitle(closed.length)}</summary>
              <ul className="card-list">
                {closed.map((deadline) => (
                  <DeadlineCard key={deadline.id} deadline={deadline} onDone={done} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function DeadlineCard({ deadline, onDone }: { deadline: CaseDeadline; onDone(message: string): Promise<void> }) {
  const { t, locale, formatDate, formatDateTime } = useI18n();
  const d = t.deadlines;
  const what = deadline.label[locale];
  const [extending, setExtending] = useState(false);
  const [completing, setCompleting] = useState(false);
  const form = useFormErrors();
  const headingId = `deadline-${deadline.id}`;
  const { role, names } = deadline.assignees;
  // A reviewer is named (or lettered) alone; the others by their role and names.
  const who = role === 'reviewer' && names.length ? names.join(', ') : names.length ? `${label(d.roles, role)}: ${names.join(', ')}` : label(d.roles, role);

  async function complete() {
    const result = await form.run(() => deadlineApi.complete(deadline.id, deadline.version));
    setCompleting(false);
    if (result) await onDone(d.completed(what));
  }

  return (
    <li className={`card ${deadline.status === 'missed' ? 'deadline-card--missed' : ''}`} aria-labelledby={headingId} data-deadline={deadline.kind}>
      <h3 className="utrecht-heading-3 card__title" id={headingId}>
        {what}
      </h3>
      <dl className="card__facts">
        <div>
          <dt>{d.who}</dt>
          <dd>{who}</dd>
        </div>
        <div>
          <dt>{d.due}</dt>
          <dd>
            <time dateTime={deadline.dueAt}>{formatDateTime(deadline.dueAt)}</time>
            {deadline.extendedCount > 0 && <> {d.extendedTimes(deadline.extendedCount)}</>}
          </dd>
        </div>
        <div>
          <dt>{d.state}</dt>
          <dd>{deadline.status === 'missed' ? <strong className="overdue-label">{label(d.statuses, deadline.status)}</strong> : label(d.statuses, deadline.status)}</dd>
        </div>
        <div>
          <dt>{d.reminders}</dt>
          <dd>
            {deadline.remindersSent.length === 0 && deadline.remindersPlanned.length === 0 ? (
              d.noReminders
            ) : (
              <ul className="deadline-card__reminders">
                {deadline.remindersSent.map((reminder) => (
                  <li key={`sent-${reminder.stage}-${reminder.at}`}>{d.sent(label(d.stages, reminder.stage), formatDate(reminder.at))}</li>
                ))}
                {deadline.remindersPlanned.map((reminder) => (
                  <li key={`planned-${reminder.stage}-${reminder.at}`}>{d.planned(label(d.stages, reminder.stage), formatDate(reminder.at))}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={() => void onDone('')} />}
      {deadline.allowedActions.length > 0 && !extending && (
        <div className="deadline-card__actions">
          <ButtonGroup>
            {deadline.allowedActions.includes('extend') && (
              <Button onClick={() => setExtending(true)}>
                {d.extend}
                <span className="visually-hidden">: {what}</span>
              </Button>
            )}
            {deadline.allowedActions.includes('complete') && (
              <Button onClick={() => setCompleting(true)}>
                {d.complete}
                <span className="visually-hidden">: {what}</span>
              </Button>
            )}
          </ButtonGroup>
        </div>
      )}
      {extending && <DeadlineExtendForm deadline={deadline} what={what} onDone={onDone} onCancel={() => setExtending(false)} />}
      <ConfirmDialog
        firstFocus="cancel"
        open={completing}
        title={d.confirmCompleteTitle}
        confirmLabel={d.confirmCompleteButton}
        cancelLabel={d.cancel}
        busy={form.busy}
        onConfirm={() => void complete()}
        onCancel={() => setCompleting(false)}
      >
        <p className="utrecht-paragraph">{d.confirmComplete(what)}</p>
      </ConfirmDialog>
    </li>
  );
}
