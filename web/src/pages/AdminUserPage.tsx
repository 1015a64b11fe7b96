import { useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { ALL_ROLES, adminApi } from '../api/admin-api';
import { ApiError } from '../api/client';
import type { UserView } from '../api/types';
import { AdminSignInActions } from '../components/AdminSignInActions';
import { AdminUserForm, type UserFormValues } from '../components/AdminUserForm';
import { Alert, StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { UserErasure } from '../components/UserErasure';
import { useI18n } from '../i18n/i18n';
import { errorMessage } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';
import { NotFoundPage } from './NotFoundPage';

/** One account: its details, a form for name, organisation and roles, and disabling or enabling it. */
export function AdminUserPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const user = useResource(() => adminApi.user(id), id);
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);

  if (user.error instanceof ApiError && (user.error.status === 404 || user.error.status === 400)) return <NotFoundPage />;
  return (
    <div className="narrow">
      <BackLink to="/beheer/gebruikers">{t.common.backTo(t.admin.users.title.toLowerCase())}</BackLink>
      {user.error ? (
        <>
          <PageHeading>{t.admin.users.title}</PageHeading>
          <LoadError error={user.error} onRetry={user.reload} />
        </>
      ) : !user.data ? (
        <>
          <PageHeading>{t.admin.users.title}</PageHeading>
          <Loading />
        </>
      ) : (
        <UserDetails
          key={user.data.id}
          user={user.data}
          notice={notice}
          onChanged={(updated, message) => {
            user.setData(updated);
            setNotice(message);
          }}
        />
      )}
    </div>
  );
}

function UserDetails({ user, notice, onChanged }: { user: UserView; notice: string | null; onChanged(user: UserView, notice: string): void }) {
  const { t, formatDate } = useI18n();
  const u = t.admin.users;
  const form = useFormErrors();
  const [values, setValues] = useState<UserFormValues>({ name: user.name, email: user.email, organisation: user.organisation, roles: user.roles, language: user.language });

  async function onSave() {
    if (values.roles.length === 0) {
      form.showFieldErrors({ roles: u.chooseRole });
      return;
    }
    const updated = await form.run(() => adminApi.updateUser(user.id, { name: values.name, organisation: values.organisation, roles: values.roles }));
    if (updated) onChanged(updated, u.saved);
  }

  return (
    <>
      <PageHeading>{user.name}</PageHeading>
      <StatusMessage>{notice}</StatusMessage>
      <h2 className="utrecht-heading-2">{u.details}</h2>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{u.email}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.email}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{u.status}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.disabled ? t.admin.status.disabled : t.admin.status.active}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{u.since}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{formatDate(user.createdAt)}</dd>
        </div>
      </dl>
      <h2 className="utrecht-heading-2">{u.edit}</h2>
      <AdminUserForm mode="edit" values={values} onChange={setValues} onSubmit={onSave} form={form} roleOptions={ALL_ROLES} />
      <AccountAccess user={user} onChanged={onChanged} />
      <AdminSignInActions user={user} onDone={(message) => onChanged(user, message)} />
      <UserErasure userId={user.id} onErased={async () => onChanged(await adminApi.user(user.id), t.privacy.erasure.done)} />
    </>
  );
}

/** Disabling asks for a confirmation first; the API then ends all the user's sessions. */
function AccountAccess({ user, onChanged }: { user: UserView; onChanged(user: UserView, notice: string): void }) {
  const { t } = useI18n();
  const u = t.admin.users;
  const { user: me } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; key: number } | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function act(action: () => Promise<UserView>, message: (name: string) => string) {
    setBusy(true);
    setError(null);
    try {
      const updated = await action();
      setConfirming(false);
      onChanged(updated, message(updated.name));
    } catch (failure) {
      setError({ message: errorMessage(failure, t), key: Date.now() });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title" className="utrecht-heading-2">
        {u.accountTitle}
      </h2>
      {error && <FormError message={error.message} focusKey={error.key} />}
      {user.disabled ? (
        <>
          <p className="utrecht-paragraph">{u.disabledText}</p>
          <Button busy={busy} onClick={() => act(() => adminApi.enableUser(user.id), u.enabledNotice)}>
            {u.enable}
          </Button>
        </>
      ) : me?.id === user.id ? (
        <p className="utrecht-paragraph">{u.ownAccount}</p>
      ) : confirming ? (
        <div ref={confirmRef} tabIndex={-1} className="confirm-disable">
          <Alert type="warning">
            <p className="utrecht-paragraph">{u.disableConfirm(user.name)}</p>
            <ButtonGroup>
              <Button variant="primary" busy={busy} onClick={() => act(() => adminApi.disableUser(user.id), u.disabledNotice)}>
                {u.disableYes}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t.common.cancel}</Button>
            </ButtonGroup>
          </Alert>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>{u.disable}</Button>
      )}
    </section>
  );
}
