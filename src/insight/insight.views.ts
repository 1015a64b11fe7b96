import type { AssigneeRole } from '../deadlines/deadline-kinds.js';
import type { InsightFilter } from './insight-filter.js';
import type { LeadTimeMeasure, PUNCTUALITY_DEADLINE_KINDS, ThroughputMeasure } from './insight-measures.js';

/** Working days, rounded to one decimal; null where nothing was measured. */
export interface LeadTimeRow {
  measure: LeadTimeMeasure;
  /** `2026-Q3`; null for the whole period. */
  quarter: string | null;
  count: number;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

export interface LeadTimesView {
  filter: InsightFilter;
  /** One row per measure over the whole period. */
  overall: LeadTimeRow[];
  /** One row per quarter of the period and measure, in order. */
  byQuarter: LeadTimeRow[];
}

export type ThroughputRow = { quarter: string } & Record<ThroughputMeasure, number>;

export interface ThroughputView {
  filter: InsightFilter;
  /** Every quarter of the period, also those with nothing in them. */
  quarters: ThroughputRow[];
  /** The period as a whole (`quarter` is "total"). */
  total: ThroughputRow;
}

export type PunctualityKind = (typeof PUNCTUALITY_DEADLINE_KINDS)[number];

export interface PunctualityFigures {
  /** Judged deadlines: onTime + late + missed. */
  judged: number;
  onTime: number;
  late: number;
  missed: number;
  /** onTime / judged as a percentage with one decimal; null when nothing was judged. */
  onTimePercentage: number | null;
}

export interface PunctualityRow extends PunctualityFigures {
  kind: PunctualityKind;
}

export interface MissedDeadlineRow {
  applicationId: string;
  reference: string;
  name: string;
  kind: PunctualityKind;
  dueAt: string;
  assigneeRole: AssigneeRole;
  workingDaysOverdue: number;
}

export interface DeadlinesView {
  filter: InsightFilter;
  kinds: PunctualityRow[];
  /** Every kind together. */
  overall: PunctualityFigures;
  /** Past due now and still asking for action, oldest first, at most `missedNowLimit`. */
  missedNow: MissedDeadlineRow[];
  /** True when there are more than the rows listed. */
  missedNowTruncated: boolean;
}
