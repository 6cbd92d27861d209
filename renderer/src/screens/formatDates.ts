let format: Intl.DateTimeFormat | null = null;

function dateFormat(): Intl.DateTimeFormat {
  // One formatter for every call: the first one made in a window costs tens of milliseconds (the locale's data loads).
  format ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format;
}

/** Makes the formatter now, while a screen waits for its data, so showing the data does not wait for it. */
export function prepareDateFormat(): void {
  dateFormat();
}

/** "12–14 March 2026" style ranges for conference dates (ISO days, no zone needed). */
export function formatDateRange(startDate: string, endDate: string): string {
  const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
  return startDate === endDate ? dateFormat().format(toDate(startDate)) : dateFormat().formatRange(toDate(startDate), toDate(endDate));
}
