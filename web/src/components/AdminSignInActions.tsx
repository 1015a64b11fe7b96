import { useState } from 'react';
import { adminApi } from '../api/admin-api';
import type { UserView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button, ButtonGroup } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { FormError } from './FormError';

type Action = 'resetTwoFactor' | 'endSessions';

/** The admin resets a user's two-step sign-in or signs them out everywhere, each after a confirmation. */
export function AdminSignInActions({ user, onDone }: { user: UserView; onDone(notice: string): void }) {
  const { t } = useI18n();
  const s = t.signInAdmin;
  const form = useFormErrors();
  const [confirming, setConfirming] = useState<Action | null>(null);

  async function act(action: Action) {
    const notice =
      action === 'resetTwoFactor'
        ? await form.run(async () => s.resetDone(user.name, (await adminApi.resetTwoFactor(user.id)).sessionsEnded))
        : await form.run(async () => s.endDone(user.name, (await adminApi.endSessions(user.id)).ended));
    setConfirming(null);
    if (notice) onDone(notice);
  }

  return (
    <section aria-labelledby="user-sign-in-title" className="section">
      <h2 id="user-sign-in-title" className="utrecht-heading-2">
        {s.title}
      </h2>
      <p className="utrecht-paragraph">{s.intro}</p>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <ButtonGroup>
        <Button onClick={() => setConfirming('resetTwoFactor')}>{s.resetTwoFactor}</Button>
        <Button onClick={() => setConfirming('endSessions')}>{s.endSessions}</Button>
      </ButtonGroup>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'resetTwoFactor' ? s.resetTitle(user.name) : s.endTitle(user.name)}
        confirmLabel={confirming === 'resetTwoFactor' ? s.resetConfirm : s.endConfirm}
        cancelLabel={s.cancel}
        busy={form.busy}
        firstFocus="cancel"
        onConfirm={() => confirming && void act(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p className="utrecht-paragraph">{confirming === 'resetTwoFactor' ? s.resetWhat(user.name) : s.endWhat(user.name)}</p>
      </ConfirmDialog>
    </section>
  );
}
