import { TZDate } from '@date-fns/tz';

const clockPattern = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/**
 * A stamp moved to another clock time on the same calendar day in the
 * conference's zone ("13:55" or "13:55:07"). Returns null for input that is
 * not a time of day, so the field can say so instead of guessing.
 */
export function stampAtClockTime(stamp: number, clockTime: string, timeZone: string): number | null {
  const match = clockPattern.exec(clockTime);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const local = new TZDate(stamp, timeZone);
  const moved = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hours, minutes, seconds, 0, timeZone);
  return moved.getTime();
}

/** "13:55:07" in the zone, for a time field's value. */
export function clockTimeOf(stamp: number, timeZone: string): string {
  const local = new TZDate(stamp, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`;
}
