import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client';
import { STUCK_PHASES, stuckThresholdsApi, type StuckPhase, type StuckThresholdsInput, type StuckThresholdsPreview, type StuckThresholdsView } from '../api/stuck-thresholds-api';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { toFieldErrors } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';

/**
 * The admin sets, per phase, after how many working days without a step a case counts as stuck.
 * Before saving, the confirmation says how many cases become or stop being stuck: the API counts it.
 */
export function AdminStuckThresholdsPage() {
  const { t } = useI18n();
  const s = t.stuckThresholds;
  const view = useResource(stuckThresholdsApi.get, 'stuck-thresholds');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{s.title}</PageHeading>
      <p className="utrecht-paragraph">{s.intro}</p>
      <StatusMessage>{notice}</StatusMessage>
      {view.error ? (
        <LoadError error={view.error} onRetry={view.reload} />
      ) : !view.data ? (
        <Loading />
      ) : (
        <>
          <ThresholdsForm
            view={view.data}
            onSaved={async () => {
              setNotice(s.saved);
              await view.reload();
            }}
          />
          <ChangeHistory changes={view.data.changes} />
        </>
      )}
    </>
  );
}

/** The five values as typed: sent as numbers when they are whole numbers, else as typed, for the API to refuse. */
function asInput(values: Record<StuckPhase, string>): StuckThresholdsInput {
  return Object.fromEntries(STUCK_PHASES.map((phase) => [phase, /^\s*\d+\s*$/.test(values[phase]) ? Number(values[phase]) : values[phase]])) as StuckThresholdsInput;
}

function ThresholdsForm({ view, onSaved }: { view: StuckThresholdsView; onSaved(): Promise<void> }) {
  const { t, locale } = useI18n();
  const s = t.stuckThresholds;
  const form = useFormErrors();
  const stored = () => Object.fromEntries(view.thresholds.map((item) => [item.phase, String(item.workingDays)])) as Record<StuckPhase, string>;
  const [values, setValues] = useState(stored);
  const [preview, setPreview] = useState<StuckThresholdsPreview | null>(null);
  useEffect(() => setValues(stored()), [view]);
  const labels = Object.fromEntries(STUCK_PHASES.map((phase) => [phase, s.workingDays(t.phases[phase])]));

  // The API names `thresholds.<phase>`; the fields are named by their phase.
  const byPhase = (error: ApiError) =>
    error.fieldErrors.length
      ? Object.fromEntries(Object.entries(toFieldErrors(error.fieldErrors, locale)).map(([field, message]) => [field.replace(/^thresholds\./, ''), message]))
      : undefined;

  async function check(event: FormEvent) {
    event.preventDefault();
    const counts = await form.run(() => stuckThresholdsApi.preview(asInput(values)), byPhase);
    if (counts) setPreview(counts);
  }

  async function save() {
    const saved = await form.run(() => stuckThresholdsApi.save(asInput(values)), byPhase);
    setPreview(null);
    if (saved) await onSaved();
  }

  return (
    <section aria-labelledby="stuck-thresholds-form-title" className="section">
      <h2 id="stuck-thresholds-form-title" className="utrecht-heading-2">
        {s.formTitle}
      </h2>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <form className="form" onSubmit={check} noValidate>
        {view.thresholds.map((item) => (
          <TextField
            key={item.phase}
            name={item.phase}
            label={labels[item.phase]}
            description={`${s.explanations[item.phase]} ${s.defaultValue(item.defaultWorkingDays)} ${s.range(view.min, view.max)}`}
            value={values[item.phase]}
            onChange={(value) => setValues((current) => ({ ...current, [item.phase]: value }))}
            inputMode="numeric"
            size="small"
            required
            error={form.fieldErrors[item.phase]}
          />
        ))}
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={form.busy && !preview}>
            {s.check}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog open={preview !== null} title={s.confirmTitle} confirmLabel={s.confirm} cancelLabel={s.cancel} busy={form.busy} onConfirm={() => void save()} onCancel={() => setPreview(null)}>
        {preview && (
          <>
            <p className="utrecht-paragraph stuck-preview-counts">{s.confirmCounts(preview.becomeStuck, preview.stopBeingStuck)}</p>
            <p className="utrecht-paragraph">{s.confirmTotals(preview.stuckNow, preview.stuckAfter)}</p>
            <p className="utrecht-paragraph">{s.confirmWho}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}

function ChangeHistory({ changes }: { changes: StuckThresholdsView['changes'] }) {
  const { t, formatDateTime } = useI18n();
  const s = t.stuckThresholds;
  return (
    <section aria-labelledby="stuck-thresholds-history-title" className="section">
      <h2 id="stuck-thresholds-history-title" className="utrecht-heading-2">
        {s.historyTitle}
      </h2>
      {changes.length === 0 ? (
        <p className="utrecht-paragraph">{s.noHistory}</p>
      ) : (
        <ul className="utrecht-unordered-list stuck-threshold-changes">
          {changes.map((change, index) => (
            <li key={`${change.changedAt}-${change.phase}-${index}`} className="utrecht-unordered-list__item">
              {s.change(t.phases[change.phase], change.fromWorkingDays, change.toWorkingDays)} {s.changedBy(change.changedBy.name, formatDateTime(change.changedAt))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
