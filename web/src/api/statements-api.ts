import { call, client } from './client';

/** The public website's statements (src/public-site/statements/statements.controller.ts, StatementView). */
export type StatementKind = 'accessibility' | 'privacy';

export interface Statement {
  kind: StatementKind;
  bodyNl: string;
  bodyEn: string;
  contactEmail: string;
  updatedAt: string | null;
}

export interface StatementBody {
  bodyNl: string;
  bodyEn: string;
  contactEmail: string;
}

/** Where each statement is on the public website. */
export const STATEMENT_PATHS: Record<StatementKind, string> = { accessibility: '/toegankelijkheid', privacy: '/privacy' };

export const statementsApi = {
  list: () => call<Statement[]>(client.GET('/admin/statements')),
  put: (kind: StatementKind, body: StatementBody) => call<Statement>(client.PUT('/admin/statements/{kind}', { params: { path: { kind } }, body })),
};
