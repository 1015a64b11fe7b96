import { IsIn, IsISO8601, IsUUID, Matches } from 'class-validator';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { IsOmittable } from '../../common/validation/omittable.js';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `GET /insight/*?from=&to=&committee=&targetLevel=`: the period (Amsterdam calendar dates, both included) and the cases counted. */
export class InsightFilterQuery {
  /** First day of the period, YYYY-MM-DD; without it, the first day of the quarter a year before `to`'s quarter. */
  @IsOmittable() @Matches(CALENDAR_DATE) @IsISO8601({ strict: true })
  from?: string;

  /** Last day of the period, YYYY-MM-DD, not before `from`; without it, today. */
  @IsOmittable() @Matches(CALENDAR_DATE) @IsISO8601({ strict: true })
  to?: string;

  /** Only cases this committee has had on an agenda or decided. */
  @IsOmittable() @IsUUID()
  committee?: string;

  /** Only applications aiming at this level. */
  @IsOmittable() @IsIn(LEVEL_CODES)
  targetLevel?: LevelCode;
}
