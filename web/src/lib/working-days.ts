/**
 * Working days for the "days in phase" on the boards: Monday to Friday minus the Dutch public
 * holidays the API's deadline calendar uses (src/calendar/working-days.ts): Nieuwjaarsdag, Tweede
 * paasdag, Koningsdag, Hemelvaartsdag, Tweede pinksterdag, Eerste en Tweede kerstdag. Dates are
 * read in Amsterdam time.
 */
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

function amsterdamDate(instant: Date): { year: number; month: number; day: number } {
  const [year, month, day] = AMSTERDAM.format(instant).split('-').map(Number);
  return { year, month, day };
}

/** Easter Sunday (Gregorian; anonymous algorithm), as a UTC date. */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const key = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const holidayCache = new Map<number, Set<string>>();

export function dutchPublicHolidays(year: number): Set<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const sunday = easter(year);
    const kingsDay = new Date(Date.UTC(year, 3, 27));
    holidays = new Set([
      `${year}-01-01`,
      key(addDays(sunday, 1)),
      key(kingsDay.getUTCDay() === 0 ? addDays(kingsDay, -1) : kingsDay),
      key(addDays(sunday, 39)),
      key(addDays(sunday, 50)),
      `${year}-12-25`,
      `${year}-12-26`,
    ]);
    holidayCache.set(year, holidays);
  }
  return holidays;
}

function isWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !dutchPublicHolidays(date.getUTCFullYear()).has(key(date));
}

/** Working days after the day of `since` up to and including the day of `now`. */
export function workingDaysSince(since: string | Date, now: Date = new Date()): number {
  const start = amsterdamDate(new Date(since));
  const end = amsterdamDate(now);
  let day = new Date(Date.UTC(start.year, start.month - 1, start.day));
  const last = new Date(Date.UTC(end.year, end.month - 1, end.day));
  let count = 0;
  while (day < last) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** The board's threshold: more than this many working days in one state is "stuck". */
export const STUCK_AFTER_WORKING_DAYS = 10;
