import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ALL_ROLES, adminApi } from '../api/admin-api';
import type { Role, UserView } from '../api/types';
import { BackLink } from '../components/BackLink';
import { Button, ButtonLink } from '../components/Button';
import { DataTable } from '../components/DataTable';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SelectField, TextField } from '../components/fields';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';

function matches(user: UserView, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [user.name, user.email, user.organisation].some((value) => value.toLowerCase().includes(needle));
}

/** Every account, searchable by name/e-mail/organisation and filtered by role (both kept in the address). */
export function AdminUsersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = params.get('zoek') ?? '';
  const role = (ALL_ROLES as string[]).includes(params.get('rol') ?? '') ? (params.get('rol') as Role) : undefined;
  const [search, setSearch] = useState({ query, role: role ?? '' });
  const users = useResource(() => adminApi.users(role), `users-${role ?? ''}`);
  const shown = users.data?.filter((user) => matches(user, query)) ?? [];

  function onFilter(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.query.trim()) next.set('zoek', search.query.trim());
    if (search.role) next.set('rol', search.role);
    setParams(next);
  }

  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{t.admin.users.title}</PageHeading>
      <p className="utrecht-paragraph">{t.admin.users.intro}</p>
      <ButtonLink variant="primary" to="/beheer/gebruikers/nieuw">
        {t.admin.users.new}
      </ButtonLink>
      <form className="form" role="search" aria-label={t.admin.users.search} onSubmit={onFilter}>
        <TextField name="zoek" label={t.admin.users.search} description={t.admin.users.searchHint} value={search.query} onChange={(value) => setSearch((s) => ({ ...s, query: value }))} />
        <SelectField
          name="rol"
          label={t.admin.users.roleFilter}
          value={search.role}
          onChange={(value) => setSearch((s) => ({ ...s, role: value }))}
          placeholder={t.admin.users.allRoles}
          options={ALL_ROLES.map((value) => ({ value, label: label(t.roles, value) }))}
        />
        <div>
          <Button type="submit">{t.admin.users.filter}</Button>
        </div>
      </form>
      {users.error ? (
        <LoadError error={users.error} onRetry={users.reload} />
      ) : !users.data ? (
        <Loading />
      ) : (
        <>
          <p className="utrecht-paragraph" role="status">
            {shown.length ? t.admin.users.found(shown.length) : t.admin.users.none}
          </p>
          {shown.length > 0 && (
            <DataTable caption={t.admin.users.caption} className="criteria" columns={[t.admin.users.name, t.admin.users.email, t.admin.users.organisation, t.admin.users.roles, t.admin.users.status]}>
              {shown.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link className="utrecht-link utrecht-link--html-a" to={`/beheer/gebruikers/${user.id}`}>
                      {user.name}
                    </Link>
                  </th>
                  <td>{user.email}</td>
                  <td>{user.organisation}</td>
                  <td>{user.roles.length ? user.roles.map((value) => label(t.roles, value)).join(', ') : t.oidc.noRoleYet}</td>
                  <td>{user.disabled ? t.admin.status.disabled : t.admin.status.active}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </>
  );
}
