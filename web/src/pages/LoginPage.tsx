import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { homePath } from '../App';
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

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const from = (location.state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();

  if (session.user) return <Navigate to={from ?? homePath(session.user)} replace />;

  const labels = { email: t.login.email, password: t.login.password };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const user = await form.run(
      () => session.login(email, password),
      (error) => {
        if (error.code === 'INVALID_CREDENTIALS' || error.status === 401) return t.login.invalid;
        if (error.status === 429) return t.login.rateLimited;
        if (error.status === 503) return t.login.unavailable;
        return undefined;
      },
    );
    if (user) navigate(from ?? homePath(user), { replace: true });
  }

  return (
    <div className="narrow">
      <PageHeading>{t.login.title}</PageHeading>
      {session.expired && <Alert type="warning">{t.errors.sessionExpired}</Alert>}
      {session.loggedOut && <Alert type="ok">{t.login.loggedOut}</Alert>}
      <OidcSignIn refusal={searchParams.get('oidc')} />
      <p className="utrecht-paragraph">{t.login.intro}</p>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField name="email" type="email" label={labels.email} value={email} onChange={setEmail} autoComplete="username" required error={form.fieldErrors.email} />
        <TextField name="password" type="password" label={labels.password} value={password} onChange={setPassword} autoComplete="current-password" required error={form.fieldErrors.password} />
        <Button type="submit" variant="primary" busy={form.busy}>
          {form.busy ? t.common.loading : t.login.submit}
        </Button>
      </form>
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
