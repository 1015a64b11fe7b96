import { IsIn, IsInt, IsISO8601, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { Trim } from '../../common/validation/text.js';
import { OBJECTION_OUTCOMES, VERDICTS, type ObjectionOutcome, type Verdict } from '../../track/track.events.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { FEASIBILITY_EXPLANATION_MAX_LENGTH, FEASIBILITY_VERDICTS, type FeasibilityVerdict } from '../../review/feasibility.js';

export const COVERING_MESSAGE_MAX_LENGTH = 2000;

class VersionedDto {
  /** The application's version the client last saw. */
  @IsInt() @Min(1)
  version: number;
}

/** What the chair records; which fields a verdict needs is checked by the decision rules (400 naming the rule). */
export class DecisionFieldsDto extends VersionedDto {
  @IsOptional() @IsIn(LEVEL_CODES)
  level?: LevelCode | null;

  /** Erkend onder voorbehoud: what the owner must add. */
  @IsOptional() @Trim() @IsString() @MaxLength(10000)
  conditions?: string | null;

  /** Erkend onder voorbehoud: default six months after the decision, at most that. */
  @IsOptional() @IsISO8601({ strict: true })
  conditionsDeadline?: string | null;

  /** Aangehouden: the questions for the owner. */
  @IsOptional() @Trim() @IsString() @MaxLength(10000)
  questions?: string | null;

  /** Uitvoerbaarheid, required when the case's settings ask for it (`feasibilityVerdict` in the dossier), except on a deferral. */
  @IsOptional() @IsIn(FEASIBILITY_VERDICTS)
  feasibility?: FeasibilityVerdict | null;

  @IsOptional() @Trim() @IsString() @MaxLength(FEASIBILITY_EXPLANATION_MAX_LENGTH)
  feasibilityExplanation?: string | null;
}

export class RecordDecisionDto extends DecisionFieldsDto {
  @IsIn(VERDICTS)
  verdict: Verdict;

  /** Required to refuse, and to depart from the panel's view. */
  @IsOptional() @Trim() @IsString() @MaxLength(10000)
  motivation?: string | null;
}

/** The secretary sends the decision letter the chair's decision produced. */
export class SendDecisionLetterDto extends VersionedDto {
  /** A short message to the owner that goes with the letter. */
  @IsOmittable() @Trim() @IsString() @MaxLength(COVERING_MESSAGE_MAX_LENGTH)
  coveringMessage?: string;
}

export class ConfirmConditionsDto extends VersionedDto {
  /** Staff-only remark kept with the history. */
  @IsOmittable() @Trim() @IsString() @MaxLength(5000)
  internalNote?: string;
}

export class SubmitRevisionDto extends VersionedDto {
  /** The owner's answers to the committee's questions; the revised description goes back to the panel. */
  @Trim() @IsString() @MinLength(3) @MaxLength(20000)
  answers: string;
}

export class LodgeObjectionDto {
  /** Why the owner disagrees with the decision. */
  @Trim() @IsString() @MinLength(10) @MaxLength(20000)
  grounds: string;

  @IsOmittable() @IsInt() @Min(1)
  version?: number;
}

export class ResolveObjectionDto extends DecisionFieldsDto {
  @IsIn(OBJECTION_OUTCOMES)
  outcome: ObjectionOutcome;

  /** Required when the outcome is `replaced`. */
  @IsOptional() @IsIn(VERDICTS)
  verdict?: Verdict | null;

  /** Why the committee upholds or replaces its decision. */
  @Trim() @IsString() @MinLength(3) @MaxLength(10000)
  motivation: string;
}
