const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** A date as a Dutch letter writes it, in Dutch time: "23 november 2026". */
export function formatDutchDate(instant: Date): string {
  return DUTCH_DATE.format(instant);
}
