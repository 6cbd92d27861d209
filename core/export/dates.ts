/**
 * Dates as static-site generators want them, in the conference's time zone:
 * RFC 3339 with offset (Hugo, plain) and `YYYY-MM-DD HH:MM:SS ±TTTT` (Jekyll).
 */
export interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// Offsets change at most every quarter hour: remember them per zone and quarter hour,
// because Intl's formatToParts is slow and posts ask for many times.
const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, number>();

function offsetMinutesAt(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const get = (type: string): number => Number(parts[type] ?? '0');
  const wallAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const minutes = Math.round((wallAsUtc - Math.floor(ms / 1000) * 1000) / 60_000);
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, minutes);
  return minutes;
}

const two = (n: number): string => String(n).padStart(2, '0');

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const offsetMinutes = offsetMinutesAt(ms, timeZone);
  const wall = new Date(ms + offsetMinutes * 60_000);
  return {
    year: String(wall.getUTCFullYear()).padStart(4, '0'),
    month: two(wall.getUTCMonth() + 1),
    day: two(wall.getUTCDate()),
    hour: two(wall.getUTCHours()),
    minute: two(wall.getUTCMinutes()),
    second: two(wall.getUTCSeconds()),
    offsetMinutes,
  };
}

function offset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${separator}${String(abs % 60).padStart(2, '0')}`;
}

/** "2026-11-24T13:55:00+01:00" */
export function rfc3339(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset(p.offsetMinutes, ':')}`;
}

/** "2026-11-24 13:55:00 +0100" */
export function jekyllDate(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} ${offset(p.offsetMinutes, '')}`;
}

/** "2026-11-24": the calendar day in the zone. */
export function calendarDay(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "13:55" on a 24-hour clock in the zone. */
export function clockTime(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The instant a calendar day ("2026-11-24") starts in a zone. */
export function startOfDay(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
  let guess = utcMidnight;
  // Two passes settle the offset, also on days when it changes.
  for (let i = 0; i < 2; i++) guess = utcMidnight - zonedParts(guess, timeZone).offsetMinutes * 60_000;
  return guess;
}

/** "[+04:10]": time since the session started, minutes and seconds (minutes grow past 59). */
export function elapsedLabel(stamp: number, start: number): string {
  const totalSeconds = Math.floor(Math.abs(stamp - start) / 1000);
  const sign = stamp < start ? '-' : '+';
  const minutes = String(Math.floor(totalSeconds / 60)).padStart(2, '0');
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return `${sign}${minutes}:${seconds}`;
}
