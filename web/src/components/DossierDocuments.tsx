import type { DocumentView } from '../api/werkblad-api';
import { useI18n } from '../i18n/i18n';

/** The application's documents, every version a download through the documents endpoint. */
export function DossierDocuments({ documents }: { documents: DocumentView[] }) {
  const { t, locale, formatDate } = useI18n();
  const d = t.dossier;
  if (!documents.length) return <p className="utrecht-paragraph">{d.noDocuments}</p>;
  return (
    <ul className="utrecht-unordered-list dossier-documents">
      {documents.map((document) => (
        <li key={document.id}>
          <strong>{document.kindLabel[locale]}</strong>: {document.title}
          <ul className="utrecht-unordered-list">
            {document.versions.map((version) => (
              <li key={version.version}>
                <a className="utrecht-link utrecht-link--html-a" href={version.downloadUrl} download>
                  {d.download(version.originalName)}
                </a>{' '}
                ({d.documentVersion(version.version, formatDate(version.createdAt))})
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
