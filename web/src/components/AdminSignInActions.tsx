import { useState } from 'react';
import { adminApi } from '../api/admin-api';
import type { UserView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button, ButtonGroup } from './Button';
import { ConfirmDialog } from './ConfirmDialog';
import { FormError } from './FormError';

type Action = 'resetTwoFactor' | 'endSessions' | 'reinvite';

/**
 * The admin resets a user's two-step sign-in, signs them out everywhere or sends their invitation
 * again, each after a confirmation saying what happens and who is told.
 */
export function AdminSignInActions({ user, onDone }: { user: UserView; onDone(notice: string): void }) {
  const { t, formatDateTime } = useI18n();
  const s = t.signInAdmin;
  const form = useFormErrors();
  const [confirming, setConfirming] = useState<Action | null>(null);

  const actions: Record<Action, { title: string; what: string; confirm: string; run(): Promise<string> }> = {
    resetTwoFactor: {
      title: s.resetTitle(user.name),
      what: s.resetWhat(user.name),
      confirm: s.resetConfirm,
      run: async () => s.resetDone(user.name, (await adminApi.resetTwoFactor(user.id)).sessionsEnded),
    },
    endSessions: {
      title: s.endTitle(user.name),
      what: s.endWhat(user.name),
      confirm: s.endConfirm,
      run: async () => s.endDone(user.name, (await adminApi.endSessions(user.id)).ended),
    },
    reinvite: {
      title: s.reinviteTitle(user.name),
      what: s.reinviteWhat(user.name, user.email),
      confirm: s.reinviteConfirm,
      run: async () => s.reinviteDone(user.email, formatDateTime((await adminApi.reinvite(user.id)).expiresAt)),
    },
  };
  const open = confirming ? actions[confirming] : null;

  async function act(action: Action) {
    const notice = await form.run(actions[action].run);
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
        <Button onClick={() => setConfirming('reinvite')}>{s.reinvite}</Button>
      </ButtonGroup>
      <ConfirmDialog
        open={open !== null}
        title={open?.title ?? ''}
        confirmLabel={open?.confirm ?? ''}
        cancelLabel={s.cancel}
        busy={form.busy}
        firstFocus="cancel"
        onConfirm={() => confirming && void act(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p className="utrecht-paragraph">{open?.what}</p>
      </ConfirmDialog>
    </section>
  );
}
