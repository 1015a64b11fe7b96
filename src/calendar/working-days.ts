import Holidays from 'date-holidays';

export interface WorkingDayCalendarOptions {
  /** IANA zone whose calendar dates and wall-clock times count. */
  timeZone?: string;
}

export interface PublicHoliday {
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  /** Dutch name, as date-holidays spells it (e.g. "Koningsdag", "Tweede pinksterdag"). */
  name: string;
}

/** A date on the wall calendar, without a time or a zone. */
interface CalendarDay {
  year: number;
  month: number; // 1-12
  day: number;
}

interface WallClock extends CalendarDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const END_OF_WORKING_DAY_HOUR = 17;

/**
 * Working days for deadlines in the recognition track: Monday to Friday, minus Dutch public
 * holidays, with dates read in the calendar's zone (Europe/Amsterdam by default).
 *
 * Holidays are the ones date-holidays marks as type 'public' for NL: Nieuwjaar, Pasen and
 * Tweede paasdag, Koningsdag (26 April when the 27th is a Sunday), Hemelvaartsdag, Pinksteren and
 * Tweede pinksterdag, Kerstmis and Tweede kerstdag. Goede Vrijdag and Bevrijdingsdag are working
 * days: the library types them 'school', because whether they are a day off depends on the
 * employer's collective agreement (Bevrijdingsdag mostly only in lustrum years such as 2025).
 */
export class WorkingDayCalendar {
  readonly timeZone: string;
  private readonly holidays: Holidays;
  private readonly formatter: Intl.DateTimeFormat;
  private readonly holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

  constructor({ timeZone = 'Europe/Amsterdam' }: WorkingDayCalendarOptions = {}) {
    this.timeZone = timeZone;
    this.holidays = new Holidays('NL', { languages: 'nl', types: ['public'], timezone: timeZone });
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
  }

  isWorkingDay(date: Date): boolean {
    return this.isWorkingCalendarDay(this.wallClock(date));
  }

  /** Whether a calendar date (YYYY-MM-DD, no time or zone) is a working day. */
  isWorkingDate(date: string): boolean {
    return this.isWorkingCalendarDay(parseIsoDate(date));
  }

  /**
   * The moment `days` working days after `start` (before it when negative), at the same
   * wall-clock time. Start days that are not working days are not counted themselves: Saturday
   * + 1 is Monday. Zero days returns `start` unchanged.
   */
  addWorkingDays(start: Date, days: number): Date {
    if (!Number.isInteger(days)) throw new RangeError(`Working days must be a whole number, got ${days}`);
    if (days === 0) return new Date(start.getTime());

    const clock = this.wallClock(start);
    const step = Math.sign(days);
    let day: CalendarDay = clock;
    for (let remaining = Math.abs(days); remaining > 0; ) {
      day = shiftDays(day, step);
      if (this.isWorkingCalendarDay(day)) remaining--;
    }
    return this.toInstant({ ...clock, ...day });
  }

  /** 17:00 in the calendar's zone on the (local) day of `date`, whether or not it is a working day. */
  endOfWorkingDay(date: Date): Date {
    const { year, month, day } = this.wallClock(date);
    return this.toInstant({ year, month, day, hour: END_OF_WORKING_DAY_HOUR, minute: 0, second: 0, millisecond: 0 });
  }

  /**
   * Working days after the local date of `a` up to and including the local date of `b`; the time
   * of day is ignored. Swapping the arguments flips the sign. It undoes addWorkingDays,
   * workingDaysBetween(a, addWorkingDays(a, n)) === n, when `a` is a working day or n >= 0
   * (from Saturday, -1 reaches Thursday before a Friday holiday, yet no working day lies between).
   */
  workingDaysBetween(a: Date, b: Date): number {
    const from = this.wallClock(a);
    const to = this.wallClock(b);
    if (isoDate(from) > isoDate(to)) return -this.workingDaysBetween(b, a) || 0; // never -0

    // Weekdays by arithmetic, then minus the holidays on a weekday in the range: a list of cases
    // asks this for every row, some of them years back, so no walk from day to day.
    const first = dayNumber(from);
    const last = dayNumber(to);
    const days = last - first;
    let count = Math.floor(days / 7) * 5;
    for (let n = last - (days % 7) + 1; n <= last; n++) if (isWeekday(n)) count++;
    for (let year = from.year; year <= to.year; year++) {
      for (const date of this.holidayNames(year).keys()) {
        const n = dayNumber(parseIsoDate(date));
        if (n > first && n <= last && isWeekday(n)) count--;
      }
    }
    return count;
  }

  /** Public holidays of `year`, in date order; includes those that fall on a weekend. */
  holidaysIn(year: number): PublicHoliday[] {
    return Array.from(this.holidayNames(year), ([date, name]) => ({ date, name }));
  }

  private isWorkingCalendarDay(day: CalendarDay): boolean {
    const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    return !this.holidayNames(day.year).has(isoDate(day));
  }

  private holidayNames(year: number): ReadonlyMap<string, string> {
    let names = this.holidaysByYear.get(year);
    if (!names) {
      // The library's `date` is the local start, "YYYY-MM-DD hh:mm:ss".
      names = new Map(this.holidays.getHolidays(year).map((h) => [h.date.slice(0, 10), h.name]));
      this.holidaysByYear.set(year, names);
    }
    return names;
  }

  private wallClock(instant: Date): WallClock {
    const parts: Record<string, number> = {};
    for (const { type, value } of this.formatter.formatToParts(instant)) {
      if (type !== 'literal') parts[type] = Number(value);
    }
    return {
      year: parts.year,
      month: parts.month,
      day: parts.day,
      hour: parts.hour,
      minute: parts.minute,
      second: parts.second,
      millisecond: instant.getUTCMilliseconds(),
    };
  }

  /**
   * The instant at which the zone's clocks read `clock`. The offset belongs to the instant we are
   * looking for, so guess it from the clock read as UTC and correct once. A time that does not exist
   * (inside the spring-forward hour) comes out an hour later; in Amsterdam that only happens on a
   * Sunday, so never on a working day.
   */
  private toInstant(clock: WallClock): Date {
    const asUtc = utcMillis(clock);
    const guess = asUtc - this.offsetAt(asUtc);
    return new Date(asUtc - this.offsetAt(guess));
  }

  /** How far the zone's clocks are ahead of UTC at `epochMillis`. */
  private offsetAt(epochMillis: number): number {
    return utcMillis(this.wallClock(new Date(epochMillis))) - epochMillis;
  }
}

function utcMillis(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
}

function shiftDays(day: CalendarDay, days: number): CalendarDay {
  const shifted = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Days since 1970-01-01 of a calendar date. */
function dayNumber({ year, month, day }: CalendarDay): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function isWeekday(dayNumber: number): boolean {
  const weekday = (dayNumber + 4) % 7; // 1970-01-01 was a Thursday (4); Sunday is 0
  return weekday !== 0 && weekday !== 6;
}

function parseIsoDate(date: string): CalendarDay {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function isoDate({ year, month, day }: CalendarDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
