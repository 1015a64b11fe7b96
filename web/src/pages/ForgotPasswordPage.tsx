import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { accountApi } from '../api/account-api';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const a = t.account.forgot;
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormErrors();

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    if (await form.run(() => accountApi.requestPasswordReset(email))) setSent(true);
  }

  return (
    <div className="narrow">
      <PageHeading>{a.title}</PageHeading>
      {sent ? (
        <Alert type="ok">{a.sent}</Alert>
      ) : (
        <>
          <p className="utrecht-paragraph">{a.intro}</p>
          <ErrorSummary items={form.summary({ email: a.email })} focusKey={form.focusKey} />
          {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
          <form className="form" onSubmit={onSubmit} noValidate>
            <TextField name="email" type="email" label={a.email} value={email} onChange={setEmail} autoComplete="username" required error={form.fieldErrors.email} />
            <Button type="submit" variant="primary" busy={form.busy}>
              {form.busy ? t.common.loading : a.submit}
            </Button>
          </form>
        </>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/inloggen">
          {t.account.setPassword.toLogin}
        </Link>
      </p>
    </div>
  );
}
