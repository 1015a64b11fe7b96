import type { ActorKind } from '../track/track.permissions.js';
import { idlenessOf, type StuckThresholds } from '../track/stuck-rule.js';
import { levelLabel } from '../track/track.levels.js';
import { phaseOf, trackContextOf } from '../track/track.snapshot.js';
import type { Application } from './application.entity.js';

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

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
export function applicationSummaryView(application: Pick<Application, (typeof SUMMARY_COLUMNS)[number]>, now: Date, thresholds: StuckThresholds) {
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

/** The full form, for the people involved; `extras` are computed by the service per viewer. */
export function applicationView(
  application: Application,
  thresholds: StuckThresholds,
  extras: { kinds: ActorKind[]; allowedActions: string[]; documentsOpen: boolean; canUploadDocuments: boolean; coach: PersonRef | null; [key: string]: unknown },
) {
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
    /**
     * The decision has been made known: recorded and its letter sent (it may since have been
     * replaced or objected to). A decision whose letter is a draft does not count, for anyone.
     */
    decided: context.decision !== null && context.letterSentAt !== null,
    documents: context.documents,
    /** The committee and the version of its procedure settings this case follows, and what the track takes of them. */
    committeeId: application.committeeId,
    settingsVersion: application.settingsVersion,
    procedure: context.procedure,
    createdAt: application.createdAt,
    ...extras,
  };
}
