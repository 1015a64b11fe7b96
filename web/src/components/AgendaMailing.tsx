import { useState } from 'react';
import { deadlineApi, type AgendaMailPreview } from '../api/deadline-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';
import { MailPreviewBox } from './MailPreviewBox';
import './deadlines.css';

/**
 * The secretary's "send agenda and dossiers" step on the meeting page: how many cases wait for it
 * and by when; the mail exactly as it will go to the committee, in each recipient's language; and,
 * after a confirmation naming the recipients, the sending, which closes the agenda deadlines.
 */
export function AgendaMailing({ meetingId, agendaKey, onDone }: { meetingId: string; agendaKey: string; onDone(message: string): void }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const d = t.deadlines;
  const a = t.agendaMail;
  const mailing = useResource(() => deadlineApi.agendaMailing(meetingId), `agenda-mailing-${meetingId}-${agendaKey}`);
  const [preview, setPreview] = useState<AgendaMailPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const form = useFormErrors();
  const status = mailing.data;

  async function showPreview() {
    const result = await form.run(() => deadlineApi.previewAgenda(meetingId));
    if (result) {
      setPreview(result);
      window.setTimeout(() => document.getElementById('agenda-preview-title')?.focus(), 0);
    }
  }

  async function send() {
    const result = await form.run(() => deadlineApi.sendAgenda(meetingId));
    setConfirming(false);
    if (result) {
      setPreview(null);
      await mailing.reload();
      onDone(a.sent(result.recipients.length));
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
          {status.lastSentAt && <p className="utrecht-paragraph">{a.lastSent(formatDateTime(status.lastSentAt))}</p>}
          {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={() => void mailing.reload().then(form.clear)} />}
          {status.allowedActions.includes('send-agenda') && !preview && (
            <Button variant="primary" busy={form.busy} onClick={() => void showPreview()}>
              {a.preview}
            </Button>
          )}
          {preview && status.allowedActions.includes('send-agenda') && (
            <div className="agenda-preview">
              <h3 className="utrecht-heading-3" id="agenda-preview-title" tabIndex={-1}>
                {a.previewTitle}
              </h3>
              <p className="utrecht-paragraph">{a.previewIntro(preview.recipients.length)}</p>
              <h4 className="utrecht-heading-4">{a.recipientsTitle}</h4>
              <ul className="utrecht-unordered-list">
                {preview.recipients.map((recipient) => (
                  <li key={recipient.email}>
                    {recipient.name} ({recipient.email}, {a.languages[recipient.language]})
                  </li>
                ))}
              </ul>
              {preview.mails.map((mail) => (
                <MailPreviewBox key={mail.language} preview={mail} headingId={`agenda-mail-${mail.language}`} title={a.languageTitle(a.languages[mail.language])} />
              ))}
              <div className="utrecht-button-group utrecht-button-group--row">
                <Button variant="primary" onClick={() => setConfirming(true)}>
                  {a.send}
                </Button>
                <Button onClick={() => setPreview(null)}>{a.cancel}</Button>
              </div>
            </div>
          )}
          <ConfirmDialog
            firstFocus="cancel"
            open={confirming}
            title={a.confirmTitle}
            confirmLabel={a.confirmButton}
            cancelLabel={a.cancel}
            busy={form.busy}
            onConfirm={() => void send()}
            onCancel={() => setConfirming(false)}
          >
            <p className="utrecht-paragraph">{a.confirmWho(preview?.recipients.map((recipient) => recipient.name).join(', ') ?? '')}</p>
            <p className="utrecht-paragraph">{a.confirmWhat(status.openCount)}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
