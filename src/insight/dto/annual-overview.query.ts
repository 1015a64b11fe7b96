import { Type } from 'class-transformer';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsOmittable } from '../../common/validation/omittable.js';
import { LEVEL_CODES, type LevelCode } from '../../track/track.levels.js';
import { WORKING_DAY_CALENDAR_FIRST_YEAR, WORKING_DAY_CALENDAR_LAST_YEAR } from '../working-day-calendar-rows.js';

/** `GET /insight/jaaroverzicht.pdf?year=&committee=&targetLevel=`: one calendar year, the cases as the other figures count them. */
export class AnnualOverviewQuery {
  @Type(() => Number) @IsInt() @Min(WORKING_DAY_CALENDAR_FIRST_YEAR) @Max(WORKING_DAY_CALENDAR_LAST_YEAR)
  year!: number;

  @IsOmittable() @IsUUID()
  committee?: string;

  @IsOmittable() @IsIn(LEVEL_CODES)
  targetLevel?: LevelCode;
}
