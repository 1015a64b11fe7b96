import { call, client } from './client';
import { valuesOf } from './enum-values';
import type { components, paths } from './schema';

/** GET /insight/* (src/insight/): the filter as the OpenAPI document describes it. */
export type InsightQuery = NonNullable<paths['/insight/lead-times']['get']['parameters']['query']>;

type Schemas = components['schemas'];

/** The orders the tables show their columns in; the values are the API's (src/insight/insight-measures.ts). */
export const LEAD_TIME_MEASURES = valuesOf<Schemas['LeadTimeMeasure']>()(['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit', 'submissionToDecision']);
export type LeadTimeMeasure = Schemas['LeadTimeMeasure'];
export const THROUGHPUT_MEASURES = valuesOf<Exclude<keyof Schemas['ThroughputRow'], 'quarter'>>()([
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
]);
export type ThroughputMeasure = (typeof THROUGHPUT_MEASURES)[number];
export const LEAD_TIME_PHASES = valuesOf<Schemas['LeadTimePhase']>()(['intake', 'beschrijven', 'beoordelen', 'commissie', 'besluit']);
export type LeadTimePhase = Schemas['LeadTimePhase'];
export type PunctualityKind = Schemas['PunctualityKind'];

export type InsightFilter = Schemas['InsightFilter'];
export type LeadTimeRow = Schemas['LeadTimeRow'];
export type LeadTimesView = Schemas['LeadTimesView'];
export type ThroughputRow = Schemas['ThroughputRow'];
export type ThroughputView = Schemas['ThroughputView'];
export type PunctualityFigures = Schemas['PunctualityFigures'];
export type DeadlinesView = Schemas['DeadlinesView'];
export type BacklogRow = Schemas['BacklogRow'];
export type BacklogView = Schemas['BacklogView'];
export type ReviewerFigures = Schemas['ReviewerFigures'];
export type ReviewersView = Schemas['ReviewersView'];
export type CoachFigures = Schemas['CoachFigures'];
export type CoachesView = Schemas['CoachesView'];
export type CommitteeMeetingsView = Schemas['CommitteeMeetingsView'];
export type PhaseDurationView = Schemas['PhaseDurationView'];

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
  leadTimes: (query: InsightQuery) => call(client.GET('/insight/lead-times', { params: { query } })),
  throughput: (query: InsightQuery) => call(client.GET('/insight/throughput', { params: { query } })),
  deadlines: (query: InsightQuery) => call(client.GET('/insight/deadlines', { params: { query } })),
  backlog: (query: InsightQuery) => call(client.GET('/insight/backlog', { params: { query } })),
  reviewers: (query: InsightQuery) => call(client.GET('/insight/reviewers', { params: { query } })),
  coaches: (query: InsightQuery) => call(client.GET('/insight/coaches', { params: { query } })),
  phaseDuration: (id: string) => call(client.GET('/applications/{id}/phase-duration', { params: { path: { id } } })),
  committeeMeetings: (query: InsightQuery) => call(client.GET('/insight/committee-meetings', { params: { query } })),
};
