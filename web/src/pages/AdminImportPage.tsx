import { useId, useRef, useState, type FormEvent } from 'react';
import { adminApi } from '../api/admin-api';
import { IMPORT_KINDS, importApi, type ImportKind, type ImportReport } from '../api/import-api';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable } from '../components/DataTable';
import { ErrorSummary, useFieldId } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { RadioGroup, SelectField } from '../components/fields';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';

/**
 * The admin imports the previous databank's listings or running cases: upload, the dry run's
 * report (every row's problems, in the reader's language, as the API words them), then the
 * import itself after a confirmation that says what will happen and that nobody is mailed.
 */
export function AdminImportPage() {
  const { t } = useI18n();
  const m = t.dataImport;
  const committees = useResource(adminApi.committees, 'import-committees');
  return (
    <>
      <BackLink to="/beheer">{t.admin.back}</BackLink>
      <PageHeading>{m.title}</PageHeading>
      <p className="utrecht-paragraph">{m.intro}</p>
      {committees.error ? (
        <LoadError error={committees.error} onRetry={committees.reload} />
      ) : !committees.data ? (
        <Loading />
      ) : (
        <ImportForm committees={committees.data.filter((committee) => committee.active).map((committee) => ({ value: committee.id, label: committee.name }))} />
      )}
    </>
  );
}

function ImportForm({ committees }: { committees: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const m = t.dataImport;
  const form = useFormErrors();
  const fieldId = useFieldId();
  const base = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [committeeId, setCommitteeId] = useState(committees.length === 1 ? committees[0].value : '');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const labels = { kind: m.kind, committeeId: m.committee, file: m.file };

  async function check(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setReport(null);
    const file = fileInput.current?.files?.[0];
    const missing = {
      ...(kind ? {} : { kind: m.kindMissing }),
      ...(committeeId ? {} : { committeeId: m.committeeMissing }),
      ...(file ? {} : { file: m.fileMissing }),
    };
    if (!kind || !committeeId || !file) return form.showFieldErrors(missing);
    const answer = await form.run(() => importApi.dryRun(kind, committeeId, file));
    if (answer) setReport(answer);
  }

  async function runImport() {
    const file = fileInput.current?.files?.[0];
    if (!kind || !file) return;
    const answer = await form.run(() => importApi.run(kind, committeeId, file));
    setConfirming(false);
    if (answer) {
      setReport(answer);
      setNotice(m.imported(answer.counts));
    }
  }

  const fileError = form.fieldErrors.file;
  return (
    <section aria-labelledby={`${base}-title`} className="section">
      <h2 id={`${base}-title`} className="utrecht-heading-2">
        {m.check}
      </h2>
      <StatusMessage>{notice}</StatusMessage>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <form className="form" onSubmit={check} noValidate>
        <RadioGroup
          name="kind"
          label={m.kind}
          required
          value={kind}
          onChange={(value) => {
            setKind(value);
            setReport(null);
          }}
          options={IMPORT_KINDS.map((value) => ({ value, label: m.kinds[value] }))}
          error={form.fieldErrors.kind}
        />
        <SelectField
          name="committeeId"
          label={m.committee}
          required
          value={committeeId}
          onChange={(value) => {
            setCommitteeId(value);
            setReport(null);
          }}
          options={committees}
          placeholder={m.chooseCommittee}
          error={form.fieldErrors.committeeId}
        />
        <div className={`utrecht-form-field utrecht-form-field--text ${fileError ? 'utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fieldId('file')}>
              {m.file} <span className="field-required">{t.common.required}</span>
            </label>
          </div>
          <div className="utrecht-form-field__description utrecht-form-field-description" id={`${base}-file-hint`}>
            {m.fileHint}
          </div>
          {fileError && (
            <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${base}-file-error`}>
              {fileError}
            </div>
          )}
          <div className="utrecht-form-field__input">
            <input
              ref={fileInput}
              id={fieldId('file')}
              name="file"
              type="file"
              className="file-input"
              accept=".csv,text/csv"
              aria-required
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${base}-file-hint ${base}-file-error` : `${base}-file-hint`}
              onChange={() => setReport(null)}
            />
          </div>
        </div>
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={form.busy && !confirming}>
            {m.check}
          </Button>
        </ButtonGroup>
      </form>
      {report && <ReportView report={report} onImport={() => setConfirming(true)} />}
      <ConfirmDialog
        open={confirming && report !== null}
        title={m.confirmTitle}
        confirmLabel={m.confirm}
        cancelLabel={m.cancel}
        firstFocus="cancel"
        busy={form.busy}
        onConfirm={() => void runImport()}
        onCancel={() => setConfirming(false)}
      >
        {report && (
          <>
            <p className="utrecht-paragraph import-confirm-what">
              {(report.kind === 'listings' ? m.confirmListings : m.confirmCases)(report.counts.create, report.counts.update, report.committee.name)}
            </p>
            <p className="utrecht-paragraph">{m.confirmWho}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}

function ReportView({ report, onImport }: { report: ImportReport; onImport(): void }) {
  const { t, locale } = useI18n();
  const m = t.dataImport;
  const base = useId();
  const changes = report.counts.create + report.counts.update;
  // After the real run the counts say it all; the notice above says it was imported.
  const verdict = !report.valid ? m.invalid(report.problems.length) : !report.dryRun ? null : changes === 0 ? m.nothingToDo : m.valid;
  return (
    <section aria-labelledby={`${base}-report`} className="section import-report">
      <h2 id={`${base}-report`} className="utrecht-heading-2">
        {report.dryRun ? m.reportTitle : m.doneTitle}
      </h2>
      <p className="utrecht-paragraph">{m.counts(report.counts)}</p>
      {verdict && <p className="utrecht-paragraph">{verdict}</p>}
      {report.problems.length > 0 && (
        <DataTable caption={m.problemsCaption} columns={[m.columns.row, m.columns.column, m.columns.problem]}>
          {report.problems.map((problem, index) => (
            <tr className="utrecht-table__row" key={`${problem.row}-${problem.column}-${problem.rule}-${index}`}>
              <td className="utrecht-table__cell">{problem.row === 0 ? m.wholeFile : problem.row}</td>
              <td className="utrecht-table__cell">{problem.column ?? '—'}</td>
              <td className="utrecht-table__cell">{problem.message[locale]}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {report.rows.length > 0 && (
        <DataTable caption={m.rowsCaption} columns={[m.rowColumns.row, m.rowColumns.key, m.rowColumns.action]}>
          {report.rows.map((row) => (
            <tr className="utrecht-table__row" key={row.row}>
              <td className="utrecht-table__cell">{row.row}</td>
              <td className="utrecht-table__cell">{row.key || '—'}</td>
              <td className="utrecht-table__cell">{m.actions[row.action]}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {report.dryRun && report.valid && changes > 0 && (
        <ButtonGroup>
          <Button variant="primary" onClick={onImport}>
            {m.import}
          </Button>
        </ButtonGroup>
      )}
    </section>
  );
}
