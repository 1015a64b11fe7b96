import type { LevelCode } from '../track/track.levels.js';
import type { TrackProcedure } from '../track/track.machine.js';
import { RowReader } from './row-reader.js';

/** The columns of a cases file, in the order of the example file (docs/import/cases.example.csv). */
export const CASE_COLUMNS = [
  'reference',
  'title',
  'owner_email',
  'owner_name',
  'owner_organisation',
  'target_level',
  'phase',
  'applied_at',
  'admitted_at',
  'submitted_for_assessment_at',
  'coach_email',
  'themes',
  'summary',
  'goal',
  'target_group',
  'approach',
] as const;
export const REQUIRED_CASE_COLUMNS = ['reference', 'title', 'owner_email', 'owner_name', 'owner_organisation', 'target_level', 'phase', 'applied_at'] as const;

/**
 * The states a case in flight can be imported into: those from which the track goes on with what
 * the system holds. Later states need the review panel and its reviews, which the old databank
 * does not export; such a case is finished there or entered again from the assessment.
 */
export const IMPORTABLE_PHASES = ['intake', 'description', 'submittedForAssessment', 'panelComposition'] as const;
export type ImportablePhase = (typeof IMPORTABLE_PHASES)[number];

const REFERENCE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){1,4}$/;

export interface CaseRow {
  row: number;
  reference: string;
  title: string;
  ownerEmail: string;
  ownerName: string;
  ownerOrganisation: string;
  targetLevel: LevelCode;
  phase: ImportablePhase;
  appliedAt: string;
  admittedAt: string | null;
  submittedForAssessmentAt: string | null;
  coachEmail: string;
  themes: string[];
  summary: string;
  goal: string;
  targetGroup: string;
  approach: string;
}

/** Reads and checks one case row: each phase needs the dates of the steps before it, in order. */
export function readCaseRow(reader: RowReader, context: { today: string; themes: ReadonlySet<string>; procedure: TrackProcedure }): CaseRow | null {
  const reference = reader.pattern('reference', REFERENCE, 'ERK-2025-0042', { required: true });
  if (reference.length > 40) reader.fail('reference', 'maxLength', { max: 40 });
  const title = reader.text('title', { required: true });
  const ownerEmail = reader.email('owner_email', { required: true });
  const ownerName = reader.text('owner_name', { required: true });
  const ownerOrganisation = reader.text('owner_organisation', { required: true });
  const targetLevel = reader.level('target_level', context.procedure.levels);
  const phase = reader.oneOf('phase', IMPORTABLE_PHASES);
  const appliedAt = reader.date('applied_at', { required: true, notInFuture: context.today });
  const admitted = phase !== null && phase !== 'intake';
  const submitted = phase === 'submittedForAssessment' || phase === 'panelComposition';
  const admittedAt = reader.date('admitted_at', { required: admitted, notInFuture: context.today });
  const submittedForAssessmentAt = reader.date('submitted_for_assessment_at', { required: submitted, notInFuture: context.today });
  reader.notBefore('admitted_at', admittedAt, 'applied_at', appliedAt);
  reader.notBefore('submitted_for_assessment_at', submittedForAssessmentAt, 'admitted_at', admittedAt);
  const row: Omit<CaseRow, 'targetLevel' | 'phase' | 'appliedAt'> = {
    row: reader.row,
    reference,
    title,
    ownerEmail,
    ownerName,
    ownerOrganisation,
    // A later step's date is kept only for a phase that took that step.
    admittedAt: admitted ? admittedAt : null,
    submittedForAssessmentAt: submitted ? submittedForAssessmentAt : null,
    coachEmail: reader.email('coach_email'),
    themes: reader.themes('themes', context.themes),
    summary: reader.text('summary', { long: true }),
    goal: reader.text('goal', { long: true }),
    targetGroup: reader.text('target_group', { long: true }),
    approach: reader.text('approach', { long: true }),
  };
  if (reader.problems.length || !targetLevel || !phase || !appliedAt) return null;
  return { ...row, targetLevel, phase, appliedAt };
}
