import { ApiProperty } from '@nestjs/swagger';
import { describeColumns } from '../common/views/listed-columns.js';
import { ASSIGNEE_ROLES, type AssigneeRole } from '../deadlines/deadline-kinds.js';
import { LEVEL_CODES, type LevelCode } from '../track/track.levels.js';
import type { InsightFilter as InsightFilterShape } from './insight-filter.js';
import {
  LEAD_TIME_MEASURES,
  LEAD_TIME_PHASES,
  PUNCTUALITY_DEADLINE_KINDS,
  THROUGHPUT_MEASURES,
  type LeadTimeMeasure,
  type LeadTimePhase,
  type ThroughputMeasure,
} from './insight-measures.js';

const INTEGER = { type: 'integer' } as const;
/** One decimal; null where nothing was measured. */
const DECIMAL_OR_NULL = { type: Number, nullable: true } as const;

/** The filter the figures were computed under, as the server resolved it. */
export class InsightFilter implements InsightFilterShape {
  /** First day, YYYY-MM-DD, Amsterdam calendar. */
  @ApiProperty({ format: 'date' })
  from!: string;

  /** Last day, included. */
  @ApiProperty({ format: 'date' })
  to!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  committee!: string | null;

  @ApiProperty({ enum: LEVEL_CODES, enumName: 'LevelCode', nullable: true })
  targetLevel!: LevelCode | null;
}

/** Working days, rounded to one decimal; null where nothing was measured. */
export class LeadTimeRow {
  @ApiProperty({ enum: LEAD_TIME_MEASURES, enumName: 'LeadTimeMeasure' })
  measure!: LeadTimeMeasure;

  /** `2026-Q3`; null for the whole period. */
  @ApiProperty({ type: String, nullable: true })
  quarter!: string | null;

  @ApiProperty(INTEGER)
  count!: number;

  @ApiProperty(DECIMAL_OR_NULL)
  median!: number | null;

  @ApiProperty(DECIMAL_OR_NULL)
  p75!: number | null;

  @ApiProperty(DECIMAL_OR_NULL)
  p90!: number | null;
}

/** When the summary tables the figures come from were last rebuilt (ISO); null before the first rebuild. */
export class SummaryFreshness {
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  refreshedAt!: string | null;
}

export class LeadTimesView extends SummaryFreshness {
  @ApiProperty({ type: InsightFilter })
  filter!: InsightFilter;

  /** One row per measure over the whole period. */
  @ApiProperty({ type: [LeadTimeRow] })
  overall!: LeadTimeRow[];

  /** One row per quarter of the period and measure, in order. */
  @ApiProperty({ type: [LeadTimeRow] })
  byQuarter!: LeadTimeRow[];
}

export interface ThroughputRow extends Record<ThroughputMeasure, number> {}
/** What was counted in one quarter, a number per measure. */
export class ThroughputRow {
  @ApiProperty()
  quarter!: string;
}
describeColumns(ThroughputRow, THROUGHPUT_MEASURES);

export class ThroughputView extends SummaryFreshness {
  @ApiProperty({ type: InsightFilter })
  filter!: InsightFilter;

  /** Every quarter of the period, also those with nothing in them. */
  @ApiProperty({ type: [ThroughputRow] })
  quarters!: ThroughputRow[];

  /** The period as a whole (`quarter` is "total"). */
  @ApiProperty({ type: ThroughputRow })
  total!: ThroughputRow;
}

export type PunctualityKind = (typeof PUNCTUALITY_DEADLINE_KINDS)[number];

export class PunctualityFigures {
  /** Judged deadlines: onTime + late + missed. */
  @ApiProperty(INTEGER)
  judged!: number;

  @ApiProperty(INTEGER)
  onTime!: number;

  @ApiProperty(INTEGER)
  late!: number;

  @ApiProperty(INTEGER)
  missed!: number;

  /** onTime / judged as a percentage with one decimal; null when nothing was judged. */
  @ApiProperty(DECIMAL_OR_NULL)
  onTimePercentage!: number | null;
}

export class PunctualityRow extends PunctualityFigures {
  @ApiProperty({ enum: PUNCTUALITY_DEADLINE_KINDS, enumName: 'PunctualityKind' })
  kind!: PunctualityKind;
}

export class MissedDeadlineRow {
  @ApiProperty({ format: 'uuid' })
  applicationId!: string;

  @ApiProperty()
  reference!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: PUNCTUALITY_DEADLINE_KINDS, enumName: 'PunctualityKind' })
  kind!: PunctualityKind;

  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  @ApiProperty({ enum: ASSIGNEE_ROLES, enumName: 'AssigneeRole' })
  assigneeRole!: AssigneeRole;

  @ApiProperty(INTEGER)
  workingDaysOverdue!: number;
}

export class DeadlinesView {
  @ApiProperty({ type: InsightFilter })
  filter!: InsightFilter;

  @ApiProperty({ type: [PunctualityRow] })
  kinds!: PunctualityRow[];

  /** Every kind together. */
  @ApiProperty({ type: PunctualityFigures })
  overall!: PunctualityFigures;

  /** Past due now and still asking for action, oldest first, at most `missedNowLimit`. */
  @ApiProperty({ type: [MissedDeadlineRow] })
  missedNow!: MissedDeadlineRow[];

  /** True when there are more than the rows listed. */
  @ApiProperty()
  missedNowTruncated!: boolean;
}

/** A count per measured phase. */
export interface PhaseCounts extends Record<LeadTimePhase, number> {}
export class PhaseCounts {}
describeColumns(PhaseCounts, LEAD_TIME_PHASES);

export interface BacklogRow extends Record<LeadTimePhase, number> {}
/**
 * The cases in each measured phase at the end of a month (for the month not over yet: now), and how
 * many entered and left each phase during the month: a phase's figure is the month before's plus
 * `entered` minus `left`. `total` counts the phases' figures at the end of the month.
 */
export class BacklogRow {
  @ApiProperty()
  month!: string;

  @ApiProperty(INTEGER)
  total!: number;

  @ApiProperty({ type: PhaseCounts })
  entered!: PhaseCounts;

  @ApiProperty({ type: PhaseCounts })
  left!: PhaseCounts;
}
describeColumns(BacklogRow, LEAD_TIME_PHASES);

export class BacklogView extends SummaryFreshness {
  @ApiProperty({ type: InsightFilter })
  filter!: InsightFilter;

  /** Every month the period touches, oldest first. */
  @ApiProperty({ type: [BacklogRow] })
  months!: BacklogRow[];
}

export class ReviewerFigures {
  /** Invitations sent in the period, by how they stand now. */
  @ApiProperty(INTEGER)
  invited!: number;

  @ApiProperty(INTEGER)
  accepted!: number;

  /** Declined, or a conflict of interest reported. */
  @ApiProperty(INTEGER)
  declined!: number;

  @ApiProperty(INTEGER)
  expired!: number;

  @ApiProperty(INTEGER)
  pending!: number;

  /** Working days from invitation to answer, median over the answered invitations; null without any. */
  @ApiProperty(DECIMAL_OR_NULL)
  medianResponseDays!: number | null;

  /** Reviews due in the period: written by the due date, after it, or not at all. */
  @ApiProperty(INTEGER)
  reviewsOnTime!: number;

  @ApiProperty(INTEGER)
  reviewsLate!: number;

  @ApiProperty(INTEGER)
  reviewsMissed!: number;

  /** Reviews to write now (whatever the period). */
  @ApiProperty(INTEGER)
  openReviews!: number;
}

export class ReviewerRow extends ReviewerFigures {
  @ApiProperty({ format: 'uuid' })
  reviewerId!: string;

  @ApiProperty()
  name!: string;
}

export class ReviewersView {
  @ApiProperty({ type: InsightFilter })
  filter!: InsightFilter;

  @ApiProperty({ type: [ReviewerRow] })
  reviewers!: ReviewerRow[];

  @ApiProperty({ type: ReviewerFigures })
  total!: ReviewerFigures;
}

export class CoachFigures {
  /** Cases coached now in a phase between intake and the decision. */
  @ApiProperty(INTEGER)
  caseload!: number;

  /** Feedback rounds given in the period. */
  @ApiProperty(INTEGER)
  feedbackGiven!: number;

  @ApiProperty(INTEGER)
  feedbackOnTime!: number;

  /** Working days from the owner's request to the feedback, median; null without any. */
  @ApiProperty(DECIMAL_OR_NULL)
  medianTurnaroundDays!: number | null;
}

export class CoachRow extends CoachFigures {
  @ApiProperty({ format: 'uuid' })
  coachId!: string;

  @ApiProperty()
  name!: string;
}

export class CoachesView {
  @ApiProperty({ type: InsightFilter })
  filter!: InsightFilter;

  @ApiProperty({ type: [CoachRow] })
  coaches!: CoachRow[];

  @ApiProperty({ type: CoachFigures })
  total!: CoachFigures;
}

export class CommitteeMeetingRow {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'uuid' })
  committeeId!: string;

  @ApiProperty()
  committeeName!: string;

  /** Cases on the agenda. */
  @ApiProperty(INTEGER)
  cases!: number;

  /** Decisions taken at the meeting. */
  @ApiProperty(INTEGER)
  decisions!: number;
}

export class CommitteeMeetingTotals {
  @ApiProperty(INTEGER)
  meetings!: number;

  @ApiProperty(INTEGER)
  cases!: number;

  @ApiProperty(INTEGER)
  decisions!: number;

  /** One decimal; null without meetings. */
  @ApiProperty(DECIMAL_OR_NULL)
  casesPerMeeting!: number | null;

  @ApiProperty(DECIMAL_OR_NULL)
  decisionsPerMeeting!: number | null;
}

export class CommitteeMeetingsView {
  @ApiProperty({ type: InsightFilter })
  filter!: InsightFilter;

  @ApiProperty({ type: [CommitteeMeetingRow] })
  meetings!: CommitteeMeetingRow[];

  @ApiProperty({ type: CommitteeMeetingTotals })
  total!: CommitteeMeetingTotals;
}
