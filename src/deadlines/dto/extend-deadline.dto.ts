import { IsInt, IsISO8601, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { Trim } from '../../common/validation/text.js';

/** A new due date, either as an instant or as working days added to the current one; one of the two. */
export class ExtendDeadlineDto {
  @IsOmittable()
  @IsISO8601({ strict: true })
  dueAt?: string;

  /** Working days after the current due date (or after today when it has passed); due at 17:00 that day. */
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(120)
  workingDays?: number;

  /** Why, for the history. */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;

  /** The deadline's version the client last saw. */
  @IsOmittable()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CompleteDeadlineDto {
  @IsOmittable()
  @IsInt()
  @Min(1)
  version?: number;
}
