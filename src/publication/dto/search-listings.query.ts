import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { AGE_BAND_CODES, COST_BASES, MAX_COST_CENTS, SETTINGS, type AgeBand, type CostBasis, type Setting } from '../../description/listing-facts.js';

export const MAX_QUERY_LENGTH = 200;

/** PostgreSQL text cannot hold NUL, and no control character means anything in a search. */
const StripControlCharacters = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/g, ' ') : value));

/** `GET /databank/interventions`: every parameter optional; no `q` lists everything by title. */
export class SearchListingsQuery {
  /** Web-search syntax in Dutch: words, "a phrase", `or`, `-word`. Any characters are accepted. */
  @IsOptional() @StripControlCharacters() @Trim() @IsString() @MaxLength(MAX_QUERY_LENGTH)
  q?: string;

  /** A theme slug, exactly (see GET /themes). */
  @IsOptional() @IsString() @MaxLength(60) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'theme moet een thema-slug zijn / must be a theme slug' })
  theme?: string;

  @IsOptional() @IsIn(LEVEL_CODES)
  level?: LevelCode;

  /** One partner's databank, by its path name (see GET /databank/databanks); left out, the national search across all. */
  @IsOptional() @IsString() @MaxLength(60) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'databank moet de padnaam van een databank zijn / must be a databank path name' })
  databank?: string;

  /** Words that must all occur in the listing's target group, in any inflection (Dutch stemming). */
  @IsOptional() @StripControlCharacters() @Trim() @IsString() @MaxLength(MAX_QUERY_LENGTH)
  targetGroup?: string;

  /** Where it is carried out (one of the settings codes). */
  @IsOptional() @IsIn(SETTINGS)
  setting?: Setting;

  /** An age band of the target group; a listing matches when its age range touches the band. */
  @IsOptional() @IsIn(AGE_BAND_CODES)
  ageGroup?: AgeBand;

  /** Whole euros: listings whose cost (per `costBasis`) is at most this; listings without a cost are left out. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(MAX_COST_CENTS / 100)
  maxCost?: number;

  /** What `maxCost` is counted per; per participant unless given. Only with `maxCost`. */
  @IsOptional() @IsIn(COST_BASES)
  costBasis?: CostBasis;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  page: number = 1;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize: number = 20;
}
