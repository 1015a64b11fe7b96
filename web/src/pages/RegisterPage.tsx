import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { homePath } from '../App';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useSession } from '../session/session';

export function RegisterPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ name: '', organisation: '', email: '', password: '' });
  const form = useFormErrors();
  const set = (field: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  if (session.user) return <Navigate to={homePath(session.user)} replace />;

  const labels = { name: t.register.name, organisation: t.register.organisation, email: t.register.email, password: t.register.password };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const user = await form.run(
      () => session.register(values),
      (error) => (error.code === 'EMAIL_TAKEN' ? { email: t.register.emailTaken } : undefined),
    );
    if (user) navigate(homePath(user), { replace: true });
  }

  return (
    <div className="narrow">
      <PageHeading>{t.register.title}</PageHeading>
      <p className="utrecht-paragraph">{t.register.intro}</p>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField name="name" label={labels.name} value={values.name} onChange={set('name')} autoComplete="name" required error={form.fieldErrors.name} />
        <TextField
          name="organisation"
          label={labels.organisation}
          description={t.register.organisationHint}
          value={values.organisation}
          onChange={set('organisation')}
          autoComplete="organization"
          required
          error={form.fieldErrors.organisation}
        />
        <TextField name="email" type="email" label={labels.email} value={values.email} onChange={set('email')} autoComplete="email" required error={form.fieldErrors.email} />
        <TextField
          name="password"
          type="password"
          label={labels.password}
          description={t.register.passwordHint}
          value={values.password}
          onChange={set('password')}
          autoComplete="new-password"
          required
          error={form.fieldErrors.password}
        />
        <Button type="submit" variant="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.register.submit}
        </Button>
      </form>
      <p className="utrecht-paragraph">
        {t.register.haveAccount}{' '}
        <Link className="utrecht-link utrecht-link--html-a" to="/inloggen">
          {t.register.loginLink}
        </Link>
      </p>
    </div>
  );
}
