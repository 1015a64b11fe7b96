import type { FormEvent } from 'react';
import type { Language, Role } from '../api/types';
import { label, useI18n } from '../i18n/i18n';
import { Button } from './Button';
import { ErrorSummary } from './ErrorSummary';
import { FormError } from './FormError';
import { CheckboxGroup, RadioGroup, TextField } from './fields';
import type { useFormErrors } from '../lib/use-form-state';

export interface UserFormValues {
  name: string;
  email: string;
  organisation: string;
  roles: Role[];
  language: Language;
}

interface Props {
  mode: 'create' | 'edit';
  values: UserFormValues;
  onChange(values: UserFormValues): void;
  onSubmit(): void;
  form: ReturnType<typeof useFormErrors>;
  roleOptions: Role[];
}

/**
 * An account's fields. Creating asks for everything (the person chooses a password through the invitation mail); editing changes
 * name, organisation and roles only (the e-mail address is the login and stays).
 */
export function AdminUserForm({ mode, values, onChange, onSubmit, form, roleOptions }: Props) {
  const { t } = useI18n();
  const u = t.admin.users;
  const labels = { name: u.name, email: u.email, organisation: u.organisation, roles: u.roles, language: u.language };
  const set = <K extends keyof UserFormValues>(key: K) => (value: UserFormValues[K]) => onChange({ ...values, [key]: value });

  function submit(event?: FormEvent) {
    event?.preventDefault();
    onSubmit();
  }

  return (
    <>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => submit()} />}
      <form className="form" onSubmit={submit} noValidate>
        <TextField name="name" label={u.name} value={values.name} onChange={set('name')} autoComplete="off" required error={form.fieldErrors.name} />
        {mode === 'create' && (
          <TextField name="email" type="email" label={u.email} value={values.email} onChange={set('email')} autoComplete="off" required error={form.fieldErrors.email} />
        )}
        <TextField name="organisation" label={u.organisation} value={values.organisation} onChange={set('organisation')} autoComplete="off" required error={form.fieldErrors.organisation} />
        <CheckboxGroup
          name="roles"
          label={u.roles}
          description={u.rolesHint}
          value={values.roles}
          onChange={(roles) => onChange({ ...values, roles: roles as Role[] })}
          options={roleOptions.map((role) => ({ value: role, label: label(t.roles, role) }))}
          required
          error={form.fieldErrors.roles}
        />
        {mode === 'create' && (
          <>
            <RadioGroup<Language>
              name="language"
              label={u.language}
              value={values.language}
              onChange={set('language')}
              options={[
                { value: 'nl', label: t.languages.nl },
                { value: 'en', label: t.languages.en },
              ]}
              error={form.fieldErrors.language}
            />
            <p className="utrecht-paragraph">{t.account.invitation.hint}</p>
          </>
        )}
        <div>
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : mode === 'create' ? u.create : u.save}
          </Button>
        </div>
      </form>
    </>
  );
}
