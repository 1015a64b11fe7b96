import type { components } from './schema';

/**
 * What the API answers. Request bodies are typed from the generated OpenAPI schema (schema.d.ts);
 * the API does not describe its responses in OpenAPI yet, so their shapes are written here, next
 * to the server view functions they mirror (the *.view.ts files under src/).
 */
type Schemas = components['schemas'];

export type Language = 'nl' | 'en';
export type Role = 'owner' | 'coach' | 'secretary' | 'reviewer' | 'chair' | 'committee_member' | 'admin';
export type LevelCode = Schemas['CreateApplicationDto']['targetLevel'];

export const LEVEL_CODES: readonly LevelCode[] = ['goed_beschreven', 'goed_onderbouwd', 'effectief_eerste', 'effectief_goede', 'effectief_sterke'];

/** src/users/dto/user.view.ts */
export interface UserView {
  id: string;
  email: string;
  name: string;
  organisation: string;
  roles: Role[];
  language: Language;
  disabled: boolean;
  createdAt: string;
}

/** The user-facing phases of the track (src/track/track.snapshot.ts). */
export const PHASES = ['aanmelding', 'intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit', 'gepubliceerd', 'afgesloten'] as const;
export type Phase = (typeof PHASES)[number];
export type Turn = 'owner' | 'coach' | 'secretary' | 'reviewers' | 'chair' | 'none';

/** src/applications/application.view.ts applicationSummaryView */
export interface ApplicationSummary {
  id: string;
  reference: string;
  name: string;
  organisation: string;
  targetLevel: LevelCode;
  targetLevelLabel: string;
  themes: string[];
  state: string;
  stateDetail: Record<string, string> | null;
  phase: Phase;
  turn: Turn;
  coachId: string | null;
  version: number;
  stateChangedAt: string;
  /** Working days since the case entered its state; stuck by the one per-phase rule with the admin's thresholds (src/track/stuck-rule.ts). */
  workingDaysInState: number;
  stuckAfterWorkingDays: number | null;
  stuck: boolean;
  submittedAt: string | null;
  updatedAt: string;
}

export type CriterionResult = 'met' | 'not_met' | 'unknown' | 'to_judge';

export interface AdmissionCriterion {
  code: string;
  label: { nl: string; en: string };
  result: CriterionResult;
}

/** A refused field: the rule it breaks with its parameters (worded by validation-*.ts), and the API's own reason. */
export interface FieldError {
  field: string;
  reason: string;
  rule?: string;
  min?: number;
  max?: number;
  values?: string[];
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

/** The intake form fields, as the owner fills them in. */
export interface IntakeFields {
  name: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  summary: string;
  goal: string;
  targetGroup: string;
  approach: string;
  themes: string[];
  targetLevel: LevelCode;
  yearsInPractice: number | null;
  organisationsCount: number | null;
  hasHandbook: boolean | null;
  handbookInDutch: boolean | null;
  hasProcessEvaluation: boolean | null;
}

/** src/track/readiness.ts */
export interface MissingItem {
  code: 'intake_field_missing' | 'werkblad_not_ready' | 'handbook_missing' | 'process_evaluation_missing' | 'effect_study_missing';
  params: Record<string, string>;
}

export interface Readiness {
  nextStep: 'SUBMIT' | 'PROVIDE_INFORMATION' | 'SUBMIT_FOR_ASSESSMENT';
  missing: MissingItem[];
}

/** src/applications/application.view.ts applicationView, with the service's extras. */
export interface ApplicationView extends ApplicationSummary, IntakeFields {
  feedbackRound: number;
  decided: boolean;
  documents: { handbook: boolean; processEvaluation: boolean; effectStudies: number };
  createdAt: string;
  kinds: string[];
  allowedActions: string[];
  /** The documents may still change (src/documents/document-kind.ts), and this viewer may change them. */
  documentsOpen: boolean;
  canUploadDocuments: boolean;
  coach: PersonRef | null;
  missingFields?: FieldError[];
  /** What the application still lacks before its next step (src/track/readiness.ts); for owners and staff. */
  readiness?: Readiness | null;
  admissionCriteria?: AdmissionCriterion[];
  openQuestion?: string | null;
}

/** src/applications/timeline.service.ts */
export interface TimelineEntry {
  id: string;
  eventType: string;
  fromState: string | null;
  toState: string | null;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  payload: Record<string, unknown>;
  internalNote?: string | null;
  createdAt: string;
}

/** src/themes/theme.entity.ts */
export interface Theme {
  slug: string;
  nameNl: string;
  nameEn: string;
  active: boolean;
}

/** src/coaches/coaches.service.ts */
export interface Coach {
  id: string;
  name: string;
  email: string;
  organisation: string;
  caseload: number;
}

export type CreateApplicationBody = Schemas['CreateApplicationDto'];
export type UpdateApplicationBody = Schemas['UpdateApplicationDto'];
export type RegisterBody = Schemas['RegisterDto'];
export type AdmitBody = Schemas['AdmitActionDto'];

/** src/publication/listing.view.ts publicListingItem */
export interface ListingItem {
  slug: string;
  title: string;
  summary: string;
  level: LevelCode;
  levelLabel: string;
  themes: string[];
  organisations: string[];
  /** YYYY-MM-DD */
  decisionDate: string;
}

/** src/publication/databank.service.ts search */
export interface ListingSearchResult {
  items: ListingItem[];
  total: number;
  /** More matched than a result list holds. */
  truncated: boolean;
  page: number;
  pageSize: number;
  /** A corrected `q` that finds listings with the same filters, when this search found none. */
  suggestion: string | null;
}

export type ListingSearchQuery = { q?: string; theme?: string; level?: LevelCode; targetGroup?: string; page?: number; pageSize?: number };

/** src/publication/listing.view.ts publicListingDetail */
export interface ListingDetail {
  slug: string;
  title: string;
  summary: string;
  goal: string;
  targetGroup: string;
  approach: string;
  organisations: string[];
  activeElements: string;
  research: string;
  level: LevelCode;
  levelLabel: string;
  decisionDate: string;
  recognisedUntil: string;
  themes: string[];
  contact: { name: string; email: string; organisation: string };
  publishedAt: string;
  updatedAt: string;
}

/** src/notifications/notification.view.ts */
export interface NotificationView {
  id: string;
  title: string;
  applicationId: string | null;
  applicationReference: string | null;
  applicationName: string | null;
  /** Absolute URL (APP_URL) of the page the notification is about. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** src/deadlines/todo.service.ts TodoItem */
export interface TodoItem {
  id: string;
  applicationId: string;
  applicationReference: string;
  applicationName: string;
  /** A stable code (src/deadlines/todo-actions.ts). */
  action: string;
  label: { nl: string; en: string };
  title: string;
  dueAt: string | null;
  overdue: boolean;
  deadlineId: string | null;
  deadlineStatus: 'open' | 'missed' | 'met' | 'cancelled' | null;
  link: string;
}

/** src/deadlines/todo.service.ts TodoPage */
export interface TodoPage {
  items: TodoItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** A text the API gives in both languages. */
export interface Bilingual {
  nl: string;
  en: string;
}
