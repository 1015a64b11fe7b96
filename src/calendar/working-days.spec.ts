import { jest } from '@jest/globals';
import Holidays from 'date-holidays';
import { WorkingDayCalendar } from './working-days.js';

// All instants are written in UTC; the comment gives the Amsterdam wall-clock reading
// (CET = UTC+1 in winter, CEST = UTC+2 in summer).

const calendar = new WorkingDayCalendar();

function add(startUtc: string, days: number): string {
  return calendar.addWorkingDays(new Date(startUtc), days).toISOString();
}

function between(aUtc: string, bUtc: string): number {
  return calendar.workingDaysBetween(new Date(aUtc), new Date(bUtc));
}

describe('WorkingDayCalendar', () => {
  describe('isWorkingDay', () => {
    it('is true on an ordinary weekday and false at the weekend', () => {
      expect(calendar.isWorkingDay(new Date('2026-03-06T11:00:00Z'))).toBe(true); // Fri 6 Mar 12:00
      expect(calendar.isWorkingDay(new Date('2026-03-07T11:00:00Z'))).toBe(false); // Sat 7 Mar
      expect(calendar.isWorkingDay(new Date('2026-03-08T11:00:00Z'))).toBe(false); // Sun 8 Mar
    });

    it('reads the date in Amsterdam, not in UTC', () => {
      expect(calendar.isWorkingDay(new Date('2026-04-24T22:30:00Z'))).toBe(false); // Sat 25 Apr 00:30
      expect(calendar.isWorkingDay(new Date('2026-04-27T22:30:00Z'))).toBe(true); // Tue 28 Apr 00:30
      expect(calendar.isWorkingDay(new Date('2026-04-27T21:30:00Z'))).toBe(false); // Mon 27 Apr 23:30, Koningsdag
    });

    it('skips the public holidays on weekdays', () => {
      for (const holiday of [
        '2026-01-01T11:00:00Z', // Nieuwjaar, Thu
        '2026-04-06T10:00:00Z', // Tweede paasdag, Mon
        '2026-04-27T10:00:00Z', // Koningsdag, Mon
        '2026-05-14T10:00:00Z', // Hemelvaartsdag, Thu
        '2026-05-25T10:00:00Z', // Tweede pinksterdag, Mon
        '2026-12-25T11:00:00Z', // Kerstmis, Fri
        '2027-03-29T10:00:00Z', // Tweede paasdag, Mon
      ]) {
        expect([holiday, calendar.isWorkingDay(new Date(holiday))]).toEqual([holiday, false]);
      }
    });

    it('treats Goede Vrijdag and Bevrijdingsdag as working days (date-holidays does not type them public)', () => {
      expect(calendar.isWorkingDay(new Date('2026-04-03T10:00:00Z'))).toBe(true); // Goede Vrijdag 2026
      expect(calendar.isWorkingDay(new Date('2027-03-26T11:00:00Z'))).toBe(true); // Goede Vrijdag 2027
      expect(calendar.isWorkingDay(new Date('2026-05-05T10:00:00Z'))).toBe(true); // Bevrijdingsdag, Tue
      expect(calendar.isWorkingDay(new Date('2025-05-05T10:00:00Z'))).toBe(true); // Bevrijdingsdag lustrum year, Mon
    });
  });

  describe('isWorkingDate', () => {
    it('answers for a calendar date as isWorkingDay does at noon on it, every day of 2024–2027', () => {
      const differing: string[] = [];
      let workingDays = 0;
      for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2028, 0, 1); time += 86_400_000) {
        const date = new Date(time).toISOString().slice(0, 10);
        const byDate = calendar.isWorkingDate(date);
        if (byDate !== calendar.isWorkingDay(new Date(time + 12 * 3_600_000))) differing.push(date);
        if (byDate) workingDays++;
      }
      expect(differing).toEqual([]);
      // 1,045 weekdays, minus the 23 public holidays that fall on one of them.
      expect(workingDays).toBe(1022);
    });
  });

  describe('addWorkingDays', () => {
    it('goes from Friday to Monday across a weekend', () => {
      expect(add('2026-03-06T16:00:00Z', 1)).toBe('2026-03-09T16:00:00.000Z'); // Fri 17:00 → Mon 17:00
    });

    it('counts on from a weekend day: Saturday + 1 is Monday', () => {
      expect(add('2026-03-07T09:00:00Z', 1)).toBe('2026-03-09T09:00:00.000Z');
    });

    it('skips Koningsdag 2026 (Monday 27 April)', () => {
      expect(add('2026-04-24T07:30:00Z', 1)).toBe('2026-04-28T07:30:00.000Z'); // Fri 09:30 → Tue 09:30
    });

    it('counts from the Amsterdam date when it differs from the UTC date', () => {
      // Sat 25 Apr 00:30 (UTC still Friday) → Tue 28 Apr 00:30
      expect(add('2026-04-24T22:30:00Z', 1)).toBe('2026-04-27T22:30:00.000Z');
    });

    it('is not affected by Koningsdag 2025, observed on Saturday 26 April', () => {
      expect(add('2025-04-25T15:00:00Z', 1)).toBe('2025-04-28T15:00:00.000Z'); // Fri → Mon
    });

    it('skips Christmas and New Year 2026/27', () => {
      expect(add('2026-12-24T16:00:00Z', 1)).toBe('2026-12-28T16:00:00.000Z'); // Thu 24 → Mon 28 Dec
      expect(add('2026-12-24T16:00:00Z', 3)).toBe('2026-12-30T16:00:00.000Z'); // Thu 24 → Wed 30 Dec
      expect(add('2026-12-31T16:00:00Z', 1)).toBe('2027-01-04T16:00:00.000Z'); // Thu 31 Dec → Mon 4 Jan (Fri 1 Jan is Nieuwjaar)
    });

    it('skips Easter Monday 2027 but not Good Friday', () => {
      expect(add('2027-03-25T16:00:00Z', 1)).toBe('2027-03-26T16:00:00.000Z'); // Thu 25 → Fri 26 Mar 17:00 CET
      expect(add('2027-03-26T16:00:00Z', 1)).toBe('2027-03-30T15:00:00.000Z'); // Fri 26 → Tue 30 Mar 17:00 CEST
    });

    it('skips Ascension Day 2026 (Thursday 14 May)', () => {
      expect(add('2026-05-13T15:00:00Z', 1)).toBe('2026-05-15T15:00:00.000Z'); // Wed → Fri
    });

    it('skips Whit Monday 2026 (25 May)', () => {
      expect(add('2026-05-22T15:00:00Z', 1)).toBe('2026-05-26T15:00:00.000Z'); // Fri → Tue
    });

    it('keeps the Amsterdam time of day across the switch to summer time (Sunday 29 March 2026)', () => {
      expect(add('2026-03-27T16:00:00Z', 1)).toBe('2026-03-30T15:00:00.000Z'); // Fri 17:00 CET → Mon 17:00 CEST
      expect(add('2026-03-30T15:00:00Z', -1)).toBe('2026-03-27T16:00:00.000Z'); // and back
    });

    it('keeps the Amsterdam time of day across the switch to winter time (Sunday 25 October 2026)', () => {
      expect(add('2026-10-23T15:00:00Z', 1)).toBe('2026-10-26T16:00:00.000Z'); // Fri 17:00 CEST → Mon 17:00 CET
      expect(add('2026-10-23T06:15:00Z', 5)).toBe('2026-10-30T07:15:00.000Z'); // Fri 08:15 CEST → Fri 08:15 CET
    });

    it('counts backwards for negative days', () => {
      expect(add('2026-03-09T08:00:00Z', -1)).toBe('2026-03-06T08:00:00.000Z'); // Mon → Fri
      expect(add('2026-04-28T07:30:00Z', -1)).toBe('2026-04-24T07:30:00.000Z'); // Tue → Fri before Koningsdag
      expect(add('2026-12-28T16:00:00Z', -1)).toBe('2026-12-24T16:00:00.000Z'); // Mon 28 → Thu 24 Dec
      expect(add('2027-01-04T16:00:00Z', -2)).toBe('2026-12-30T16:00:00.000Z'); // Mon 4 Jan → Wed 30 Dec
      expect(add('2026-03-08T12:00:00Z', -1)).toBe('2026-03-06T12:00:00.000Z'); // Sun → Fri
    });

    it('returns the start itself for zero days, even on a non-working day', () => {
      expect(add('2026-03-06T16:00:00Z', 0)).toBe('2026-03-06T16:00:00.000Z'); // Fri
      expect(add('2026-04-27T10:00:00Z', 0)).toBe('2026-04-27T10:00:00.000Z'); // Koningsdag
    });

    it('keeps seconds and milliseconds', () => {
      expect(add('2026-03-06T16:59:59.999Z', 1)).toBe('2026-03-09T16:59:59.999Z');
    });

    it('rejects a fractional number of days', () => {
      expect(() => calendar.addWorkingDays(new Date('2026-03-06T16:00:00Z'), 1.5)).toThrow(RangeError);
    });
  });

  describe('endOfWorkingDay', () => {
    it('is 17:00 Amsterdam time, in winter and in summer', () => {
      expect(calendar.endOfWorkingDay(new Date('2026-01-15T08:00:00Z')).toISOString()).toBe('2026-01-15T16:00:00.000Z');
      expect(calendar.endOfWorkingDay(new Date('2026-07-01T05:00:00Z')).toISOString()).toBe('2026-07-01T15:00:00.000Z');
    });

    it('uses the Amsterdam date', () => {
      // Thu 2 Jul 01:30 CEST, UTC still 1 July
      expect(calendar.endOfWorkingDay(new Date('2026-07-01T23:30:00Z')).toISOString()).toBe('2026-07-02T15:00:00.000Z');
    });

    it('is right on the DST switch days themselves', () => {
      expect(calendar.endOfWorkingDay(new Date('2026-03-29T10:00:00Z')).toISOString()).toBe('2026-03-29T15:00:00.000Z');
      expect(calendar.endOfWorkingDay(new Date('2026-10-25T10:00:00Z')).toISOString()).toBe('2026-10-25T16:00:00.000Z');
    });

    it('combines with addWorkingDays into an end-of-day deadline across a DST weekend', () => {
      const start = new Date('2026-03-27T09:12:00Z'); // Fri 10:12 CET
      expect(calendar.endOfWorkingDay(calendar.addWorkingDays(start, 2)).toISOString()).toBe('2026-03-31T15:00:00.000Z'); // Tue 17:00 CEST
    });
  });

  // workingDaysBetween(a, b) counts the working days after a's Amsterdam date up to and including
  // b's; times of day are ignored. It is antisymmetric (swapping a and b flips the sign) and it
  // undoes addWorkingDays, workingDaysBetween(a, addWorkingDays(a, n)) === n, when a is a working
  // day or n >= 0. From a non-working day going back it counts one less: see the last test.
  describe('workingDaysBetween', () => {
    it('is zero on the same day, whatever the times', () => {
      expect(between('2026-03-06T07:00:00Z', '2026-03-06T07:00:00Z')).toBe(0);
      expect(between('2026-03-06T07:00:00Z', '2026-03-06T20:00:00Z')).toBe(0);
      expect(between('2026-03-06T20:00:00Z', '2026-03-06T07:00:00Z')).toBe(0);
    });

    it('is zero from Saturday to Sunday', () => {
      expect(between('2026-03-07T12:00:00Z', '2026-03-08T12:00:00Z')).toBe(0);
    });

    it('counts Friday to Monday as one, and Monday to Friday as minus one', () => {
      expect(between('2026-03-06T22:00:00Z', '2026-03-09T00:30:00Z')).toBe(1); // Fri 23:00 → Mon 01:30
      expect(between('2026-03-09T00:30:00Z', '2026-03-06T22:00:00Z')).toBe(-1);
    });

    it('skips holidays', () => {
      expect(between('2026-04-24T10:00:00Z', '2026-04-28T10:00:00Z')).toBe(1); // Fri → Tue over Koningsdag
      expect(between('2026-12-24T10:00:00Z', '2027-01-04T10:00:00Z')).toBe(5); // 28, 29, 30, 31 Dec and 4 Jan
      expect(between('2027-01-04T10:00:00Z', '2026-12-24T10:00:00Z')).toBe(-5);
    });

    it('undoes addWorkingDays from a working day', () => {
      // Fri before Koningsdag, Thu before Christmas, Good Friday 2027, Fri 23:30 before the DST switch
      for (const start of ['2026-04-24T07:30:00Z', '2026-12-24T10:00:00Z', '2027-03-26T16:00:00Z', '2026-10-23T21:30:00Z']) {
        for (let n = -12; n <= 12; n++) {
          const end = calendar.addWorkingDays(new Date(start), n);
          expect([start, n, calendar.workingDaysBetween(new Date(start), end)]).toEqual([start, n, n]);
        }
      }
    });

    it('equals counting the working days one by one, over ranges of up to six years', () => {
      const dayMs = 86_400_000;
      const start = Date.parse('2024-12-20T10:00:00Z');
      for (const [offset, length] of [[0, 1], [3, 6], [4, 13], [100, 365], [370, 800], [11, 6 * 365 + 2]]) {
        const a = new Date(start + offset * dayMs);
        const b = new Date(a.getTime() + length * dayMs);
        let oneByOne = 0;
        for (let day = 1; day <= length; day++) if (calendar.isWorkingDay(new Date(a.getTime() + day * dayMs))) oneByOne++;
        expect([offset, length, calendar.workingDaysBetween(a, b)]).toEqual([offset, length, oneByOne]);
      }
    });

    it('undoes addWorkingDays forwards from a non-working day, but not backwards', () => {
      const saturday = '2026-12-26T10:00:00Z'; // Tweede kerstdag
      for (let n = 0; n <= 12; n++) {
        const end = calendar.addWorkingDays(new Date(saturday), n);
        expect([n, calendar.workingDaysBetween(new Date(saturday), end)]).toEqual([n, n]);
      }
      expect(add(saturday, -1)).toBe('2026-12-24T10:00:00.000Z'); // Thu 24 Dec
      expect(between(saturday, '2026-12-24T10:00:00Z')).toBe(0); // only 25 (Kerstmis) and 26 Dec lie after it
    });
  });

  describe('holidaysIn', () => {
    it('lists the Dutch public holidays of 2026 with their Dutch names', () => {
      expect(calendar.holidaysIn(2026)).toEqual([
        { date: '2026-01-01', name: 'Nieuwjaar' },
        { date: '2026-04-05', name: 'Pasen' },
        { date: '2026-04-06', name: 'Tweede paasdag' },
        { date: '2026-04-27', name: 'Koningsdag' },
        { date: '2026-05-14', name: 'Hemelvaartsdag' },
        { date: '2026-05-24', name: 'Pinksteren' },
        { date: '2026-05-25', name: 'Tweede pinksterdag' },
        { date: '2026-12-25', name: 'Kerstmis' },
        { date: '2026-12-26', name: 'Tweede kerstdag' },
      ]);
    });

    it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday (2025)', () => {
      expect(calendar.holidaysIn(2025)).toContainEqual({ date: '2025-04-26', name: 'Koningsdag' });
      expect(calendar.holidaysIn(2025).map((h) => h.date)).not.toContain('2025-04-27');
    });

    it('asks date-holidays once per year', () => {
      const getHolidays = jest.spyOn(Holidays.prototype, 'getHolidays');
      try {
        const fresh = new WorkingDayCalendar();
        fresh.holidaysIn(2030);
        fresh.isWorkingDay(new Date('2030-05-06T10:00:00Z'));
        fresh.addWorkingDays(new Date('2030-12-20T10:00:00Z'), 5);
        fresh.holidaysIn(2031);
        expect(getHolidays.mock.calls.map(([year]) => year)).toEqual([2030, 2031]);
      } finally {
        getHolidays.mockRestore();
      }
    });
  });

  it('uses another zone when asked', () => {
    const utcCalendar = new WorkingDayCalendar({ timeZone: 'UTC' });
    expect(utcCalendar.isWorkingDay(new Date('2026-04-24T22:30:00Z'))).toBe(true); // still Friday in UTC
    expect(utcCalendar.endOfWorkingDay(new Date('2026-07-01T05:00:00Z')).toISOString()).toBe('2026-07-01T17:00:00.000Z');
  });
});
