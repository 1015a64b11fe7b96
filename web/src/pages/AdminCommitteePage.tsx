import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { adminApi, type Committee, type CommitteeBody } from '../api/admin-api';
import { ApiError } from '../api/client';
import type { UserView } from '../api/types';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonLink } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { CheckboxGroup, SelectField, TextField, YesNo } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';

interface Loaded {
  committee: Committee | null;
  users: UserView[];
}

/** Creates a committee (`/beheer/commissies/nieuw`) or edits one: name, databank, chair, members, active. */
export function AdminCommitteePage() {
  const { id } = useParams();
  const { t } = useI18n();
  const loaded = useResource<Loaded>(
    async () => {
      const [committee, users] = await Promise.all([id ? adminApi.committee(id) : Promise.resolve(null), adminApi.users()]);
      return { committee, users };
    },
    id ?? 'new',
  );

  if (loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 400)) return <NotFoundPage />;
  const title = id ? (loaded.data?.committee?.name ?? t.admin.committees.title) : t.admin.committees.newTitle;
  return (
    <div className="narrow">
      <BackLink to="/beheer/commissies">{t.common.backTo(t.admin.committees.title.toLowerCase())}</BackLink>
      <PageHeading>{title}</PageHeading>
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : (
        <>
          {loaded.data.committee && (
            <p className="utrecht-paragraph">
              <ButtonLink variant="secondary" to={`/beheer/commissies/${loaded.data.committee.id}/procedure`}>
                {t.committeeSettings.link}
              </ButtonLink>{' '}
              {t.committeeSettings.linkHint}
            </p>
          )}
          <CommitteeForm key={loaded.data.committee?.id ?? 'new'} committee={loaded.data.committee} users={loaded.data.users} />
        </>
      )}
    </div>
  );
}

function CommitteeForm({ committee, users }: { committee: Committee | null; users: UserView[] }) {
  const { t } = useI18n();
  const c = t.admin.committees;
  const navigate = useNavigate();
  const form = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const [values, setValues] = useState<CommitteeBody>({
    name: committee?.name ?? '',
    databank: committee?.databank ?? 'Databank Effectieve sociale interventies',
    chairId: committee?.chair?.id ?? '',
    memberIds: committee?.members.map((member) => member.id) ?? [],
    active: committee?.active ?? true,
  });
  const labels = { name: c.name, databank: c.databank, chairId: c.chair, memberIds: c.members, active: c.active };
  const activeUsers = users.filter((user) => !user.disabled);
  const chairs = activeUsers.filter((user) => user.roles.includes('chair'));
  const candidates = activeUsers.filter((user) => (user.roles.includes('committee_member') || user.roles.includes('chair')) && user.id !== values.chairId);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setSaved(null);
    const body = { ...values, memberIds: values.memberIds.filter((memberId) => memberId !== values.chairId) };
    if (committee) {
      const updated = await form.run(() => adminApi.updateCommittee(committee.id, body));
      if (updated) setSaved(c.saved);
    } else {
      const created = await form.run(() => adminApi.createCommittee({ name: body.name, databank: body.databank, chairId: body.chairId, memberIds: body.memberIds }));
      if (created) navigate('/beheer/commissies', { state: { notice: c.created(created.name) } });
    }
  }

  return (
    <>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField name="name" label={c.name} value={values.name} onChange={(name) => setValues((v) => ({ ...v, name }))} required error={form.fieldErrors.name} />
        <TextField
          name="databank"
          label={c.databank}
          description={c.databankHint}
          value={values.databank}
          onChange={(databank) => setValues((v) => ({ ...v, databank }))}
          required
          error={form.fieldErrors.databank}
        />
        <SelectField
          name="chairId"
          label={c.chair}
          description={c.chairHint}
          value={values.chairId}
          onChange={(chairId) => setValues((v) => ({ ...v, chairId }))}
          placeholder={c.choosePerson}
          options={chairs.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
          required
          error={form.fieldErrors.chairId}
        />
        {candidates.length === 0 ? (
          <p className="utrecht-paragraph">{c.noCandidates}</p>
        ) : (
          <CheckboxGroup
            name="memberIds"
            label={c.members}
            description={c.membersHint}
            value={values.memberIds}
            onChange={(memberIds) => setValues((v) => ({ ...v, memberIds }))}
            options={candidates.map((user) => ({ value: user.id, label: user.name }))}
            error={form.fieldErrors.memberIds}
          />
        )}
        {committee && (
          <YesNo name="active" label={c.active} description={c.activeHint} value={values.active ?? true} onChange={(active) => setValues((v) => ({ ...v, active }))} error={form.fieldErrors.active} />
        )}
        <div>
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : committee ? c.save : c.create}
          </Button>
        </div>
      </form>
    </>
  );
}
