import { useState } from 'react';
import { useNavigate } from 'react-router';
import { STAFF_ROLES, adminApi } from '../api/admin-api';
import { AdminUserForm, type UserFormValues } from '../components/AdminUserForm';
import { BackLink } from '../components/BackLink';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';

/** Creates a staff account with its roles; the person is invited by mail to choose a password. */
export function AdminNewUserPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [values, setValues] = useState<UserFormValues>({ name: '', email: '', organisation: '', roles: [], language: 'nl' });

  async function onSubmit() {
    if (values.roles.length === 0) {
      form.showFieldErrors({ roles: t.admin.users.chooseRole });
      return;
    }
    const created = await form.run(
      () => adminApi.createUser(values),
      (error) => (error.status === 409 && error.code === 'EMAIL_TAKEN' ? { email: t.admin.users.emailTaken } : undefined),
    );
    if (created) navigate(`/beheer/gebruikers/${created.id}`, { state: { notice: t.admin.users.created(created.name) } });
  }

  return (
    <div className="narrow">
      <BackLink to="/beheer/gebruikers">{t.common.backTo(t.admin.users.title.toLowerCase())}</BackLink>
      <PageHeading>{t.admin.users.newTitle}</PageHeading>
      <AdminUserForm mode="create" values={values} onChange={setValues} onSubmit={onSubmit} form={form} roleOptions={STAFF_ROLES} />
    </div>
  );
}
