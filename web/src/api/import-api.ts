import { ApiError, refusal } from './client';

/** The admin's import of the previous databank (src/import/import.controller.ts, ImportService). */
export const IMPORT_KINDS = ['listings', 'cases'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type RowAction = 'create' | 'update' | 'unchanged' | 'invalid';

export interface ImportProblem {
  /** 1 is the header line, 0 the file as a whole. */
  row: number;
  column: string | null;
  rule: string;
  message: { nl: string; en: string };
}

export interface ImportReport {
  kind: ImportKind;
  committee: { id: string; name: string };
  dryRun: boolean;
  valid: boolean;
  counts: Record<RowAction, number> & { rows: number };
  rows: { row: number; key: string; action: RowAction }[];
  problems: ImportProblem[];
}

/** Multipart: the generated client sends JSON only. A file refused whole comes back as 400 with its report. */
async function send(path: string, committeeId: string, file: File): Promise<ImportReport> {
  const form = new FormData();
  form.append('committeeId', committeeId);
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', (error as Error).message);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw refusal(response.status, body, response.statusText);
  return body as unknown as ImportReport;
}

export const importApi = {
  dryRun: (kind: ImportKind, committeeId: string, file: File) => send(`/admin/import/${kind}/dry-run`, committeeId, file),
  run: (kind: ImportKind, committeeId: string, file: File) => send(`/admin/import/${kind}`, committeeId, file),
};
