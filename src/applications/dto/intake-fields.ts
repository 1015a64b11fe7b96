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
import { MaxWords, Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';

/** The intake form (aanmelding), DOMAIN step 1. Every field optional here; completeness is checked on submit. */
export class IntakeFields {
  @IsOptional() @Trim() @IsString() @MinLength(2) @MaxLength(200)
  name?: string;

  @IsOptional() @Trim() @IsString() @MinLength(2) @MaxLength(200)
  organisation?: string;

  @IsOptional() @Trim() @IsString() @MinLength(2) @MaxLength(200)
  contactName?: string;

  @IsOptional() @Trim() @IsEmail() @MaxLength(254)
  contactEmail?: string;

  @IsOptional() @Trim() @Matches(/^[+0-9 ()-]{6,30}$/, { message: 'contactPhone moet een telefoonnummer zijn / must be a phone number' })
  contactPhone?: string | null;

  /** The short summary; the werkblad has the long one. */
  @IsOptional() @Trim() @IsString() @MaxLength(6000) @MaxWords(300)
  summary?: string;

  @IsOptional() @Trim() @IsString() @MaxLength(3000)
  goal?: string;

  @IsOptional() @Trim() @IsString() @MaxLength(3000)
  targetGroup?: string;

  @IsOptional() @Trim() @IsString() @MaxLength(3000)
  approach?: string;

  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(10) @IsString({ each: true })
  themes?: string[];

  @IsOptional() @IsIn(LEVEL_CODES)
  targetLevel?: LevelCode;

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
