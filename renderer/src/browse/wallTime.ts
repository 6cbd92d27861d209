import { tzOffset } from '@date-fns/tz';
import { clockTimeOf } from '../../../core/time/stampEdit';
import { dayKey } from '../../../core/time/stamps';

/**
 * Dates and clock times in a conference's zone, for fields that show and
 * take them ("2026-03-12" and "10:30"). Zone rules come from tzOffset, not
 * from the Date class's local zone, so a faked clock cannot skew them.
 */
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function offsetMs(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * 60_000;
}

/** The instant at which the zone's clock shows this date and time, or null when either does not read as one. */
export function instantOf(date: string, time: string, timeZone: string): number | null {
  const day = datePattern.exec(date.trim());
  const clock = timePattern.exec(time.trim());
  if (!day || !clock) return null;
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || hours > 23 || minutes > 59 || seconds > 59) return null;
  const wall = Date.UTC(year, month - 1, dayOfMonth, hours, minutes, seconds);
  // Reject dates such as 2026-02-30 that Date.UTC would roll over.
  if (new Date(wall).getUTCDate() !== dayOfMonth) return null;
  const guess = wall - offsetMs(timeZone, wall);
  return wall - offsetMs(timeZone, guess);
}

/** The date ("2026-03-12") of an instant in the zone. */
export function dateOf(instant: number, timeZone: string): string {
  return dayKey(instant, timeZone);
}

/** The clock time ("10:30") of an instant in the zone, minutes only, for a time field. */
export function timeOf(instant: number, timeZone: string): string {
  return clockTimeOf(instant, timeZone).slice(0, 5);
}

/** The instant the hour containing `instant` began on the zone's clock (works for half-hour offsets too). */
export function startOfHour(instant: number, timeZone: string): number {
  const wall = instant + offsetMs(timeZone, instant);
  const intoHour = wall - Math.floor(wall / 3_600_000) * 3_600_000;
  return instant - intoHour;
}

/** Every day from `first` to `last` inclusive, as ISO dates (calendar days, no zone involved). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return days;
  for (let day = start; day <= end && days.length < 366; day += 86_400_000) days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}
