import type { AssigneeRole } from '../deadlines/deadline-kinds.js';
import type { InsightFilter } from './insight-filter.js';
import type { LeadTimeMeasure, LeadTimePhase, PUNCTUALITY_DEADLINE_KINDS, ThroughputMeasure } from './insight-measures.js';

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

/** When the summary tables the figures come from were last rebuilt (ISO); null before the first rebuild. */
export interface SummaryFreshness {
  refreshedAt: string | null;
}

export interface LeadTimesView extends SummaryFreshness {
  filter: InsightFilter;
  /** One row per measure over the whole period. */
  overall: LeadTimeRow[];
  /** One row per quarter of the period and measure, in order. */
  byQuarter: LeadTimeRow[];
}

export type ThroughputRow = { quarter: string } & Record<ThroughputMeasure, number>;

export interface ThroughputView extends SummaryFreshness {
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

/**
 * The cases in each measured phase at the end of a month (for the month not over yet: now), and how
 * many entered and left each phase during the month: a phase's figure is the month before's plus
 * `entered` minus `left`. `total` counts the phases' figures at the end of the month.
 */
export type BacklogRow = { month: string; total: number; entered: Record<LeadTimePhase, number>; left: Record<LeadTimePhase, number> } & Record<LeadTimePhase, number>;

export interface BacklogView extends SummaryFreshness {
  filter: InsightFilter;
  /** Every month the period touches, oldest first. */
  months: BacklogRow[];
}

export interface ReviewerFigures {
  /** Invitations sent in the period, by how they stand now. */
  invited: number;
  accepted: number;
  /** Declined, or a conflict of interest reported. */
  declined: number;
  expired: number;
  pending: number;
  /** Working days from invitation to answer, median over the answered invitations; null without any. */
  medianResponseDays: number | null;
  /** Reviews due in the period: written by the due date, after it, or not at all. */
  reviewsOnTime: number;
  reviewsLate: number;
  reviewsMissed: number;
  /** Reviews to write now (whatever the period). */
  openReviews: number;
}

export interface ReviewerRow extends ReviewerFigures {
  reviewerId: string;
  name: string;
}

export interface ReviewersView {
  filter: InsightFilter;
  reviewers: ReviewerRow[];
  total: ReviewerFigures;
}

export interface CoachFigures {
  /** Cases coached now in a phase between intake and the decision. */
  caseload: number;
  /** Feedback rounds given in the period. */
  feedbackGiven: number;
  feedbackOnTime: number;
  /** Working days from the owner's request to the feedback, median; null without any. */
  medianTurnaroundDays: number | null;
}

export interface CoachRow extends CoachFigures {
  coachId: string;
  name: string;
}

export interface CoachesView {
  filter: InsightFilter;
  coaches: CoachRow[];
  total: CoachFigures;
}

export interface CommitteeMeetingRow {
  meetingId: string;
  startsAt: string;
  committeeId: string;
  committeeName: string;
  /** Cases on the agenda. */
  cases: number;
  /** Decisions taken at the meeting. */
  decisions: number;
}

export interface CommitteeMeetingsView {
  filter: InsightFilter;
  meetings: CommitteeMeetingRow[];
  total: {
    meetings: number;
    cases: number;
    decisions: number;
    /** One decimal; null without meetings. */
    casesPerMeeting: number | null;
    decisionsPerMeeting: number | null;
  };
}
