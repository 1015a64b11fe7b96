import { ApiProperty } from '@nestjs/swagger';
import { LEAD_TIME_PHASES, type LeadTimePhase } from './insight-measures.js';

/** The middle half of the stays in a phase that ended in the last year. */
export class UsualDuration {
  /** 25th percentile, whole working days. */
  @ApiProperty({ type: 'integer' })
  from!: number;

  /** 75th percentile, whole working days. */
  @ApiProperty({ type: 'integer' })
  to!: number;

  @ApiProperty({ type: 'integer' })
  cases!: number;
}

export class PhaseDurationView {
  /** The phase the application is in now; null outside the measured phases (a draft, a published or closed case). */
  @ApiProperty({ enum: LEAD_TIME_PHASES, enumName: 'LeadTimePhase', nullable: true })
  phase!: LeadTimePhase | null;

  /** Working days in this phase so far. */
  @ApiProperty({ type: 'integer', nullable: true })
  workingDays!: number | null;

  /**
   * The 25th to the 75th percentile in whole working days, and how many stays that is; null when
   * fewer than USUAL_DURATION_MIN_CASES, or before the summary tables were first built.
   */
  @ApiProperty({ type: UsualDuration, nullable: true })
  usual!: UsualDuration | null;
}
