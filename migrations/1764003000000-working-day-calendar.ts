import type { MigrationInterface, QueryRunner } from 'typeorm';
import { WorkingDayCalendar } from '../src/calendar/working-days.js';
import { workingDayCalendarRows, WORKING_DAY_CALENDAR_FIRST_YEAR, WORKING_DAY_CALENDAR_LAST_YEAR } from '../src/insight/working-day-calendar-rows.js';

/**
 * The Dutch working-day calendar as a table, so that management figures count working days in SQL
 * (docs/decisions/0022): one row per calendar date with the number of working days from the
 * table's start up to and including that date. Working days after day a up to and including day b
 * are then ordinal(b) − ordinal(a), exactly what WorkingDayCalendar.workingDaysBetween returns.
 * The rows come from that same class, so holidays have one source.
 */
export class WorkingDayCalendar1764003000000 implements MigrationInterface {
  name = 'WorkingDayCalendar1764003000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE working_day_calendar (
        day date NOT NULL,
        is_working_day boolean NOT NULL,
        ordinal integer NOT NULL,
        CONSTRAINT working_day_calendar_pkey PRIMARY KEY (day)
      )`);
    const rows = workingDayCalendarRows(new WorkingDayCalendar(), WORKING_DAY_CALENDAR_FIRST_YEAR, WORKING_DAY_CALENDAR_LAST_YEAR);
    await db.query(
      `INSERT INTO working_day_calendar (day, is_working_day, ordinal)
       SELECT * FROM unnest($1::date[], $2::boolean[], $3::integer[])`,
      [rows.map((row) => row.day), rows.map((row) => row.isWorkingDay), rows.map((row) => row.ordinal)],
    );
    // Dates are read on the Amsterdam calendar, as the deadlines are. NULL outside the table's years.
    await db.query(`
      CREATE FUNCTION working_days_between(from_at timestamptz, to_at timestamptz) RETURNS integer
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT (SELECT ordinal FROM working_day_calendar WHERE day = (to_at AT TIME ZONE 'Europe/Amsterdam')::date)
             - (SELECT ordinal FROM working_day_calendar WHERE day = (from_at AT TIME ZONE 'Europe/Amsterdam')::date)
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION working_days_between(timestamptz, timestamptz)`);
    await db.query(`DROP TABLE working_day_calendar`);
  }
}
