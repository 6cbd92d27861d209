/** "12–14 March 2026" style ranges for conference dates (ISO days, no zone needed). */
export function formatDateRange(startDate: string, endDate: string): string {
  const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const format = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return startDate === endDate ? format.format(toDate(startDate)) : format.formatRange(toDate(startDate), toDate(endDate));
}
