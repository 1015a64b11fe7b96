import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client';
import { RETENTION_KINDS, privacyApi, type RetentionDryRun, type RetentionKind, type RetentionRun, type RetentionSettingsView, type RetentionTermsInput } from '../api/privacy-api';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable } from '../components/DataTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { label, useI18n } from '../i18n/i18n';
import { toFieldErrors } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';

/**
 * The admin's privacy duties: the retention term per kind of data, a dry run of what the clean-up
 * would remove now (counted by the API), running it now after a confirmation, the log of every
 * clean-up, and the processing overview the API generates from the same terms.
 */
export function AdminPrivacyPage() {
  const { t } = useI18n();
  const p = t.privacy;
  const settings = useResource(privacyApi.retention, 'privacy-retention');
  const runs = useResource(privacyApi.runs, 'privacy-runs');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{p.title}</PageHeading>
      <p className="utrecht-paragraph">{p.intro}</p>
      <StatusMessage>{notice}</StatusMessage>
      {settings.error ? (
        <LoadError error={settings.error} onRetry={settings.reload} />
      ) : !settings.data ? (
        <Loading />
      ) : (
        <TermsForm
          view={settings.data}
          onSaved={async () => {
            setNotice(p.saved);
            await settings.reload();
          }}
        />
      )}
      <DryRunSection
        onRan={async (run) => {
          setNotice(p.ranNow(Object.values(run.counts).reduce((sum, count) => sum + count, 0)));
          await runs.reload();
        }}
      />
      <section aria-labelledby="privacy-runs-title" className="section">
        <h2 id="privacy-runs-title" className="utrecht-heading-2">
          {p.runsTitle}
        </h2>
        {runs.error ? <LoadError error={runs.error} onRetry={runs.reload} /> : !runs.data ? <Loading /> : <RunLog runs={runs.data} />}
      </section>
      <ProcessingOverview />
    </>
  );
}

/** The values as typed: sent as numbers when they are whole numbers, else as typed, for the API to refuse. */
function asInput(values: Record<RetentionKind, string>): RetentionTermsInput {
  return Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, /^\s*\d+\s*$/.test(values[kind]) ? Number(values[kind]) : values[kind]])) as RetentionTermsInput;
}

function TermsForm({ view, onSaved }: { view: RetentionSettingsView; onSaved(): Promise<void> }) {
  const { t, locale } = useI18n();
  const p = t.privacy;
  const form = useFormErrors();
  const stored = () => Object.fromEntries(view.kinds.map((item) => [item.kind, String(item.days)])) as Record<RetentionKind, string>;
  const [values, setValues] = useState(stored);
  useEffect(() => setValues(stored()), [view]);
  const labels = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, p.days(p.kinds[kind])]));
  // The API names `terms.<kind>`; the fields are named by their kind.
  const byKind = (error: ApiError) =>
    error.fieldErrors.length
      ? Object.fromEntries(Object.entries(toFieldErrors(error.fieldErrors, locale)).map(([field, message]) => [field.replace(/^terms\./, ''), message]))
      : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await form.run(() => privacyApi.saveRetention(asInput(values)), byKind);
    if (saved) await onSaved();
  }

  return (
    <section aria-labelledby="privacy-terms-title" className="section">
      <h2 id="privacy-terms-title" className="utrecht-heading-2">
        {p.termsTitle}
      </h2>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <form className="form" onSubmit={save} noValidate>
        {view.kinds.map((item) => (
          <TextField
            key={item.kind}
            name={item.kind}
            label={labels[item.kind]}
            description={`${p.explanations[item.kind]} ${p.defaultValue(item.defaultDays)} ${p.range(view.min, view.max)}`}
            value={values[item.kind]}
            onChange={(value) => setValues((current) => ({ ...current, [item.kind]: value }))}
            inputMode="numeric"
            size="small"
            required
            error={form.fieldErrors[item.kind]}
          />
        ))}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={form.busy}>
            {p.save}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function DryRunSection({ onRan }: { onRan(run: RetentionRun): Promise<void> }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const p = t.privacy;
  const form = useFormErrors();
  const [dryRun, setDryRun] = useState<RetentionDryRun | null>(null);
  const [confirming, setConfirming] = useState(false);
  const total = dryRun?.kinds.reduce((sum, kind) => sum + kind.count, 0) ?? 0;

  async function check() {
    const result = await form.run(() => privacyApi.dryRun());
    if (result) setDryRun(result);
  }

  async function run() {
    const result = await form.run(() => privacyApi.run());
    setConfirming(false);
    if (!result) return;
    setDryRun(null);
    await onRan(result);
  }

  return (
    <section aria-labelledby="privacy-dry-run-title" className="section">
      <h2 id="privacy-dry-run-title" className="utrecht-heading-2">
        {p.dryRunTitle}
      </h2>
      <p className="utrecht-paragraph">{p.dryRunIntro}</p>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <ButtonGroup>
        <Button onClick={() => void check()} busy={form.busy && !confirming}>
          {p.dryRun}
        </Button>
      </ButtonGroup>
      {dryRun && (
        <>
          <DataTable caption={p.dryRunAt(formatDateTime(dryRun.at))} columns={[p.kind, p.term, p.count, p.examples]}>
            {dryRun.kinds.map((kind) => (
              <tr key={kind.kind}>
                <th scope="row">{p.kinds[kind.kind]}</th>
                <td>{p.daysValue(kind.days)}</td>
                <td>{p.countWithAction(kind.count, p.actions[kind.action])}</td>
                <td>{kind.examples.length ? kind.examples.map((example) => `${example.label} (${formatDate(example.since)})`).join(', ') : p.noExamples}</td>
              </tr>
            ))}
          </DataTable>
          {total > 0 && (
            <ButtonGroup>
              <Button variant="primary" onClick={() => setConfirming(true)}>
                {p.runNow}
              </Button>
            </ButtonGroup>
          )}
        </>
      )}
      <ConfirmDialog open={confirming} title={p.confirmRunTitle} confirmLabel={p.confirmRunButton} cancelLabel={p.cancel} busy={form.busy} firstFocus="cancel" onConfirm={() => void run()} onCancel={() => setConfirming(false)}>
        <p className="utrecht-paragraph">{p.confirmRun(total)}</p>
        <p className="utrecht-paragraph">{p.confirmRunWho}</p>
      </ConfirmDialog>
    </section>
  );
}

function RunLog({ runs }: { runs: RetentionRun[] }) {
  const { t, formatDateTime } = useI18n();
  const p = t.privacy;
  if (runs.length === 0) return <p className="utrecht-paragraph">{p.noRuns}</p>;
  return (
    <DataTable caption={p.runsCaption} columns={[p.runWhen, p.runBy, ...RETENTION_KINDS.map((kind) => p.kinds[kind])]}>
      {runs.map((run) => (
        <tr key={run.id}>
          <th scope="row">{formatDateTime(run.finishedAt)}</th>
          <td>{run.requestedBy ?? p.scheduled}</td>
          {RETENTION_KINDS.map((kind) => (
            <td key={kind}>{run.counts[kind]}</td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

function ProcessingOverview() {
  const { t, locale } = useI18n();
  const p = t.privacy;
  const overview = useResource(privacyApi.processingOverview, 'privacy-overview');
  const language = locale === 'en' ? 'en' : 'nl';
  const audience = (key: string) => (key === 'self' ? p.audienceSelf : key === 'public' ? p.audiencePublic : label(t.roles, key).toLowerCase());
  return (
    <section aria-labelledby="privacy-overview-title" className="section">
      <h2 id="privacy-overview-title" className="utrecht-heading-2">
        {p.overviewTitle}
      </h2>
      <p className="utrecht-paragraph">
        {p.overviewIntro}{' '}
        <a className="utrecht-link utrecht-link--html-a" href={language === 'en' ? '/privacy/verwerkingen?lang=en' : '/privacy/verwerkingen'}>
          {p.overviewPublic}
        </a>
      </p>
      {overview.error ? (
        <LoadError error={overview.error} onRetry={overview.reload} />
      ) : !overview.data ? (
        <Loading />
      ) : (
        overview.data.activities.map((activity) => (
          <section key={activity.key} className="section" aria-labelledby={`privacy-activity-${activity.key}`}>
            <h3 id={`privacy-activity-${activity.key}`} className="utrecht-heading-3">
              {activity.title[language]}
            </h3>
            <dl className="utrecht-data-list utrecht-data-list--rows">
              {(
                [
                  [p.data, activity.data[language]],
                  [p.purpose, activity.purpose[language]],
                  [p.legalBasis, activity.legalBasis[language]],
                  [
                    p.retention,
                    <ul className="utrecht-unordered-list">
                      {activity.retention.map((line, index) => (
                        <li key={index} className="utrecht-unordered-list__item">
                          {line.text[language]}
                        </li>
                      ))}
                    </ul>,
                  ],
                  [p.audiences, activity.audiences.map(audience).join(', ')],
                ] as const
              ).map(([term, value]) => (
                <div className="utrecht-data-list__item" key={term}>
                  <dt className="utrecht-data-list__item-key">{term}</dt>
                  <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))
      )}
    </section>
  );
}
