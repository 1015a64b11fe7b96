import type { WorkingDayCalendar } from '../calendar/working-days.js';

/** The years the SQL calendar covers: the oldest case of any partner to well past any deadline. */
export const WORKING_DAY_CALENDAR_FIRST_YEAR = 2000;
export const WORKING_DAY_CALENDAR_LAST_YEAR = 2060;

export interface WorkingDayCalendarRow {
  /** YYYY-MM-DD */
  day: string;
  isWorkingDay: boolean;
  /** Working days from the first day of the table up to and including this day. */
  ordinal: number;
}

/** Every date of the years given, with the running count of working days the calendar knows. */
export function workingDayCalendarRows(calendar: WorkingDayCalendar, firstYear: number, lastYear: number): WorkingDayCalendarRow[] {
  const rows: WorkingDayCalendarRow[] = [];
  let ordinal = 0;
  for (let time = Date.UTC(firstYear, 0, 1); time < Date.UTC(lastYear + 1, 0, 1); time += 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10);
    const isWorkingDay = calendar.isWorkingDate(day);
    if (isWorkingDay) ordinal++;
    rows.push({ day, isWorkingDay, ordinal });
  }
  return rows;
}
