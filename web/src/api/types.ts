import { valuesOf } from './enum-values';
import type { components } from './schema';

/**
 * What the API takes and answers, named for the web app: aliases of the generated OpenAPI types
 * (schema.d.ts), which the server's view classes describe (docs/decisions/0035).
 */
type Schemas = components['schemas'];

export type Language = Schemas['Language'];
export type Role = Schemas['Role'];
export type LevelCode = Schemas['LevelCode'];

export const LEVEL_CODES = valuesOf<LevelCode>()(['goed_beschreven', 'goed_onderbouwd', 'effectief_eerste', 'effectief_goede', 'effectief_sterke']);

export type UserView = Schemas['UserView'];

/** The user-facing phases of the track, in their order (src/track/track.snapshot.ts). */
export const PHASES = valuesOf<Schemas['TrackPhase']>()(['aanmelding', 'intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit', 'gepubliceerd', 'afgesloten']);
export type Phase = Schemas['TrackPhase'];
export type Turn = Schemas['TrackTurn'];

export type ApplicationSummary = Schemas['ApplicationSummaryView'];
export type ApplicationView = Schemas['ApplicationView'];
export type CriterionResult = Schemas['CriterionResult'];
export type AdmissionCriterion = Schemas['AdmissionCriterion'];
export type MissingItem = Schemas['MissingItem'];
export type Readiness = Schemas['Readiness'];
export type PersonRef = Schemas['PersonRef'];
/** A text the API gives in both languages. */
export type Bilingual = Schemas['BilingualText'];

/** A refused field: the rule it breaks with its parameters (worded by validation-*.ts), and the API's own reason. */
export type FieldError = Schemas['FieldErrorView'];

/** The intake form fields, as the owner fills them in. */
export type IntakeFields = Pick<
  ApplicationView,
  | 'name'
  | 'organisation'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'summary'
  | 'goal'
  | 'targetGroup'
  | 'approach'
  | 'themes'
  | 'targetLevel'
  | 'yearsInPractice'
  | 'organisationsCount'
  | 'hasHandbook'
  | 'handbookInDutch'
  | 'hasProcessEvaluation'
>;

export type TimelineEntry = Schemas['TimelineEntryView'];
export type Theme = Schemas['ThemeView'];
export type Coach = Schemas['CoachView'];

export type CreateApplicationBody = Schemas['CreateApplicationDto'];
export type UpdateApplicationBody = Schemas['UpdateApplicationDto'];
export type RegisterBody = Schemas['RegisterDto'];
export type AdmitBody = Schemas['AdmitActionDto'];

export type ListingItem = Schemas['PublicListingItem'];
export type ListingSearchResult = Schemas['ListingSearchPage'];
export type ListingSearchQuery = { q?: string; theme?: string; level?: LevelCode; targetGroup?: string; page?: number; pageSize?: number };
export type ListingDetail = Schemas['PublicListingDetail'];

export type NotificationView = Schemas['NotificationView'];
export type TodoItem = Schemas['TodoItem'];
export type TodoPage = Schemas['TodoPage'];
