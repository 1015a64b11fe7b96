import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { DOCUMENT_KINDS, uploadDocument, werkbladApi, type DocumentKind, type DocumentView } from '../api/werkblad-api';
import { StatusMessage } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary, FieldScopeProvider, useFieldId } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SelectField, TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';
import '../werkblad.css';

/** A size as the API's messages give it (src/documents/documents.errors.ts), in the user's number format. */
function formatSize(bytes: number, formatNumber: (value: number) => string): string {
  const MB = 1024 * 1024;
  return bytes >= MB ? `${formatNumber(Math.round((bytes / MB) * 10) / 10)} MB` : `${formatNumber(Math.max(1, Math.floor(bytes / 1024)))} kB`;
}

/** The application's documents: the list with download links, and (for owners) the upload with progress. */
export function DocumentsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const d = t.werkblad.documents;
  const application = useResource(() => api.application(id), id);
  const documents = useResource(() => werkbladApi.documents(id), `documents-${id}`);
  const [flash, setFlash] = useState<string | null>(null);

  if ([application.error, documents.error].some((error) => error instanceof ApiError && error.status === 404)) return <NotFoundPage kind="application" />;
  const app = application.data;
  if (!app) {
    return (
      <>
        <PageHeading>{d.heading}</PageHeading>
        {application.error ? <LoadError error={application.error} onRetry={application.reload} /> : <Loading />}
      </>
    );
  }
  const isOwner = app.kinds.includes('owner');
  const canUpload = app.canUploadDocuments;

  return (
    <>
      <PageHeading title={d.title(app.name)}>{d.title(app.name)}</PageHeading>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${id}`}>
          {t.werkblad.backToApplication}
        </Link>
      </p>
      <p className="utrecht-paragraph">{d.intro}</p>
      <StatusMessage>{flash}</StatusMessage>

      <section aria-labelledby="documents-list" className="section">
        <h2 className="utrecht-heading-2" id="documents-list">
          {d.listTitle}
        </h2>
        {documents.error ? (
          <LoadError error={documents.error} onRetry={documents.reload} />
        ) : !documents.data ? (
          <Loading />
        ) : documents.data.length === 0 ? (
          <p className="utrecht-paragraph">{d.empty}</p>
        ) : (
          <DocumentList documents={documents.data} />
        )}
      </section>

      {isOwner && (
        <section aria-labelledby="documents-upload" className="section">
          <h2 className="utrecht-heading-2" id="documents-upload">
            {d.uploadTitle}
          </h2>
          {canUpload ? (
            <UploadForm
              applicationId={id}
              onUploaded={(document) => {
                setFlash(d.uploaded(document.title));
                void documents.reload();
              }}
            />
          ) : (
            <p className="utrecht-paragraph">{d.locked}</p>
          )}
        </section>
      )}
    </>
  );
}

function DocumentList({ documents }: { documents: DocumentView[] }) {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const d = t.werkblad.documents;
  const size = (bytes: number) => formatSize(bytes, formatNumber);
  return (
    <ul className="card-list document-list">
      {documents.map((document) => (
        <li key={document.id} className="card">
          <h3 className="utrecht-heading-3 card__title">
            {document.title}
            {document.removedAt && <span className="document-removed"> ({d.removed})</span>}
          </h3>
          <p className="utrecht-paragraph">{d.kinds[document.kind] ?? document.kindLabel[locale]}</p>
          <ul className="utrecht-unordered-list">
            {document.versions.map((version) => (
              <li key={version.version}>
                <a className="utrecht-link utrecht-link--html-a" href={version.downloadUrl} download={version.originalName}>
                  {d.download(version.originalName, version.version)}
                </a>{' '}
                – {d.versionLine(size(version.sizeBytes), formatDateTime(version.createdAt))}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function UploadForm({ applicationId, onUploaded }: { applicationId: string; onUploaded(document: DocumentView): void }) {
  return (
    <FieldScopeProvider scope="upload">
      <UploadFields applicationId={applicationId} onUploaded={onUploaded} />
    </FieldScopeProvider>
  );
}

function UploadFields({ applicationId, onUploaded }: { applicationId: string; onUploaded(document: DocumentView): void }) {
  const { t, formatNumber } = useI18n();
  const d = t.werkblad.documents;
  const fieldId = useFieldId();
  const base = useId();
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const form = useFormErrors();
  const labels = { kind: d.kind, title: d.docTitle, file: d.file };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      form.showFieldErrors({ file: d.noFile, ...(kind ? {} : { kind: t.errors.choose }) });
      return;
    }
    setProgress(0);
    const result = await form.run(
      () => uploadDocument(applicationId, { kind: kind as DocumentKind, title: title.trim() || undefined, file }, setProgress),
      (error) => {
        if (error.status === 415) return { file: d.wrongType };
        if (error.status === 413) {
          const max = Number(error.body.maxBytes);
          return { file: Number.isFinite(max) ? d.tooLarge(formatSize(max, formatNumber)) : d.tooLargeNoLimit };
        }
        return undefined;
      },
    );
    if (result) {
      setProgress(1);
      setTitle('');
      setFileKey((key) => key + 1);
      onUploaded(result.document);
    } else setProgress(undefined);
  }

  const fileError = form.fieldErrors.file;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const percent = progress === undefined || progress === null ? undefined : Math.round(progress * 100);

  return (
    <>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => void onSubmit()} />}
      <form className="form upload-form" onSubmit={onSubmit} noValidate>
        <SelectField
          name="kind"
          label={d.kind}
          value={kind}
          onChange={setKind}
          required
          placeholder={d.choose}
          options={DOCUMENT_KINDS.map((value) => ({ value, label: d.kinds[value] }))}
          error={form.fieldErrors.kind}
        />
        <TextField name="title" label={d.docTitle} description={d.docTitleHint} value={title} onChange={setTitle} error={form.fieldErrors.title} />
        <div className={`utrecht-form-field utrecht-form-field--file ${fileError ? 'utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fieldId('file')}>
              {d.file} <span className="field-required">{t.common.required}</span>
            </label>
          </div>
          <div className="utrecht-form-field__description utrecht-form-field-description" id={hintId}>
            {d.fileHint}
          </div>
          {fileError && (
            <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
              {fileError}
            </div>
          )}
          <div className="utrecht-form-field__input">
            <input
              key={fileKey}
              ref={fileInput}
              id={fieldId('file')}
              name="file"
              type="file"
              className="file-input"
              accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
              aria-required
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            />
          </div>
        </div>
        {progress !== undefined && (
          <div className="upload-progress">
            <label htmlFor={`${base}-progress`}>{d.progress}</label>{' '}
            <progress id={`${base}-progress`} max={100} value={percent}>
              {percent !== undefined ? `${percent}%` : ''}
            </progress>{' '}
            <span aria-hidden="true">{percent !== undefined ? `${percent}%` : ''}</span>
          </div>
        )}
        <Button type="submit" variant="primary" busy={form.busy}>
          {form.busy ? d.uploading : d.upload}
        </Button>
      </form>
    </>
  );
}
