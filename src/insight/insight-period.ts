/** Today's date on the Amsterdam calendar, YYYY-MM-DD. */
export function amsterdamToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The first day of the quarter four quarters before the one `to` lies in: five quarters to compare. */
export function defaultFrom(to: string): string {
  const year = Number(to.slice(0, 4));
  const quarterStartMonth = Math.floor((Number(to.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${year - 1}-${String(quarterStartMonth).padStart(2, '0')}-01`;
}
