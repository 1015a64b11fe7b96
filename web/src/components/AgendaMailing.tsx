import { useState } from 'react';
import { deadlineApi } from '../api/deadline-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';
import './deadlines.css';

/**
 * The secretary's "send agenda and dossiers" step on the meeting page: how many cases wait for it
 * and by when, and marking it sent, which closes their agenda deadlines (and the to-do item).
 */
export function AgendaMailing({ meetingId, agendaKey, onDone }: { meetingId: string; agendaKey: string; onDone(message: string): void }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const d = t.deadlines;
  const mailing = useResource(() => deadlineApi.agendaMailing(meetingId), `agenda-mailing-${meetingId}-${agendaKey}`);
  const [confirming, setConfirming] = useState(false);
  const form = useFormErrors();
  const status = mailing.data;

  async function markSent() {
    const result = await form.run(() => deadlineApi.markAgendaSent(meetingId));
    setConfirming(false);
    if (result) {
      await mailing.reload();
      onDone(d.markedSent);
    }
  }

  return (
    <section aria-labelledby="agenda-mailing-heading" className="section">
      <h2 className="utrecht-heading-2" id="agenda-mailing-heading">
        {d.mailingTitle}
      </h2>
      {mailing.error ? (
        <LoadError error={mailing.error} onRetry={mailing.reload} />
      ) : !status ? (
        <Loading />
      ) : (
        <>
          {status.openCount > 0 && status.dueAt ? (
            <p className="utrecht-paragraph">
              {d.mailingDue(status.openCount, formatDate(status.dueAt))}
              {status.missed && (
                <>
                  {' '}
                  <strong className="overdue-label">{d.mailingMissed}</strong>
                </>
              )}
            </p>
          ) : (
            <p className="utrecht-paragraph">{d.mailingNone}</p>
          )}
          {status.lastSentAt && <p className="utrecht-paragraph">{d.mailingLastSent(formatDateTime(status.lastSentAt))}</p>}
          {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={() => void mailing.reload().then(form.clear)} />}
          {status.allowedActions.includes('mark-agenda-sent') && (
            <Button variant="primary" onClick={() => setConfirming(true)}>
              {d.markSent}
            </Button>
          )}
          <ConfirmDialog
            firstFocus="cancel"
            open={confirming}
            title={d.confirmSentTitle}
            confirmLabel={d.confirmSentButton}
            cancelLabel={d.cancel}
            busy={form.busy}
            onConfirm={() => void markSent()}
            onCancel={() => setConfirming(false)}
          >
            <p className="utrecht-paragraph">{d.confirmSent(status.openCount)}</p>
            <p className="utrecht-paragraph">
              <strong>{d.confirmSentNotice}</strong>
            </p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
