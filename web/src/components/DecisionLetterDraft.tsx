import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { COVERING_MESSAGE_MAX_LENGTH, decisionLetterApi, draftLetterUrl } from '../api/decision-letter-api';
import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { LoadError } from './Loading';
import { TextArea } from './fields';
import '../letter.css';

interface Props {
  view: ApplicationView;
  onSent(view: ApplicationView, message: string): void;
  onReload(): Promise<unknown>;
}

/**
 * While the recorded decision's letter is a draft: the chair and the secretaries read it (PDF in
 * the browser); the secretary, when the API lists SEND_DECISION_LETTER, sends it with an optional
 * covering message after a confirmation that names who receives it.
 */
export function DecisionLetterDraft({ view, onSent, onReload }: Props) {
  const { t } = useI18n();
  const l = t.letter;
  const canSend = view.allowedActions.includes('SEND_DECISION_LETTER');
  const readsDraft = view.state === 'letterDraft' && (canSend || view.kinds.includes('chair'));
  if (!readsDraft) return null;
  return (
    <section className="section panel letter-draft" aria-labelledby="letter-draft-heading">
      <h2 className="utrecht-heading-2" id="letter-draft-heading">
        {l.draftTitle}
      </h2>
      <p className="utrecht-paragraph">{canSend ? l.draftIntroSecretary : l.draftIntroChair}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={draftLetterUrl(view.id)} target="_blank" rel="noopener">
          {l.openDraft}
        </a>
      </p>
      {canSend && <SendLetterForm view={view} onSent={onSent} onReload={onReload} />}
    </section>
  );
}

function SendLetterForm({ view, onSent, onReload }: Props) {
  const { t } = useI18n();
  const l = t.letter;
  const [coveringMessage, setCoveringMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const addressees = useResource(() => decisionLetterApi.addressees(view.id), `${view.id}:${view.version}`);
  const form = useFormErrors();
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;

  function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setConfirming(true);
  }

  async function send() {
    const result = await form.run(() => decisionLetterApi.send(view.id, view.version, coveringMessage.trim() || undefined));
    setConfirming(false);
    if (result) onSent(result.application, l.sent);
  }

  async function reload() {
    await onReload();
    form.clear();
  }

  const informed = addressees.data?.informed.map((role) => l.informedRoles[role] ?? role) ?? [];
  const informedText = informed.length > 1 ? `${informed.slice(0, -1).join(', ')} ${l.and} ${informed.at(-1)}` : (informed[0] ?? '');

  return (
    <FieldScopeProvider scope="send-letter">
      <ErrorSummary items={form.summary({ coveringMessage: l.coveringMessage })} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? reload : undefined} onRetry={stale ? undefined : () => void send()} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextArea
          name="coveringMessage"
          label={l.coveringMessage}
          description={l.coveringMessageHint(COVERING_MESSAGE_MAX_LENGTH)}
          rows={4}
          value={coveringMessage}
          onChange={setCoveringMessage}
          error={form.fieldErrors.coveringMessage}
        />
        <Button type="submit" variant="primary" busy={form.busy}>
          {l.send}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={l.confirmSendTitle}
        confirmLabel={l.confirmSend}
        cancelLabel={l.cancel}
        busy={form.busy}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      >
        {addressees.error ? (
          <LoadError error={addressees.error} onRetry={addressees.reload} />
        ) : (
          <>
            <p className="utrecht-paragraph">{l.confirmSendTo}</p>
            <ul className="utrecht-unordered-list">
              {addressees.data?.owners.map((owner) => (
                <li key={owner.email} className="utrecht-unordered-list__item">
                  {owner.name} ({owner.email})
                </li>
              ))}
            </ul>
            {informedText && <p className="utrecht-paragraph">{l.confirmSendInformed(informedText)}</p>}
            {coveringMessage.trim() && <p className="utrecht-paragraph">{l.confirmSendWithMessage}</p>}
            <p className="utrecht-paragraph">{l.confirmSendDeadlines}</p>
          </>
        )}
      </ConfirmDialog>
    </FieldScopeProvider>
  );
}
