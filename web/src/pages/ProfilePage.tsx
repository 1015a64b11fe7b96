import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Language } from '../api/types';
import { StatusMessage } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { OwnReviewerAvailability } from '../components/AdminReviewerAvailability';
import { MySessions } from '../components/MySessions';
import { MyTwoFactor } from '../components/MyTwoFactor';
import { NotificationPreferencesForm } from '../components/NotificationPreferencesForm';
import { OwnDataDownload } from '../components/OwnDataDownload';
import { PageHeading } from '../components/PageHeading';
import { RadioGroup, TextField } from '../components/fields';
import { label, useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useSession } from '../session/session';

export function ProfilePage() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.user!;
  const [values, setValues] = useState({ name: user.name, organisation: user.organisation, language: user.language as Language });
  const [saved, setSaved] = useState(false);
  const form = useFormErrors();
  // The header's language switch changes the profile too.
  useEffect(() => setValues((current) => ({ ...current, language: user.language })), [user.language]);
  const labels = { name: t.profile.name, organisation: t.profile.organisation, language: t.profile.language };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setSaved(false);
    const updated = await form.run(() => api.updateMe(values));
    if (updated) {
      session.setUser(updated);
      setSaved(true);
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t.profile.title}</PageHeading>
      <h2 className="utrecht-heading-2">{t.profile.details}</h2>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t.profile.email}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.email}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t.profile.roles}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{user.roles.map((role) => label(t.roles, role)).join(', ')}</dd>
        </div>
      </dl>
      <StatusMessage>{saved ? t.profile.saved : null}</StatusMessage>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField name="name" label={labels.name} value={values.name} onChange={(name) => setValues((v) => ({ ...v, name }))} autoComplete="name" required error={form.fieldErrors.name} />
        <TextField
          name="organisation"
          label={labels.organisation}
          value={values.organisation}
          onChange={(organisation) => setValues((v) => ({ ...v, organisation }))}
          autoComplete="organization"
          required
          error={form.fieldErrors.organisation}
        />
        <RadioGroup<Language>
          name="language"
          label={labels.language}
          description={t.profile.languageHint}
          value={values.language}
          onChange={(language) => setValues((v) => ({ ...v, language }))}
          options={[
            { value: 'nl', label: t.languages.nl },
            { value: 'en', label: t.languages.en },
          ]}
          error={form.fieldErrors.language}
        />
        <Button type="submit" variant="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.profile.save}
        </Button>
      </form>
      <NotificationPreferencesForm />
      <OwnReviewerAvailability />
      <OwnDataDownload />
      <MyTwoFactor />
      <MySessions />
    </div>
  );
}
