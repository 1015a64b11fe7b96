import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine, Trim } from '../../common/validation/text.js';
import { REVIEWER_KINDS, type ReviewerKind } from '../../panels/panel-composition.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE_MESSAGE = 'moet een datum JJJJ-MM-DD zijn / must be a date YYYY-MM-DD';

/** A stretch of days (inclusive) in which the reviewer cannot take on a review. */
export class UnavailablePeriodDto {
  @Matches(ISO_DATE, { message: `from ${ISO_DATE_MESSAGE}` })
  from: string;

  @Matches(ISO_DATE, { message: `until ${ISO_DATE_MESSAGE}` })
  until: string;

  @IsOmittable() @Trim() @IsString() @SingleLine() @MaxLength(200)
  note?: string;
}

/** What a reviewer may change about themselves. */
export class ReviewerAvailabilityDto {
  /** Replaces the whole list. */
  @IsOmittable() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => UnavailablePeriodDto)
  unavailablePeriods?: UnavailablePeriodDto[];

  @IsOmittable() @IsBoolean()
  acceptingInvitations?: boolean;
}

/** The whole profile, kept by the secretariat (or an admin). */
export class PutReviewerProfileDto extends ReviewerAvailabilityDto {
  @IsIn(REVIEWER_KINDS)
  kind: ReviewerKind;

  /** Expertise themes (slugs of active themes). */
  @IsArray() @ArrayMaxSize(30) @IsString({ each: true })
  themes: string[];

  /** Set when the reviewer works elsewhere than the account's organisation says; null clears it. */
  @IsOptional() @Trim() @IsString() @SingleLine() @MaxLength(200)
  organisation?: string | null;

  @IsOmittable() @Trim() @IsString() @MaxLength(5000)
  expertise?: string;

  @IsOmittable() @IsInt() @Min(0) @Max(50)
  maxConcurrentReviews?: number;
}
