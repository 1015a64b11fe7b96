import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { accountApi, type AccountLinkView } from '../api/account-api';
import { ApiError } from '../api/client';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';

type LinkState = { kind: 'loading' } | { kind: 'refused'; message: string } | { kind: 'open'; link: AccountLinkView } | { kind: 'done'; twoFactor: boolean };

/**
 * The page behind an invitation or reset link. The token is in the fragment (#…), which the
 * browser never sends to a server; the API gets it in a request body.
 */
export function SetPasswordPage() {
  const { t, locale } = useI18n();
  const a = t.account.setPassword;
  const [token] = useState(() => window.location.hash.slice(1));
  const [state, setState] = useState<LinkState>({ kind: 'loading' });
  const [password, setPassword] = useState('');
  const form = useFormErrors();

  const refusalMessage = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'ACCOUNT_LINK_USED') return a.used;
    if (error instanceof ApiError && error.code === 'ACCOUNT_LINK_EXPIRED') return a.expired;
    return a.unknown;
  };

  useEffect(() => {
    if (!token) return setState({ kind: 'refused', message: a.noToken });
    accountApi.inspectLink(token).then(
      (link) => setState({ kind: 'open', link }),
      (error: unknown) => setState({ kind: 'refused', message: refusalMessage(error) }),
    );
    // The token is read once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    if (state.kind !== 'open') return;
    const done = await form.run(
      () => accountApi.completeLink(token, password),
      (error) => (error.status === 410 || error.status === 404 ? refusalMessage(error) : undefined),
    );
    if (done) setState({ kind: 'done', twoFactor: state.link.twoFactorRequired });
  }

  const toLogin = (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link utrecht-link--html-a" to="/inloggen">
        {a.toLogin}
      </Link>
    </p>
  );

  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'refused')
    return (
      <div className="narrow">
        <PageHeading>{a.titleReset}</PageHeading>
        <Alert type="error">{state.message}</Alert>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/wachtwoord-vergeten">
            {a.askNew}
          </Link>
        </p>
      </div>
    );
  if (state.kind === 'done')
    return (
      <div className="narrow">
        <PageHeading>{a.titleReset}</PageHeading>
        <Alert type="ok">{state.twoFactor ? a.doneTwoFactor : a.done}</Alert>
        {toLogin}
      </div>
    );

  const { link } = state;
  const expires = new Date(link.expiresAt).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="narrow">
      <PageHeading>{link.purpose === 'invitation' ? a.titleInvitation : a.titleReset}</PageHeading>
      <p className="utrecht-paragraph">{a.forAccount(link.name, link.email)}</p>
      <p className="utrecht-paragraph">{a.expiresAt(expires)}</p>
      <ErrorSummary items={form.summary({ password: a.password })} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <input type="hidden" name="username" autoComplete="username" value={link.email} />
        <TextField name="password" type="password" label={a.password} description={a.passwordHint} value={password} onChange={setPassword} autoComplete="new-password" required error={form.fieldErrors.password} />
        <Button type="submit" variant="primary" busy={form.busy}>
          {form.busy ? t.common.saving : a.submit}
        </Button>
      </form>
    </div>
  );
}
