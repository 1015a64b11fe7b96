import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { SingleLine, Trim } from '../../common/validation/text.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { TRACK_PHASES, TRACK_STATE_KEYS, type TrackPhase, type TrackStateKey } from '../../track/track.snapshot.js';

/** What the staff list sorts by; a leading `-` sorts descending. */
export const STAFF_LIST_SORTS = [
  'updatedAt',
  '-updatedAt',
  'name',
  '-name',
  'reference',
  '-reference',
  'organisation',
  '-organisation',
  'stateChangedAt',
  '-stateChangedAt',
  'submittedAt',
  '-submittedAt',
] as const;
export type StaffListSort = (typeof STAFF_LIST_SORTS)[number];

export const STAFF_LIST_MAX_PAGE_SIZE = 100;

const YES_NO = ['true', 'false'] as const;

/**
 * `GET /staff/applications`: every filter optional and combined with AND, always within the
 * applications the reader may see. Unknown parameters are refused by the validation pipe.
 */
export class StaffListQuery {
  /** Part of the name or the reference (case-insensitive). */
  @IsOptional() @Trim() @IsString() @SingleLine() @MaxLength(200)
  q?: string;

  /** Part of the owner's organisation (case-insensitive). */
  @IsOptional() @Trim() @IsString() @SingleLine() @MaxLength(200)
  organisation?: string;

  @IsOptional() @IsIn(TRACK_PHASES)
  phase?: TrackPhase;

  @IsOptional() @IsIn(TRACK_STATE_KEYS)
  state?: TrackStateKey;

  /** The assigned coach's user id. */
  @IsOptional() @IsUUID()
  coach?: string;

  @IsOptional() @IsIn(LEVEL_CODES)
  targetLevel?: LevelCode;

  /** A committee that has (had) the case on one of its agendas or decided it. */
  @IsOptional() @IsUUID()
  committee?: string;

  /** Only cases stuck by the per-phase rule (`true`), or only those that are not (`false`). */
  @IsOptional() @IsIn(YES_NO)
  stuck?: (typeof YES_NO)[number];

  /** Only cases with an open deadline past its due time (`true`), or without one (`false`). */
  @IsOptional() @IsIn(YES_NO)
  overdue?: (typeof YES_NO)[number];

  @IsOptional() @IsIn(STAFF_LIST_SORTS)
  sort: StaffListSort = '-updatedAt';

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  page: number = 1;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(STAFF_LIST_MAX_PAGE_SIZE)
  pageSize: number = 25;
}
