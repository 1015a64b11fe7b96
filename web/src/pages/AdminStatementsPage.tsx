import { useState, type FormEvent } from 'react';
import { STATEMENT_PATHS, statementsApi, type Statement } from '../api/statements-api';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { ErrorSummary, FieldScopeProvider } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { TextArea, TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';

/** The admin edits the accessibility and privacy statements of the public website; the API validates. */
export function AdminStatementsPage() {
  const { t } = useI18n();
  const s = t.statements;
  const statements = useResource(statementsApi.list, 'statements');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{s.title}</PageHeading>
      <p className="utrecht-paragraph">{s.intro}</p>
      <StatusMessage>{notice}</StatusMessage>
      {statements.error ? (
        <LoadError error={statements.error} onRetry={statements.reload} />
      ) : !statements.data ? (
        <Loading />
      ) : (
        statements.data.map((statement) => (
          <FieldScopeProvider key={statement.kind} scope={`statement-${statement.kind}`}>
            <StatementForm
              statement={statement}
              onSaved={async (saved) => {
                setNotice(s.saved(s.kinds[saved.kind]));
                await statements.reload();
              }}
            />
          </FieldScopeProvider>
        ))
      )}
    </>
  );
}

function StatementForm({ statement, onSaved }: { statement: Statement; onSaved(statement: Statement): Promise<void> }) {
  const { t, formatDateTime } = useI18n();
  const s = t.statements;
  const form = useFormErrors();
  const [values, setValues] = useState({ bodyNl: statement.bodyNl, bodyEn: statement.bodyEn, contactEmail: statement.contactEmail });
  const title = s.kinds[statement.kind];
  const labels = { bodyNl: s.bodyNl, bodyEn: s.bodyEn, contactEmail: s.contactEmail };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const saved = await form.run(() => statementsApi.put(statement.kind, values));
    if (saved) await onSaved(saved);
  }

  return (
    <section aria-labelledby={`statement-${statement.kind}-title`} className="section">
      <h2 id={`statement-${statement.kind}-title`} className="utrecht-heading-2">
        {title}
      </h2>
      <p className="utrecht-paragraph">
        {s.updated}: {statement.updatedAt ? formatDateTime(statement.updatedAt) : s.neverUpdated}.{' '}
        <a className="utrecht-link utrecht-link--html-a" href={STATEMENT_PATHS[statement.kind]}>
          {s.view(title)}
        </a>
      </p>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextArea name="bodyNl" label={s.bodyNl} description={s.bodyHint} rows={14} value={values.bodyNl} onChange={(bodyNl) => setValues((v) => ({ ...v, bodyNl }))} required error={form.fieldErrors.bodyNl} />
        <TextArea name="bodyEn" label={s.bodyEn} description={s.bodyHint} rows={14} value={values.bodyEn} onChange={(bodyEn) => setValues((v) => ({ ...v, bodyEn }))} required error={form.fieldErrors.bodyEn} />
        <TextField name="contactEmail" type="email" label={s.contactEmail} description={s.contactEmailHint} value={values.contactEmail} onChange={(contactEmail) => setValues((v) => ({ ...v, contactEmail }))} required error={form.fieldErrors.contactEmail} />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : s.save(title)}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
