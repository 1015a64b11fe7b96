import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { STUCK_THRESHOLD_MAX, STUCK_THRESHOLD_MIN, type StuckThresholds } from '../../track/stuck-rule.js';

/**
 * Every phase's threshold in working days, all five at once: the admin's screen always shows and
 * sends the whole set, and a PUT replaces it (docs/decisions/0021). A phase left out is 400
 * `required`; an unknown phase is 400 `unknownField` naming it (`thresholds.<phase>`).
 */
export class StuckThresholdValues implements StuckThresholds {
  @IsInt() @Min(STUCK_THRESHOLD_MIN) @Max(STUCK_THRESHOLD_MAX)
  intake: number;

  @IsInt() @Min(STUCK_THRESHOLD_MIN) @Max(STUCK_THRESHOLD_MAX)
  beschrijven: number;

  @IsInt() @Min(STUCK_THRESHOLD_MIN) @Max(STUCK_THRESHOLD_MAX)
  beoordelen: number;

  @IsInt() @Min(STUCK_THRESHOLD_MIN) @Max(STUCK_THRESHOLD_MAX)
  commissie: number;

  @IsInt() @Min(STUCK_THRESHOLD_MIN) @Max(STUCK_THRESHOLD_MAX)
  besluit: number;
}

/** The body of a save and of a preview. */
export class StuckThresholdsRequest {
  @IsDefined() @IsObject() @ValidateNested() @Type(() => StuckThresholdValues)
  thresholds: StuckThresholdValues;
}
