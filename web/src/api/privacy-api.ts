import { call, client } from './client';

/** The admin's privacy duties (src/privacy/privacy-admin.controller.ts). */
export const RETENTION_KINDS = ['draftApplications', 'closedApplications', 'reviewRemarks', 'notifications', 'ownerInvitations', 'signInLogs'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
export type RetentionAction = 'anonymise' | 'delete';

export interface RetentionSettingsView {
  min: number;
  max: number;
  kinds: { kind: RetentionKind; days: number; defaultDays: number; action: RetentionAction; updatedAt: string | null; updatedBy: string | null }[];
}

export interface RetentionDryRun {
  at: string;
  kinds: { kind: RetentionKind; days: number; action: RetentionAction; cutoff: string; count: number; examples: { label: string; since: string }[] }[];
}

export interface RetentionRun {
  id: string;
  trigger: 'schedule' | 'admin';
  requestedBy: string | null;
  startedAt: string;
  finishedAt: string;
  counts: Record<RetentionKind, number>;
}

export type ErasureRefusalCode = 'ALREADY_ERASED' | 'OWN_ACCOUNT' | 'CASE_IN_PROGRESS' | 'OPEN_REVIEW' | 'COACH_OF_OPEN_CASE' | 'COMMITTEE_SEAT';

export interface ErasureEffects {
  sessionsEnded: number;
  notificationsDeleted: number;
  reviewerProfileDeleted: number;
  ownerInvitationsDeleted: number;
  signInRecordsCleared: number;
  applicationContactsCleared: number;
  declarationsCleared: number;
  reviewsKept: number;
  auditLinesKept: number;
}

export interface ErasurePreview {
  person: { id: string; name: string; email: string; roles: string[]; erased: boolean };
  allowed: boolean;
  refusals: { code: ErasureRefusalCode; concerns: string[] }[];
  effects: ErasureEffects;
}

export interface BilingualText {
  nl: string;
  en: string;
}

export interface ProcessingActivity {
  key: string;
  title: BilingualText;
  data: BilingualText;
  purpose: BilingualText;
  legalBasis: BilingualText;
  retention: { kind: RetentionKind | null; days: number | null; text: BilingualText }[];
  audiences: string[];
}

/** What the admin typed per kind; the API checks it (a value that is no whole number goes as typed and is refused there). */
export type RetentionTermsInput = Record<RetentionKind, number | string>;

/** The person's own data as a download (PersonalDataController); a plain link, so the browser saves the file. */
export const PERSONAL_DATA_EXPORT_URL = '/me/data-export';

export const privacyApi = {
  retention: () => call<RetentionSettingsView>(client.GET('/admin/privacy/retention')),
  saveRetention: (terms: RetentionTermsInput) => call<RetentionSettingsView>(client.PUT('/admin/privacy/retention', { body: { terms } as never })),
  dryRun: () => call<RetentionDryRun>(client.POST('/admin/privacy/retention/dry-run')),
  runs: () => call<RetentionRun[]>(client.GET('/admin/privacy/retention/runs')),
  run: () => call<RetentionRun>(client.POST('/admin/privacy/retention/runs')),
  previewErasure: (userId: string) => call<ErasurePreview>(client.GET('/admin/privacy/erasures/{userId}/preview', { params: { path: { userId } } })),
  erase: (userId: string) => call<{ userId: string; performedAt: string; effects: ErasureEffects }>(client.POST('/admin/privacy/erasures', { body: { userId } })),
  processingOverview: () => call<{ activities: ProcessingActivity[] }>(client.GET('/admin/privacy/processing-overview')),
};
