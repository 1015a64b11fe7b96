import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldErrorView } from '../common/views/field-error.view.js';
import { PersonRef } from '../common/views/person-ref.view.js';
import { Readiness } from '../track/readiness.js';
import { idlenessOf, type StuckThresholds } from '../track/stuck-rule.js';
import { DocumentFactsView, TrackProcedureView } from '../track/track-facts.view.js';
import { LEVEL_CODES, levelLabel, type LevelCode } from '../track/track.levels.js';
import { ACTOR_KINDS, type ActorKind } from '../track/track.permissions.js';
import { phaseOf, TRACK_PHASES, TRACK_TURNS, trackContextOf, type StateDetail, type TrackPhase, type TrackTurn } from '../track/track.snapshot.js';
import { AdmissionCriterion } from './admission-criteria.js';
import type { Application } from './application.entity.js';

export { PersonRef };

const DATE_TIME = { type: String, format: 'date-time' } as const;

/** The columns the list form reads; the list endpoint selects only these. */
export const SUMMARY_COLUMNS = [
  'id',
  'reference',
  'name',
  'organisation',
  'targetLevel',
  'themes',
  'state',
  'stateDetail',
  'coachId',
  'version',
  'stateChangedAt',
  'submittedAt',
  'updatedAt',
] as const satisfies readonly (keyof Application)[];

/** The list form: enough to place an application on a board, with how long it has not moved and whether it is stuck. */
export class ApplicationSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisation!: string;

  @ApiProperty({ enum: LEVEL_CODES, enumName: 'LevelCode' })
  targetLevel!: LevelCode;

  @ApiProperty()
  targetLevelLabel!: string;

  @ApiProperty({ type: [String] })
  themes!: string[];

  /** The statechart's state (src/track/track.machine.ts); `phase` and `turn` say it for people. */
  @ApiProperty()
  state!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, nullable: true })
  stateDetail!: StateDetail | null;

  @ApiProperty({ enum: TRACK_PHASES, enumName: 'TrackPhase' })
  phase!: TrackPhase;

  @ApiProperty({ enum: TRACK_TURNS, enumName: 'TrackTurn' })
  turn!: TrackTurn;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  coachId!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty(DATE_TIME)
  stateChangedAt!: Date;

  /** Working days since the case entered its state; stuck by the one per-phase rule with the admin's thresholds (src/track/stuck-rule.ts). */
  @ApiProperty({ type: 'integer' })
  workingDaysInState!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  stuckAfterWorkingDays!: number | null;

  @ApiProperty()
  stuck!: boolean;

  @ApiProperty({ ...DATE_TIME, nullable: true })
  submittedAt!: Date | null;

  @ApiProperty(DATE_TIME)
  updatedAt!: Date;
}

/** The full form, for the people involved: the intake, the track's facts, and what this viewer may do now. */
export class ApplicationView extends ApplicationSummaryView {
  @ApiProperty()
  contactName!: string;

  @ApiProperty()
  contactEmail!: string;

  @ApiProperty({ type: String, nullable: true })
  contactPhone!: string | null;

  @ApiProperty()
  summary!: string;

  @ApiProperty()
  goal!: string;

  @ApiProperty()
  targetGroup!: string;

  @ApiProperty()
  approach!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  yearsInPractice!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  organisationsCount!: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  hasHandbook!: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  handbookInDutch!: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  hasProcessEvaluation!: boolean | null;

  @ApiProperty({ type: 'integer' })
  feedbackRound!: number;

  /**
   * The decision has been made known: recorded and its letter sent (it may since have been
   * replaced or objected to). A decision whose letter is a draft does not count, for anyone.
   */
  @ApiProperty()
  decided!: boolean;

  @ApiProperty({ type: DocumentFactsView })
  documents!: DocumentFactsView;

  /** The committee and the version of its procedure settings this case follows, and what the track takes of them. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  committeeId!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  settingsVersion!: number | null;

  @ApiProperty({ type: TrackProcedureView })
  procedure!: TrackProcedureView;

  @ApiProperty(DATE_TIME)
  createdAt!: Date;

  /** The capacities in which this viewer takes part in the case. */
  @ApiProperty({ enum: ACTOR_KINDS, enumName: 'ActorKind', isArray: true })
  kinds!: ActorKind[];

  /** The track events this viewer may send now. */
  @ApiProperty({ type: [String] })
  allowedActions!: string[];

  /** The documents may still change (src/documents/document-kind.ts). */
  @ApiProperty()
  documentsOpen!: boolean;

  /** The documents may still change, and this viewer may change them. */
  @ApiProperty()
  canUploadDocuments!: boolean;

  @ApiProperty({ type: PersonRef, nullable: true })
  coach!: PersonRef | null;

  /** For the owner while the intake may be edited: what the form still lacks. */
  @ApiPropertyOptional({ type: [FieldErrorView] })
  missingFields?: FieldErrorView[];

  /** What the application still lacks before its next step (src/track/readiness.ts); for owners and staff. */
  @ApiPropertyOptional({ type: Readiness, nullable: true })
  readiness?: Readiness | null;

  /** For staff: the admission criteria and how the intake answers them. */
  @ApiPropertyOptional({ type: [AdmissionCriterion] })
  admissionCriteria?: AdmissionCriterion[];

  /** The secretary's open question, while information is requested. */
  @ApiPropertyOptional({ type: String, nullable: true })
  openQuestion?: string | null;
}

/** What the service works out per viewer; the rest of the view comes from the row and its snapshot. */
export type ViewerExtras = Pick<ApplicationView, 'kinds' | 'allowedActions' | 'documentsOpen' | 'canUploadDocuments' | 'coach'> &
  Pick<ApplicationView, 'missingFields' | 'readiness' | 'admissionCriteria' | 'openQuestion'>;

export function applicationSummaryView(application: Pick<Application, (typeof SUMMARY_COLUMNS)[number]>, now: Date, thresholds: StuckThresholds): ApplicationSummaryView {
  const { phase, turn } = phaseOf(application.state, application.stateDetail);
  return {
    id: application.id,
    reference: application.reference,
    name: application.name,
    organisation: application.organisation,
    targetLevel: application.targetLevel,
    targetLevelLabel: levelLabel(application.targetLevel),
    themes: application.themes,
    state: application.state,
    stateDetail: application.stateDetail,
    phase,
    turn,
    coachId: application.coachId,
    version: application.version,
    stateChangedAt: application.stateChangedAt,
    ...idlenessOf(application, now, thresholds),
    submittedAt: application.submittedAt,
    updatedAt: application.updatedAt,
  };
}

/** The full form; `extras` are computed by the service per viewer. */
export function applicationView(application: Application, thresholds: StuckThresholds, extras: ViewerExtras): ApplicationView {
  const context = trackContextOf(application);
  return {
    ...applicationSummaryView(application, new Date(), thresholds),
    contactName: application.contactName,
    contactEmail: application.contactEmail,
    contactPhone: application.contactPhone,
    summary: application.summary,
    goal: application.goal,
    targetGroup: application.targetGroup,
    approach: application.approach,
    yearsInPractice: application.yearsInPractice,
    organisationsCount: application.organisationsCount,
    hasHandbook: application.hasHandbook,
    handbookInDutch: application.handbookInDutch,
    hasProcessEvaluation: application.hasProcessEvaluation,
    feedbackRound: context.feedbackRound,
    decided: context.decision !== null && context.letterSentAt !== null,
    documents: context.documents,
    committeeId: application.committeeId,
    settingsVersion: application.settingsVersion,
    procedure: context.procedure,
    createdAt: application.createdAt,
    ...extras,
  };
}
