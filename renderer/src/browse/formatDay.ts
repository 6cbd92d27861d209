const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Friday, 15 March 2013" for an ISO date (a calendar day, no zone involved). */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T12:00:00Z`));
}

/** "15 Mar 2013" for an ISO date. */
export function formatShortDay(date: string): string {
  return shortDayFormat.format(new Date(`${date}T12:00:00Z`));
}
