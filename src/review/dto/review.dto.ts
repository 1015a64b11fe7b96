import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine, Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { FEASIBILITY_EXPLANATION_MAX_LENGTH, FEASIBILITY_VERDICTS, type FeasibilityVerdict } from '../feasibility.js';
import { JUDGMENTS, type Judgment } from '../review-criteria.js';

export class CriterionAnswerDto {
  /** A criterion code of the application's target level (see the form in GET .../reviews/mine). */
  @IsString() @SingleLine() @MaxLength(60)
  code: string;

  /** null clears it. */
  @IsOptional() @IsIn(JUDGMENTS)
  judgment?: Judgment | null;

  /** null clears it. */
  @IsOptional() @Trim() @IsString() @MaxLength(10000)
  motivation?: string | null;
}

/**
 * A draft save: only the fields sent change; criteria merge by code. `null` clears a value.
 * Submission needs every criterion judged and motivated, a proposed level (or
 * `noLevelReached: true`) and feedback for the owner.
 */
export class SaveReviewDto {
  @IsOmittable() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => CriterionAnswerDto)
  criteria?: CriterionAnswerDto[];

  /** At most the target level. */
  @IsOptional() @IsIn(LEVEL_CODES)
  proposedLevel?: LevelCode | null;

  /** The reviewer judges that the intervention reaches no level at all (niet erkennen). */
  @IsOmittable() @IsBoolean()
  noLevelReached?: boolean;

  @IsOmittable() @Trim() @IsString() @MaxLength(20000)
  feedbackForOwner?: string;

  @IsOmittable() @Trim() @IsString() @MaxLength(20000)
  confidentialRemarks?: string;

  /** Only when the case's settings ask for a feasibility verdict (the form's `feasibilityVerdict`); null clears it. */
  @IsOptional() @IsIn(FEASIBILITY_VERDICTS)
  feasibility?: FeasibilityVerdict | null;

  @IsOptional() @Trim() @IsString() @MaxLength(FEASIBILITY_EXPLANATION_MAX_LENGTH)
  feasibilityExplanation?: string | null;
}
