import { call, client } from './client';
import type { paths } from './schema';
import type { LevelCode } from './types';

/** GET /insight/* (src/insight/): the filter as the OpenAPI document describes it. */
export type InsightQuery = NonNullable<paths['/insight/lead-times']['get']['parameters']['query']>;

/** src/insight/insight-measures.ts */
export const LEAD_TIME_MEASURES = ['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit', 'submissionToDecision'] as const;
export type LeadTimeMeasure = (typeof LEAD_TIME_MEASURES)[number];
export const THROUGHPUT_MEASURES = [
  'submitted',
  'admitted',
  'notAdmitted',
  'withdrawn',
  'recognised',
  'conditionallyRecognised',
  'deferred',
  'notRecognised',
  'published',
  'expired',
] as const;
export type ThroughputMeasure = (typeof THROUGHPUT_MEASURES)[number];
export type PunctualityKind = 'invitation_response' | 'review' | 'coach_feedback' | 'owner_revision' | 'committee_agenda';

/** src/insight/insight.views.ts */
export interface InsightFilter {
  from: string;
  to: string;
  committee: string | null;
  targetLevel: LevelCode | null;
}

export interface LeadTimeRow {
  measure: LeadTimeMeasure;
  quarter: string | null;
  count: number;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

/** When the summary tables behind lead times, throughput and backlog were last rebuilt; null before the first time. */
export interface SummaryFreshness {
  refreshedAt: string | null;
}

export interface LeadTimesView extends SummaryFreshness {
  filter: InsightFilter;
  overall: LeadTimeRow[];
  byQuarter: LeadTimeRow[];
}

export type ThroughputRow = { quarter: string } & Record<ThroughputMeasure, number>;

export interface ThroughputView extends SummaryFreshness {
  filter: InsightFilter;
  quarters: ThroughputRow[];
  total: ThroughputRow;
}

export interface PunctualityFigures {
  judged: number;
  onTime: number;
  late: number;
  missed: number;
  onTimePercentage: number | null;
}

export interface DeadlinesView {
  filter: InsightFilter;
  kinds: (PunctualityFigures & { kind: PunctualityKind })[];
  overall: PunctualityFigures;
  missedNow: {
    applicationId: string;
    reference: string;
    name: string;
    kind: PunctualityKind;
    dueAt: string;
    assigneeRole: 'owners' | 'coach' | 'secretaries' | 'reviewer';
    workingDaysOverdue: number;
  }[];
  missedNowTruncated: boolean;
}

export const LEAD_TIME_PHASES = ['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit'] as const;
export type LeadTimePhase = (typeof LEAD_TIME_PHASES)[number];

/** A phase's figure at the end of the month is the month before's plus `entered` minus `left`. */
export type BacklogRow = { month: string; total: number; entered: Record<LeadTimePhase, number>; left: Record<LeadTimePhase, number> } & Record<LeadTimePhase, number>;

export interface BacklogView extends SummaryFreshness {
  filter: InsightFilter;
  months: BacklogRow[];
}

export interface ReviewerFigures {
  invited: number;
  accepted: number;
  declined: number;
  expired: number;
  pending: number;
  medianResponseDays: number | null;
  reviewsOnTime: number;
  reviewsLate: number;
  reviewsMissed: number;
  openReviews: number;
}

export interface ReviewersView {
  filter: InsightFilter;
  reviewers: (ReviewerFigures & { reviewerId: string; name: string })[];
  total: ReviewerFigures;
}

export interface CoachFigures {
  caseload: number;
  feedbackGiven: number;
  feedbackOnTime: number;
  medianTurnaroundDays: number | null;
}

export interface CoachesView {
  filter: InsightFilter;
  coaches: (CoachFigures & { coachId: string; name: string })[];
  total: CoachFigures;
}

export interface CommitteeMeetingsView {
  filter: InsightFilter;
  meetings: { meetingId: string; startsAt: string; committeeId: string; committeeName: string; cases: number; decisions: number }[];
  total: { meetings: number; cases: number; decisions: number; casesPerMeeting: number | null; decisionsPerMeeting: number | null };
}

/** GET /applications/:id/phase-duration (src/insight/phase-duration.service.ts) */
export interface PhaseDurationView {
  phase: LeadTimePhase | null;
  workingDays: number | null;
  usual: { from: number; to: number; cases: number } | null;
}

export type InsightTable = 'lead-times' | 'throughput' | 'deadlines' | 'missed-deadlines' | 'backlog' | 'reviewers' | 'coaches' | 'committee-meetings';

/** The CSV export of a table under the same filter, as a link to download. */
export function insightCsvHref(table: InsightTable, query: InsightQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const search = params.toString();
  return `/insight/${table}.csv${search ? `?${search}` : ''}`;
}

/** The jaaroverzicht of one year as a PDF to download, with the committee and level of the filter. */
export function annualOverviewHref(year: string, query: InsightQuery): string {
  const params = new URLSearchParams({ year });
  if (query.committee) params.set('committee', query.committee);
  if (query.targetLevel) params.set('targetLevel', query.targetLevel);
  return `/insight/jaaroverzicht.pdf?${params.toString()}`;
}

export const insightApi = {
  leadTimes: (query: InsightQuery) => call<LeadTimesView>(client.GET('/insight/lead-times', { params: { query } })),
  throughput: (query: InsightQuery) => call<ThroughputView>(client.GET('/insight/throughput', { params: { query } })),
  deadlines: (query: InsightQuery) => call<DeadlinesView>(client.GET('/insight/deadlines', { params: { query } })),
  backlog: (query: InsightQuery) => call<BacklogView>(client.GET('/insight/backlog', { params: { query } })),
  reviewers: (query: InsightQuery) => call<ReviewersView>(client.GET('/insight/reviewers', { params: { query } })),
  coaches: (query: InsightQuery) => call<CoachesView>(client.GET('/insight/coaches', { params: { query } })),
  phaseDuration: (id: string) => call<PhaseDurationView>(client.GET('/applications/{id}/phase-duration', { params: { path: { id } } })),
  committeeMeetings: (query: InsightQuery) => call<CommitteeMeetingsView>(client.GET('/insight/committee-meetings', { params: { query } })),
};
