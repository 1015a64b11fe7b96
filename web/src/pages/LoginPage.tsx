import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { homePath } from '../App';
import { accountApi, secondFactorOf, type TwoFactorEnrolment } from '../api/account-api';
import { ApiError } from '../api/client';
import type { UserView } from '../api/types';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { OidcSignIn } from '../components/OidcSignIn';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useSession } from '../session/session';
import '../account.css';

/**
 * Password sign-in, then, as the API answers: the code from the authenticator app, or the first
 * set-up of one (QR code, first code, recovery codes shown once).
 */
type Step = { kind: 'password' } | { kind: 'code' } | { kind: 'enrol'; enrolment: TwoFactorEnrolment } | { kind: 'recovery'; user: UserView; codes: string[] };

const hasCode = (error: unknown, code: string) => error instanceof ApiError && error.code === code;

export function LoginPage() {
  const { t } = useI18n();
  const a = t.account;
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const from = (location.state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const form = useFormErrors();

  if (session.user) return <Navigate to={from ?? homePath(session.user)} replace />;

  const labels = { email: t.login.email, password: t.login.password, code: step.kind === 'enrol' ? a.enrol.codeLabel : a.code.label };
  const refusal = (error: ApiError) => {
    if (error.code === 'TWO_FACTOR_CODE_INVALID') return { code: a.code.invalid };
    if (error.code === 'TWO_FACTOR_RATE_LIMITED') return a.code.rateLimited;
    if (error.code === 'INVALID_CREDENTIALS' || error.status === 401) return t.login.invalid;
    if (error.status === 429) return t.login.rateLimited;
    if (error.status === 503) return t.login.unavailable;
    return undefined;
  };

  async function onPassword(event?: FormEvent) {
    event?.preventDefault();
    const next = await form.run(async (): Promise<Step | UserView> => {
      try {
        return await session.login(email, password);
      } catch (error) {
        if (hasCode(error, 'SECOND_FACTOR_REQUIRED')) return { kind: 'code' };
        if (hasCode(error, 'TWO_FACTOR_ENROLMENT_REQUIRED')) return { kind: 'enrol', enrolment: await accountApi.startEnrolment(email, password) };
        throw error;
      }
    }, refusal);
    if (next && 'kind' in next) setStep(next);
    else if (next) navigate(from ?? homePath(next), { replace: true });
  }

  async function onCode(event?: FormEvent) {
    event?.preventDefault();
    if (!code.trim()) return form.showFieldErrors({ code: a.code.required });
    const user = await form.run(() => session.login(email, password, secondFactorOf(code)), refusal);
    if (user) navigate(from ?? homePath(user), { replace: true });
    else setCode('');
  }

  async function onEnrol(event?: FormEvent) {
    event?.preventDefault();
    if (!code.trim()) return form.showFieldErrors({ code: a.code.required });
    const confirmed = await form.run(() => accountApi.confirmEnrolment(email, password, code.trim()), refusal);
    if (confirmed) setStep({ kind: 'recovery', user: confirmed.user, codes: confirmed.recoveryCodes });
    else setCode('');
  }

  function finish(user: UserView) {
    session.setUser(user);
    navigate(from ?? homePath(user), { replace: true });
  }

  const errors = (
    <>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
    </>
  );

  if (step.kind === 'code')
    return (
      <div className="narrow">
        <PageHeading>{a.code.title}</PageHeading>
        <p className="utrecht-paragraph">{a.code.intro}</p>
        {errors}
        <form className="form" onSubmit={onCode} noValidate>
          <TextField name="code" label={labels.code} description={a.code.hint} value={code} onChange={setCode} autoComplete="one-time-code" size="small" required error={form.fieldErrors.code} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.loading : a.code.submit}
          </Button>
        </form>
      </div>
    );

  if (step.kind === 'enrol')
    return (
      <div className="narrow">
        <PageHeading>{a.enrol.title}</PageHeading>
        <p className="utrecht-paragraph">{a.enrol.intro}</p>
        {errors}
        <img className="two-factor-qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(step.enrolment.qrCodeSvg)}`} alt={a.enrol.qrAlt} width={200} height={200} />
        <p className="utrecht-paragraph">
          {a.enrol.secretLabel} <code className="two-factor-secret">{step.enrolment.secret}</code> {a.enrol.secretOnce}
        </p>
        <form className="form" onSubmit={onEnrol} noValidate>
          <TextField name="code" label={labels.code} value={code} onChange={setCode} autoComplete="one-time-code" inputMode="numeric" size="small" required error={form.fieldErrors.code} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.loading : a.enrol.submit}
          </Button>
        </form>
      </div>
    );

  if (step.kind === 'recovery')
    return (
      <div className="narrow">
        <PageHeading>{a.recovery.title}</PageHeading>
        <Alert type="warning">{a.recovery.intro}</Alert>
        <ul className="recovery-codes" aria-label={a.recovery.listLabel}>
          {step.codes.map((recoveryCode) => (
            <li key={recoveryCode}>
              <code>{recoveryCode}</code>
            </li>
          ))}
        </ul>
        <Button variant="primary" onClick={() => finish(step.user)}>
          {a.recovery.done}
        </Button>
      </div>
    );

  return (
    <div className="narrow">
      <PageHeading>{t.login.title}</PageHeading>
      {session.expired && <Alert type="warning">{t.errors.sessionExpired}</Alert>}
      {session.loggedOut && <Alert type="ok">{t.login.loggedOut}</Alert>}
      <OidcSignIn refusal={searchParams.get('oidc')} />
      <p className="utrecht-paragraph">{t.login.intro}</p>
      {errors}
      <form className="form" onSubmit={onPassword} noValidate>
        <TextField name="email" type="email" label={labels.email} value={email} onChange={setEmail} autoComplete="username" required error={form.fieldErrors.email} />
        <TextField name="password" type="password" label={labels.password} value={password} onChange={setPassword} autoComplete="current-password" required error={form.fieldErrors.password} />
        <Button type="submit" variant="primary" busy={form.busy}>
          {form.busy ? t.common.loading : t.login.submit}
        </Button>
      </form>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/wachtwoord-vergeten">
          {a.forgot.link}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        {t.login.noAccount}{' '}
        <Link className="utrecht-link utrecht-link--html-a" to="/registreren">
          {t.login.registerLink}
        </Link>
        .
      </p>
    </div>
  );
}
