import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { MaxWords, SingleLine, Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';

/**
 * The intake form (aanmelding), DOMAIN step 1, apart from the name and target level that a new
 * draft needs (see CreateApplicationDto). A subclass cannot make an inherited optional field
 * required again, so those two are declared by the subclasses.
 */
export class IntakeDetails {
  @IsOmittable() @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  organisation?: string;

  @IsOmittable() @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  contactName?: string;

  @IsOmittable() @Trim() @IsEmail() @SingleLine() @MaxLength(254)
  contactEmail?: string;

  @IsOptional() @Trim() @Matches(/^[+0-9 ()-]{6,30}$/, { message: 'contactPhone moet een telefoonnummer zijn / must be a phone number' })
  contactPhone?: string | null;

  /** The short summary; the werkblad has the long one. */
  @IsOmittable() @Trim() @IsString() @MaxLength(6000) @MaxWords(300)
  summary?: string;

  @IsOmittable() @Trim() @IsString() @MaxLength(3000)
  goal?: string;

  @IsOmittable() @Trim() @IsString() @MaxLength(3000)
  targetGroup?: string;

  @IsOmittable() @Trim() @IsString() @MaxLength(3000)
  approach?: string;

  @IsOmittable() @IsArray() @ArrayUnique() @ArrayMaxSize(10) @IsString({ each: true })
  themes?: string[];

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(200)
  yearsInPractice?: number | null;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100000)
  organisationsCount?: number | null;

  @IsOptional() @IsBoolean()
  hasHandbook?: boolean | null;

  @IsOptional() @IsBoolean()
  handbookInDutch?: boolean | null;

  @IsOptional() @IsBoolean()
  hasProcessEvaluation?: boolean | null;
}

/** The whole intake form. Every field optional here; completeness is checked on submit. */
export class IntakeFields extends IntakeDetails {
  @IsOmittable() @Trim() @IsString() @SingleLine() @MinLength(2) @MaxLength(200)
  name?: string;

  @IsOmittable() @IsIn(LEVEL_CODES)
  targetLevel?: LevelCode;
}
