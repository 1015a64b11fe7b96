import { ApiError, call, client, refusal } from './client';
import type { CurrentFacts } from './listing-facts-api';

/**
 * The werkblad (description) and documents endpoints. Paths, parameters and bodies are checked
 * against the generated OpenAPI types like in client.ts; the response shapes below mirror
 * src/description/*.service.ts and src/documents/document.view.ts.
 */
export const SECTION_KEYS = [
  'summary',
  'problem_and_target_group',
  'goals',
  'approach',
  'implementation',
  'foundation',
  'research',
  'active_elements',
  'references',
  'tailoring',
  'output_and_outcome',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** src/description/description.errors.ts CurrentSection */
export interface CurrentSection {
  key: string;
  content: string;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  updatedById: string | null;
  wordCount: number;
}

export interface DescriptionSectionView extends CurrentSection {
  title: string;
  titleEn: string;
  help: string;
  maxWords: number;
}

/** src/description/description-versions.service.ts VersionSummary */
export interface VersionSummary {
  number: number;
  kind: string;
  feedbackRound: number;
  applicationVersion: number;
  createdAt: string;
  createdById: string;
  createdBy: string;
}

/** src/description/description.service.ts view() */
export interface DescriptionView {
  applicationId: string;
  reference: string;
  name: string;
  state: string;
  werkblad: string | null;
  feedbackRound: number;
  version: number;
  /** The structured facts for the listing, with their own version. */
  facts: CurrentFacts;
  canEdit: boolean;
  changedSinceLastVersion: boolean;
  sections: DescriptionSectionView[];
  versions: VersionSummary[];
  allowedActions: string[];
}

export interface CommentView {
  id: string;
  sectionKey: string;
  versionNumber: number | null;
  parentId: string | null;
  body: string;
  author: { id: string; name: string };
  authorKind: 'coach' | 'owner' | 'secretary';
  createdAt: string;
}

/** src/description/comment-anchor.ts AnchorView: the passage a thread is about, and where it stands now. */
export interface CommentAnchor {
  quote: string;
  offset: number;
  sectionVersion: number;
  /** Where the quote starts in the section's text now; null when it is gone (detached). */
  currentOffset: number | null;
  detached: boolean;
}

/** What the coach sends to anchor a new thread: the exact selected text, its start and the section revision seen. */
export interface NewCommentAnchor {
  quote: string;
  offset: number;
  sectionVersion?: number;
}

export interface CommentThread extends CommentView {
  anchor: CommentAnchor | null;
  status: 'open' | 'resolved';
  resolvedBy: { id: string; name: string } | null;
  resolvedAt: string | null;
  replies: CommentView[];
}

export interface Change {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Comparison {
  from: number | 'live';
  to: number | 'live';
  sections: { key: string; title: string; titleEn: string; changed: boolean; from: string; to: string; changes: Change[] }[];
}

export const DOCUMENT_KINDS = ['handbook', 'process_evaluation', 'effect_study', 'annex'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** src/documents/document.view.ts */
export interface DocumentView {
  id: string;
  applicationId: string;
  kind: DocumentKind;
  kindLabel: { nl: string; en: string };
  title: string;
  createdAt: string;
  removedAt: string | null;
  versions: { version: number; originalName: string; mimeType: string; sizeBytes: number; createdAt: string; downloadUrl: string }[];
}

/** src/documents/documents.service.ts upload(): the document and the application's new version. */
export interface UploadResult {
  document: DocumentView;
}

/** The werkblad steps on the track, by the event name allowedActions lists. */
export const WERKBLAD_STEPS = {
  REQUEST_FEEDBACK: '/applications/{id}/description/request-feedback',
  SUBMIT_FOR_ASSESSMENT: '/applications/{id}/description/submit-for-assessment',
  RETURN_FEEDBACK: '/applications/{id}/description/return-feedback',
  MARK_READY: '/applications/{id}/description/mark-ready',
  REOPEN_DESCRIPTION: '/applications/{id}/description/reopen',
} as const;
export type WerkbladStep = keyof typeof WERKBLAD_STEPS;

const path = (id: string) => ({ params: { path: { id } } });

export const werkbladApi = {
  description: (id: string) => call<DescriptionView>(client.GET('/applications/{id}/description', path(id))),
  saveSection: (id: string, key: string, content: string, version: number) =>
    call<CurrentSection>(client.PUT('/applications/{id}/description/sections/{key}', { params: { path: { id, key } }, body: { content, version } })),
  step: (id: string, step: WerkbladStep, version: number) => call<DescriptionView>(client.POST(WERKBLAD_STEPS[step], { ...path(id), body: { version } })),
  versions: (id: string) => call<VersionSummary[]>(client.GET('/applications/{id}/description/versions', path(id))),
  compare: (id: string, from: string, to: string) =>
    call<Comparison>(client.GET('/applications/{id}/description/compare', { params: { path: { id }, query: { from, to } } })),
  comments: (id: string) => call<CommentThread[]>(client.GET('/applications/{id}/description/comments', { params: { path: { id }, query: {} } })),
  addComment: (id: string, body: { sectionKey?: SectionKey; body: string; versionNumber?: number; parentId?: string; anchor?: NewCommentAnchor }) =>
    call<CommentView>(client.POST('/applications/{id}/description/comments', { ...path(id), body })),
  resolveComment: (id: string, commentId: string) =>
    call<CommentThread>(client.POST('/applications/{id}/description/comments/{commentId}/resolve', { params: { path: { id, commentId } } })),
  reopenComment: (id: string, commentId: string) =>
    call<CommentThread>(client.POST('/applications/{id}/description/comments/{commentId}/reopen', { params: { path: { id, commentId } } })),
  documents: (id: string) => call<DocumentView[]>(client.GET('/applications/{id}/documents', path(id))),
};

/**
 * Uploads a document with XMLHttpRequest, the one browser API that reports upload progress.
 * `onProgress` gets a fraction between 0 and 1 (or null while the size is not known).
 */
export function uploadDocument(
  id: string,
  fields: { kind: DocumentKind; title?: string; file: File },
  onProgress: (fraction: number | null) => void,
): Promise<UploadResult> {
  const form = new FormData();
  form.append('kind', fields.kind);
  if (fields.title) form.append('title', fields.title);
  form.append('file', fields.file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/applications/${encodeURIComponent(id)}/documents`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => onProgress(event.lengthComputable ? event.loaded / event.total : null);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error'));
    xhr.onabort = () => reject(new ApiError(0, 'NETWORK', 'aborted'));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText || '{}') as Record<string, unknown>;
      } catch {
        // Not JSON (e.g. a proxy's error page): the status says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as UploadResult);
      else reject(refusal(xhr.status, body, xhr.statusText));
    };
    xhr.send(form);
  });
}
