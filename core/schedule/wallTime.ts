import { tzOffset } from '@date-fns/tz';

/**
 * Schedule times are wall-clock times in the conference's zone, or ISO
 * instants with an offset. These turn both into instants using the zone's
 * rules (not the Date class's local zone), so daylight-saving changes fall
 * where the zone says.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function offsetMs(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * 60_000;
}

/** The instant a zone's wall clock shows these fields; in a repeated hour the first, in a skipped hour the time after the gap. */
export function instantOfWall(fields: { year: number; month: number; day: number; hour: number; minute: number; second?: number }, timeZone: string): number {
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second ?? 0);
  const first = wall - offsetMs(timeZone, wall - offsetMs(timeZone, wall));
  // Of two instants that show this wall time (the hour repeated in autumn), take the earlier.
  const earlier = wall - offsetMs(timeZone, first - 3_600_000);
  if (earlier < first && earlier + offsetMs(timeZone, earlier) === wall) return earlier;
  return first;
}

/** "2026-03-29" and "10:30" read in `timeZone`; null when either is not a date or a time of day. */
export function instantOfDayAndTime(date: string, time: string, timeZone: string): number | null {
  const d = datePattern.exec(date.trim());
  const t = timePattern.exec(time.trim());
  if (!d || !t) return null;
  const hour = Number(t[1]);
  const minute = Number(t[2]);
  const second = t[3] === undefined ? 0 : Number(t[3]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return instantOfWall({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour, minute, second }, timeZone);
}

/**
 * An ISO date-time: with an offset ("2026-02-01T10:00:00+01:00", "…Z") it is
 * that instant; without one it is a wall time in `timeZone`. Null when the
 * text is not a date-time.
 */
export function instantOfIso(text: string, timeZone: string): number | null {
  const match = isoPattern.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, offset] = match;
  const fields = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) };
  if (fields.month < 1 || fields.month > 12 || fields.day < 1 || fields.day > 31 || fields.hour > 23 || fields.minute > 59 || fields.second > 59) return null;
  if (!offset) return instantOfWall(fields, timeZone);
  const utc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  if (offset.toUpperCase() === 'Z') return utc;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** The clock time ("10:30") of an ISO date-time as written, ignoring its offset; null when there is none. */
export function wallTimeOfIso(text: string): string | null {
  const match = isoPattern.exec(text.trim());
  return match ? `${match[4]}:${match[5]}` : null;
}

/** A frab duration ("00:30", "1:30", "01:30:00", "1:00:30:00" with days) in ms; null when it is not one. */
export function durationMs(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length < 2 || parts.length > 4 || parts.some((part) => !/^\d{1,3}$/.test(part))) return null;
  const numbers = parts.map(Number);
  let days = 0;
  let hours: number;
  let minutes: number;
  let seconds = 0;
  if (numbers.length === 4) [days, hours, minutes, seconds] = numbers as [number, number, number, number];
  else if (numbers.length === 3) [hours, minutes, seconds] = numbers as [number, number, number];
  else [hours, minutes] = numbers as [number, number];
  if (minutes > 59 || seconds > 59) return null;
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

/** The next calendar day of "2026-02-01". */
export function nextDay(date: string): string {
  const d = datePattern.exec(date);
  if (!d) return date;
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + 1)).toISOString().slice(0, 10);
}
