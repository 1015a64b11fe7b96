import { ApiError, refusal } from './client';
import { valuesOf } from './enum-values';
import type { components } from './schema';

/** The admin's import of the previous databank (src/import/import.controller.ts, import-report.view.ts). */
type Schemas = components['schemas'];

export type ImportKind = Schemas['ImportKind'];
export const IMPORT_KINDS = valuesOf<ImportKind>()(['listings', 'cases']);
export type RowAction = Schemas['RowAction'];
export type ImportProblem = Schemas['ImportProblemView'];
export type ImportReport = Schemas['ImportReport'];

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
