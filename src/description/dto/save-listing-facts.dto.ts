import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { Trim } from '../../common/validation/text.js';
import {
  COST_BASES,
  FACT_TEXT_MAX_CHARS,
  MAX_AGE,
  MAX_COST_CENTS,
  MAX_DURATION_WEEKS,
  MAX_SESSION_MINUTES,
  MAX_SESSIONS,
  SETTINGS,
  type CostBasis,
  type Setting,
} from '../listing-facts.js';

/**
 * All the werkblad's structured facts at once, with the facts version the client last saw (0:
 * never saved). A number left out or null means "not filled in"; a text left out is empty.
 */
export class SaveListingFactsDto {
  @IsInt() @Min(0)
  version: number;

  /** Whole euro cents: € 125,50 is 12550. */
  @ApiProperty({ type: Number, nullable: true, required: false })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COST_CENTS)
  costAmountCents?: number | null;

  @ApiProperty({ enum: COST_BASES, nullable: true, required: false })
  @IsOptional() @IsIn(COST_BASES)
  costBasis?: CostBasis | null;

  /** What the amount covers (training, materials, licence, staff hours…). */
  @IsOmittable() @Trim() @IsString() @MaxLength(FACT_TEXT_MAX_CHARS)
  costIncludes?: string;

  @ApiProperty({ type: Number, nullable: true, required: false })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DURATION_WEEKS)
  durationWeeks?: number | null;

  /** The number of contact moments (sessions, meetings, visits) in all. */
  @ApiProperty({ type: Number, nullable: true, required: false })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_SESSIONS)
  sessions?: number | null;

  @ApiProperty({ type: Number, nullable: true, required: false })
  @IsOptional() @IsInt() @Min(5) @Max(MAX_SESSION_MINUTES)
  sessionMinutes?: number | null;

  @IsOmittable() @Trim() @IsString() @MaxLength(FACT_TEXT_MAX_CHARS)
  staffQualifications?: string;

  @IsOmittable() @Trim() @IsString() @MaxLength(FACT_TEXT_MAX_CHARS)
  training?: string;

  /** Whether the staff must follow the intervention's own training before carrying it out. */
  @ApiProperty({ type: Boolean, nullable: true, required: false })
  @IsOptional() @IsBoolean()
  trainingRequired?: boolean | null;

  @ApiProperty({ enum: SETTINGS, isArray: true, required: false })
  @IsOmittable() @IsArray() @ArrayMaxSize(SETTINGS.length) @IsIn(SETTINGS, { each: true })
  settings?: Setting[];

  @ApiProperty({ type: Number, nullable: true, required: false })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_AGE)
  ageMin?: number | null;

  @ApiProperty({ type: Number, nullable: true, required: false })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_AGE)
  ageMax?: number | null;
}
