import type { ApplicationDocument } from './document.entity.js';
import { DOCUMENT_KIND_LABELS } from './document-kind.js';
import type { DocumentVersion } from './document-version.entity.js';

/** A document as the people involved see it; storage keys never leave the server. */
export function documentView(document: ApplicationDocument, versions: DocumentVersion[]) {
  return {
    id: document.id,
    applicationId: document.applicationId,
    kind: document.kind,
    kindLabel: DOCUMENT_KIND_LABELS[document.kind],
    title: document.title,
    createdBy: document.createdBy,
    createdAt: document.createdAt,
    removedAt: document.removedAt,
    versions: versions
      .filter((version) => version.documentId === document.id)
      .sort((a, b) => a.version - b.version)
      .map((version) => ({
        version: version.version,
        originalName: version.originalName,
        mimeType: version.mimeType,
        sizeBytes: version.sizeBytes,
        sha256: version.sha256,
        uploadedBy: version.uploadedBy,
        createdAt: version.createdAt,
        downloadUrl: `/applications/${document.applicationId}/documents/${document.id}/versions/${version.version}/download`,
      })),
  };
}
