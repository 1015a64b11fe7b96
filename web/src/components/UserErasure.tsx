import { useState } from 'react';
import { privacyApi, type ErasurePreview } from '../api/privacy-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Alert } from './Alert';
import { Button, ButtonGroup } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { FormError } from './FormError';

/**
 * An erasure request for one person: the API first says what would happen or why it may not
 * happen now (the refusals with the cases they concern); the admin confirms before it is done.
 */
export function UserErasure({ userId, onErased }: { userId: string; onErased(): Promise<void> }) {
  const { t } = useI18n();
  const e = t.privacy.erasure;
  const form = useFormErrors();
  const [preview, setPreview] = useState<ErasurePreview | null>(null);

  async function prepare() {
    const result = await form.run(() => privacyApi.previewErasure(userId));
    if (result) setPreview(result);
  }

  async function erase() {
    const result = await form.run(() => privacyApi.erase(userId));
    setPreview(null);
    if (result) await onErased();
  }

  return (
    <section aria-labelledby="user-erasure-title" className="section">
      <h2 id="user-erasure-title" className="utrecht-heading-2">
        {e.title}
      </h2>
      <p className="utrecht-paragraph">{e.intro}</p>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      {preview && !preview.allowed && (
        <Alert type="warning" title={e.refusedTitle}>
          <ul className="utrecht-unordered-list">
            {preview.refusals.map((refusal) => (
              <li key={refusal.code} className="utrecht-unordered-list__item">
                {e.refusals[refusal.code](refusal.concerns.join(', '))}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <ButtonGroup>
        <Button onClick={() => void prepare()} busy={form.busy && !preview}>
          {e.check}
        </Button>
      </ButtonGroup>
      <ConfirmDialog
        open={preview?.allowed ?? false}
        title={e.confirmTitle(preview?.person.name ?? '')}
        confirmLabel={e.confirm}
        cancelLabel={t.privacy.cancel}
        busy={form.busy}
        firstFocus="cancel"
        onConfirm={() => void erase()}
        onCancel={() => setPreview(null)}
      >
        {preview && (
          <>
            <p className="utrecht-paragraph">{e.confirmWhat}</p>
            <p className="utrecht-paragraph">{e.effects(preview.effects)}</p>
            <p className="utrecht-paragraph">{e.kept(preview.effects.reviewsKept, preview.effects.auditLinesKept)}</p>
            <p className="utrecht-paragraph">{e.who}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
