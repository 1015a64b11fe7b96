import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import { notifyApi, type MailPreview } from '../api/notify-api';
import { MailPreviewBox } from '../components/MailPreviewBox';
import type { Language } from '../api/types';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { RadioGroup, SelectField, TextArea, TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import type { FieldErrors } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import '../components/mail-templates.css';

/** The API names an unknown placeholder by rule and name; say it in the admin's words. */
function placeholderErrors(error: ApiError, message: (name: string) => string): FieldErrors | undefined {
  const unknown = (error.fieldErrors as unknown as { field: string; rule?: string; placeholder: string }[]).filter((item) => item.rule === 'placeholder');
  if (unknown.length === 0) return undefined;
  const result: FieldErrors = {};
  for (const item of unknown) result[item.field] = result[item.field] ? `${result[item.field]} ${message(item.placeholder)}` : message(item.placeholder);
  return result;
}

/** One template in one language: subject and body with placeholders, a preview with a real application, save and reset. */
export function AdminMailTemplatePage() {
  const { t, formatDateTime } = useI18n();
  const { template = '' } = useParams();
  const [language, setLanguage] = useState<Language>('nl');
  const view = useResource(() => notifyApi.mailTemplate(template, language), `mail-template-${template}-${language}`);
  const applications = useResource(() => notifyApi.mailTemplateApplications(), 'mail-template-applications');
  const [wording, setWording] = useState({ subject: '', body: '' });
  const [applicationId, setApplicationId] = useState('');
  const [preview, setPreview] = useState<MailPreview | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormErrors();
  const labels = { subject: t.notify.subject, body: t.notify.body };

  useEffect(() => {
    if (view.data) setWording({ subject: view.data.subject, body: view.data.body });
    setPreview(null);
  }, [view.data]);
  useEffect(() => {
    if (!applicationId && applications.data?.length) setApplicationId(applications.data[0].id);
  }, [applications.data, applicationId]);

  const overrides = (error: ApiError) => placeholderErrors(error, t.notify.unknownPlaceholder);

  async function showPreview() {
    setNotice(null);
    const result = await form.run(() => notifyApi.previewMailTemplate(template, language, { ...wording, ...(applicationId ? { applicationId } : {}) }), overrides);
    if (result) {
      setPreview(result);
      window.setTimeout(() => document.getElementById('mail-preview-title')?.focus(), 0);
    }
  }

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setNotice(null);
    const saved = await form.run(() => notifyApi.saveMailTemplate(template, language, wording), overrides);
    if (saved) {
      view.setData(saved);
      setNotice(t.notify.saved);
    }
  }

  async function reset() {
    setNotice(null);
    const restored = await form.run(() => notifyApi.resetMailTemplate(template, language));
    if (restored) {
      view.setData(restored);
      setNotice(t.notify.resetDone);
    }
  }

  const data = view.data;
  return (
    <>
      <BackLink to="/beheer/e-mailteksten">{t.notify.backToTemplates}</BackLink>
      <PageHeading>{data ? t.notify.editTitle(data.defaultSubject) : t.notify.templatesTitle}</PageHeading>
      <RadioGroup<Language>
        name="language"
        label={t.notify.language}
        value={language}
        onChange={setLanguage}
        options={[
          { value: 'nl', label: t.notify.languageNames.nl },
          { value: 'en', label: t.notify.languageNames.en },
        ]}
      />
      {view.error ? (
        <LoadError error={view.error} onRetry={view.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <div className="mail-template-editor">
          <div>
            <p className="utrecht-paragraph">{data.overridden && data.updatedAt ? t.notify.isOverridden(formatDateTime(data.updatedAt)) : t.notify.isDefault}</p>
            <StatusMessage>{notice}</StatusMessage>
            <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
            {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
            <form className="form" onSubmit={onSubmit} noValidate>
              <TextField name="subject" label={labels.subject} value={wording.subject} onChange={(subject) => setWording((w) => ({ ...w, subject }))} required error={form.fieldErrors.subject} />
              <TextArea
                name="body"
                label={labels.body}
                description={t.notify.bodyHint}
                rows={12}
                value={wording.body}
                onChange={(body) => setWording((w) => ({ ...w, body }))}
                required
                error={form.fieldErrors.body}
              />
              {applications.data && applications.data.length > 0 && (
                <SelectField
                  name="applicationId"
                  label={t.notify.previewApplication}
                  value={applicationId}
                  onChange={setApplicationId}
                  options={applications.data.map((item) => ({ value: item.id, label: `${item.name} (${item.reference})` }))}
                />
              )}
              <ButtonGroup>
                <Button onClick={() => void showPreview()} busy={form.busy}>
                  {t.notify.showPreview}
                </Button>
                <Button type="submit" variant="primary" busy={form.busy}>
                  {t.notify.save}
                </Button>
              </ButtonGroup>
            </form>
            {data.overridden && (
              <div className="mail-template-reset">
                <p className="utrecht-paragraph" id="reset-warning">
                  {t.notify.resetWarning}
                </p>
                <Button onClick={() => void reset()} busy={form.busy} aria-describedby="reset-warning">
                  {t.notify.reset}
                </Button>
              </div>
            )}
          </div>
          <aside aria-labelledby="placeholders-title" className="mail-template-placeholders">
            <h2 className="utrecht-heading-3" id="placeholders-title">
              {t.notify.placeholdersTitle}
            </h2>
            <p className="utrecht-paragraph">{t.notify.placeholdersIntro}</p>
            <dl>
              {data.placeholders.map((name) => (
                <div key={name}>
                  <dt>
                    <code>{`{{${name}}}`}</code>
                  </dt>
                  <dd>{t.notify.placeholders[name] ?? name}</dd>
                </div>
              ))}
            </dl>
          </aside>
          {preview && <MailPreviewBox preview={preview} />}
        </div>
      )}
    </>
  );
}
