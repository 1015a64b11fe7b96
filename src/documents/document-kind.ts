/** What an uploaded document is for; the track needs a handbook, a process evaluation and, for Effectief, effect studies. */
export const DOCUMENT_KINDS = ['handbook', 'process_evaluation', 'effect_study', 'annex'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Kinds an application has at most one live document of: a new upload becomes a new version of it. */
export const SINGLE_DOCUMENT_KINDS: readonly DocumentKind[] = ['handbook', 'process_evaluation'];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, { nl: string; en: string }> = {
  handbook: { nl: 'Handboek', en: 'Handbook' },
  process_evaluation: { nl: 'Procesevaluatie', en: 'Process evaluation' },
  effect_study: { nl: 'Effectonderzoek', en: 'Effect study' },
  annex: { nl: 'Bijlage', en: 'Annex' },
};

/** States in which the owner may add, replace or remove documents (the machine takes DOCUMENTS_CHANGED there). */
export const DOCUMENT_EDITABLE_STATES = ['draft', 'intake', 'informationRequested', 'description'];
