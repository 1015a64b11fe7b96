import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { Trim } from '../../common/validation/text.js';
import { REVIEWER_KINDS, type ReviewerKind } from '../panel-composition.js';

export class InviteReviewerDto {
  @IsUUID()
  reviewerId: string;

  /** Defaults to the kind in the reviewer's profile; must match it when both are known. */
  @IsOmittable() @IsIn(REVIEWER_KINDS)
  kind?: ReviewerKind;

  /** ISO instant with a zone; defaults to REVIEWER_RESPONSE_WORKING_DAYS working days from now, 17:00. */
  @IsOmittable() @IsISO8601({ strict: true })
  responseDueAt?: string;
}

export class AlternateDto {
  @IsUUID()
  reviewerId: string;

  @IsOmittable() @IsIn(REVIEWER_KINDS)
  kind?: ReviewerKind;
}

/** The ranked reserve list, best first; replaces the alternates still waiting. */
export class SetAlternatesDto {
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AlternateDto)
  alternates: AlternateDto[];
}

export class AcceptInvitationDto {
  /** A declared conflict of interest blocks the assignment. */
  @IsBoolean()
  conflictOfInterest: boolean;

  /** Required with a conflict of interest. */
  @IsOmittable() @Trim() @IsString() @MaxLength(5000)
  conflictDescription?: string;
}

export class DeclineInvitationDto {
  @Trim() @IsString() @MinLength(3) @MaxLength(5000)
  reason: string;

  /** A colleague the secretary could invite instead: a name, an e-mail address or both. */
  @IsOmittable() @Trim() @IsString() @MaxLength(300)
  suggestedColleague?: string;
}

export class RemovePanelMemberDto {
  @IsOmittable() @Trim() @IsString() @MaxLength(5000)
  reason?: string;
}
