import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { SingleLine, Trim } from '../../common/validation/text.js';

/** Every step on the track names the version the client last saw, so a stale screen gets 409. */
export class VersionedActionDto {
  @IsInt() @Min(1)
  version: number;
}

export class ReasonActionDto extends VersionedActionDto {
  @Trim() @IsString() @MinLength(3) @MaxLength(5000)
  reason: string;
}

export class OptionalReasonActionDto extends VersionedActionDto {
  @IsOmittable() @Trim() @IsString() @MaxLength(5000)
  reason?: string;
}

export class QuestionActionDto extends VersionedActionDto {
  @Trim() @IsString() @MinLength(3) @MaxLength(5000)
  question: string;
}

export class AnswerActionDto extends VersionedActionDto {
  @Trim() @IsString() @MinLength(1) @MaxLength(10000)
  answer: string;
}

export class AdmitActionDto extends VersionedActionDto {
  @IsUUID()
  coachId: string;

  /** Required when an admission criterion is not met. */
  @IsOmittable() @Trim() @IsString() @MinLength(3) @MaxLength(5000)
  reason?: string;

  /** Staff-only remark kept with the history; never shown to owners. */
  @IsOmittable() @Trim() @IsString() @MaxLength(5000)
  internalNote?: string;
}

export class InternalNoteActionDto extends VersionedActionDto {
  @IsOmittable() @Trim() @IsString() @MaxLength(5000)
  internalNote?: string;
}

export class ListApplicationsQuery {
  @IsOptional() @IsString() @MaxLength(60)
  state?: string;

  @IsOptional() @IsString() @MaxLength(30)
  phase?: string;
}

export class AddOwnerDto {
  @Trim() @IsString() @SingleLine() @MaxLength(254)
  email: string;
}
