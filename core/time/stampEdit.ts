import { tzOffset } from '@date-fns/tz';

const clockPattern = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([aApP])\.?\s?[mM]\.?)?\s*$/;

/** The offset of a zone at an instant, in ms. Uses the zone rules, not the Date class, so a faked clock cannot skew it. */
function offsetMs(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * 60_000;
}

/** The wall-clock fields of an instant in a zone, read from a shifted UTC date. */
function wallClock(stamp: number, timeZone: string): Date {
  return new Date(stamp + offsetMs(timeZone, stamp));
}

/** The instant at which a zone's wall clock shows the given fields (the later one in a repeated hour). */
function instantOfWallTime(wall: number, timeZone: string): number {
  const guess = wall - offsetMs(timeZone, wall);
  return wall - offsetMs(timeZone, guess);
}

/**
 * A stamp moved to another clock time on the same calendar day in the
 * conference's zone ("13:55", "13:55:07", or on a 12-hour clock "1:55 PM",
 * "1:55:07 pm"). Returns null for input that is not a time of day, so the
 * field can say so instead of guessing.
 */
export function stampAtClockTime(stamp: number, clockTime: string, timeZone: string): number | null {
  const match = clockPattern.exec(clockTime);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const half = match[4]?.toLowerCase();
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const day = wallClock(stamp, timeZone);
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes, seconds);
  return instantOfWallTime(wall, timeZone);
}

/** "13:55:07" in the zone, for a time field's value. */
export function clockTimeOf(stamp: number, timeZone: string): string {
  const local = wallClock(stamp, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}
