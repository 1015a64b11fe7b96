import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { accountApi, type TwoFactorEnrolment, type TwoFactorStatus } from '../api/account-api';
import { StatusMessage } from './Alert';
import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';
import { FormError } from './FormError';
import { Loading } from './Loading';
import { TextField } from './fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import '../account.css';

/**
 * Two-step sign-in on the profile page: its state as the API reports it, set-up (QR code, first
 * code, recovery codes shown once) and, where the role allows it, turning it off with a code.
 */
export function MyTwoFactor() {
  const { t } = useI18n();
  const a = t.account;
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormErrors();

  const load = useCallback(() => accountApi.twoFactorStatus().then(setStatus, (error: unknown) => form.fail(error)), [form.fail]);
  useEffect(() => {
    void load();
  }, [load]);

  const refusal = () => ({ code: a.code.invalid });

  async function start() {
    setNotice(null);
    setRecoveryCodes(null);
    const started = await form.run(() => accountApi.startMyEnrolment());
    if (started) setEnrolment(started);
  }

  async function confirm(event?: FormEvent) {
    event?.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return form.showFieldErrors({ code: a.code.required });
    const confirmed = await form.run(() => accountApi.confirmMyEnrolment(code.trim()), refusal);
    setCode('');
    if (!confirmed) return;
    setEnrolment(null);
    setRecoveryCodes(confirmed.recoveryCodes);
    await load();
  }

  async function disable(event?: FormEvent) {
    event?.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return form.showFieldErrors({ code: a.code.required });
    const done = await form.run(() => accountApi.disableMine(code.trim()).then(() => true), refusal);
    setCode('');
    if (!done) return;
    setNotice(a.twoFactor.disabled);
    await load();
  }

  const codeField = (label: string) => (
    <TextField name="code" label={label} value={code} onChange={setCode} autoComplete="one-time-code" inputMode="numeric" size="small" required error={form.fieldErrors.code} />
  );

  return (
    <section aria-labelledby="my-two-factor-heading">
      <h2 className="utrecht-heading-2" id="my-two-factor-heading">
        {a.twoFactor.title}
      </h2>
      <ErrorSummary items={form.summary({ code: a.enrol.codeLabel })} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <StatusMessage>{notice}</StatusMessage>
      {status === null ? (
        <Loading />
      ) : recoveryCodes ? (
        <>
          <p className="utrecht-paragraph">{a.recovery.intro}</p>
          <ul className="recovery-codes" aria-label={a.recovery.listLabel}>
            {recoveryCodes.map((recoveryCode) => (
              <li key={recoveryCode}>
                <code>{recoveryCode}</code>
              </li>
            ))}
          </ul>
          <Button onClick={() => setRecoveryCodes(null)}>{a.recovery.done}</Button>
        </>
      ) : enrolment ? (
        <>
          <p className="utrecht-paragraph">{a.twoFactor.scan}</p>
          <img className="two-factor-qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrCodeSvg)}`} alt={a.enrol.qrAlt} width={200} height={200} />
          <p className="utrecht-paragraph">
            {a.enrol.secretLabel} <code className="two-factor-secret">{enrolment.secret}</code> {a.enrol.secretOnce}
          </p>
          <form className="form" onSubmit={confirm} noValidate>
            {codeField(a.enrol.codeLabel)}
            <Button type="submit" variant="primary" busy={form.busy}>
              {a.twoFactor.turnOn}
            </Button>
          </form>
        </>
      ) : status.enabled ? (
        <>
          <p className="utrecht-paragraph">{a.twoFactor.on(status.recoveryCodesLeft)}</p>
          {status.required ? (
            <p className="utrecht-paragraph">{a.twoFactor.requiredForRole}</p>
          ) : (
            <form className="form" onSubmit={disable} noValidate>
              {codeField(a.twoFactor.codeToTurnOff)}
              <Button type="submit" busy={form.busy}>
                {a.twoFactor.turnOff}
              </Button>
            </form>
          )}
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">{a.twoFactor.off}</p>
          <Button variant="primary" onClick={start} busy={form.busy}>
            {a.twoFactor.setUp}
          </Button>
        </>
      )}
    </section>
  );
}
