const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** A date as a Dutch letter writes it, in Dutch time: "23 november 2026". */
export function formatDutchDate(instant: Date): string {
  return DUTCH_DATE.format(instant);
}

const DUTCH_DATE_TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const ENGLISH_DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** A moment in Dutch time, in Dutch: "23 november 2026 om 14:00". */
export function formatDutchDateTime(instant: Date): string {
  return DUTCH_DATE_TIME.format(instant);
}

/** The same moment in Dutch time, in English: "23 November 2026 at 14:00". */
export function formatEnglishDateTime(instant: Date): string {
  return ENGLISH_DATE_TIME.format(instant);
}
