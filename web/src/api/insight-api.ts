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

export interface LeadTimesView {
  filter: InsightFilter;
  overall: LeadTimeRow[];
  byQuarter: LeadTimeRow[];
}

export type ThroughputRow = { quarter: string } & Record<ThroughputMeasure, number>;

export interface ThroughputView {
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

/** The CSV export of a table under the same filter, as a link to download. */
export function insightCsvHref(table: 'lead-times' | 'throughput' | 'deadlines' | 'missed-deadlines', query: InsightQuery): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const search = params.toString();
  return `/insight/${table}.csv${search ? `?${search}` : ''}`;
}

export const insightApi = {
  leadTimes: (query: InsightQuery) => call<LeadTimesView>(client.GET('/insight/lead-times', { params: { query } })),
  throughput: (query: InsightQuery) => call<ThroughputView>(client.GET('/insight/throughput', { params: { query } })),
  deadlines: (query: InsightQuery) => call<DeadlinesView>(client.GET('/insight/deadlines', { params: { query } })),
};
