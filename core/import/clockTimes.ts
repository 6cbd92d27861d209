import { TZDate } from '@date-fns/tz';

/** A time of day written by hand, before it is placed on a date in a zone. */
export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

/**
 * Zone abbreviations as `date` prints them, with their offset from UTC in
 * minutes. An abbreviation names an offset, not a zone, so an instant written
 * with one is exact; `representativeZone` only suggests a zone for the rest.
 */
export const zoneAbbreviations: Readonly<Record<string, { offset: number; zone: string }>> = {
  UTC: { offset: 0, zone: 'UTC' },
  GMT: { offset: 0, zone: 'Europe/London' },
  BST: { offset: 60, zone: 'Europe/London' },
  WET: { offset: 0, zone: 'Europe/Lisbon' },
  WEST: { offset: 60, zone: 'Europe/Lisbon' },
  CET: { offset: 60, zone: 'Europe/Berlin' },
  CEST: { offset: 120, zone: 'Europe/Berlin' },
  EET: { offset: 120, zone: 'Europe/Helsinki' },
  EEST: { offset: 180, zone: 'Europe/Helsinki' },
  MSK: { offset: 180, zone: 'Europe/Moscow' },
  IST: { offset: 330, zone: 'Asia/Kolkata' },
  SGT: { offset: 480, zone: 'Asia/Singapore' },
  HKT: { offset: 480, zone: 'Asia/Hong_Kong' },
  JST: { offset: 540, zone: 'Asia/Tokyo' },
  KST: { offset: 540, zone: 'Asia/Seoul' },
  AWST: { offset: 480, zone: 'Australia/Perth' },
  ACST: { offset: 570, zone: 'Australia/Adelaide' },
  AEST: { offset: 600, zone: 'Australia/Sydney' },
  AEDT: { offset: 660, zone: 'Australia/Sydney' },
  NZST: { offset: 720, zone: 'Pacific/Auckland' },
  NZDT: { offset: 780, zone: 'Pacific/Auckland' },
  HST: { offset: -600, zone: 'Pacific/Honolulu' },
  AKST: { offset: -540, zone: 'America/Anchorage' },
  AKDT: { offset: -480, zone: 'America/Anchorage' },
  PST: { offset: -480, zone: 'America/Los_Angeles' },
  PDT: { offset: -420, zone: 'America/Los_Angeles' },
  MST: { offset: -420, zone: 'America/Denver' },
  MDT: { offset: -360, zone: 'America/Denver' },
  CST: { offset: -360, zone: 'America/Chicago' },
  CDT: { offset: -300, zone: 'America/Chicago' },
  EST: { offset: -300, zone: 'America/New_York' },
  EDT: { offset: -240, zone: 'America/New_York' },
  AST: { offset: -240, zone: 'America/Halifax' },
  ADT: { offset: -180, zone: 'America/Halifax' },
  BRT: { offset: -180, zone: 'America/Sao_Paulo' },
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function validClock(hour: number, minute: number, second = 0): ClockTime | null {
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

/** A wall-clock header: the output of `date` on a line of its own. */
export interface WallClockHeader {
  /** The exact instant when the line names a zone abbreviation, else null until a zone is known. */
  instant: number | null;
  date: string;
  time: ClockTime;
  abbreviation: string | null;
}

const DATE_COMMAND = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([A-Z]{2,5})\s+)?(\d{4})\s*$/;
const ISO_HEADER = /^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([A-Z]{2,5}|Z))?\s*$/;

/** Reads `Fri Mar 15 13:55:11 EDT 2013` or `2013-03-15 13:55:11` standing alone on a line. */
export function parseWallClockHeader(line: string): WallClockHeader | null {
  let year: number, month: number, day: number, hour: number, minute: number, second: number;
  let abbreviation: string | null;
  const unix = DATE_COMMAND.exec(line);
  const iso = unix ? null : ISO_HEADER.exec(line);
  if (unix) {
    month = monthIndex(unix[1] ?? '') + 1;
    day = Number(unix[2]);
    hour = Number(unix[3]);
    minute = Number(unix[4]);
    second = Number(unix[5] ?? 0);
    abbreviation = unix[6] ?? null;
    year = Number(unix[7]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    hour = Number(iso[4]);
    minute = Number(iso[5]);
    second = Number(iso[6] ?? 0);
    abbreviation = iso[7] === 'Z' ? 'UTC' : (iso[7] ?? null);
  } else {
    return null;
  }
  const date = month > 0 ? isoDay(year, month, day) : null;
  const time = validClock(hour, minute, second);
  if (!date || !time) return null;
  const known = abbreviation ? zoneAbbreviations[abbreviation] : undefined;
  if (abbreviation && !known) abbreviation = null;
  const instant = known ? Date.UTC(year, month - 1, day, hour, minute, second) - known.offset * 60_000 : null;
  return { instant, date, time, abbreviation };
}

/** A time written at the start of a line, and the text after it. */
export interface TimePrefix {
  time: ClockTime;
  rest: string;
  /** The prefix as written, including its punctuation. */
  raw: string;
}

// "1743: text" — a 24-hour time without a colon inside, as live blogs write it.
const MILITARY = /^(\d{2})(\d{2}):(?:\s+|$)/;
// "13:55 text", "13:55:11 - text", "[13:55] text", "**13:55** text", "*13:55* text", "1:55 PM: text", "(9:05am) text"
const CLOCK = /^(\*\*|\*|_|\[|\()?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?(\*\*|\*|_|\]|\))?(?:\s*[-–—:|]\s+|\s+|$)/;

function fromMeridiem(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

const CLOSERS: Record<string, string> = { '**': '**', '*': '*', _: '_', '[': ']', '(': ')' };

/** Reads a hand-written time at the start of a line: `1743:`, `13:55`, `1:55 PM`, `[13:55]`. */
export function parseTimePrefix(line: string): TimePrefix | null {
  const military = MILITARY.exec(line);
  if (military) {
    const time = validClock(Number(military[1]), Number(military[2]));
    return time ? { time, rest: line.slice(military[0].length), raw: military[0] } : null;
  }
  const clock = CLOCK.exec(line);
  if (!clock) return null;
  const open = clock[1];
  const close = clock[6];
  if ((open ?? '') !== '' || (close ?? '') !== '') {
    if (!open || CLOSERS[open] !== close) return null;
  }
  const hour = fromMeridiem(Number(clock[2]), clock[5]);
  if (hour === null) return null;
  const time = validClock(hour, Number(clock[3]), Number(clock[4] ?? 0));
  return time ? { time, rest: line.slice(clock[0].length), raw: clock[0] } : null;
}

// The instant an hour starts, by day, zone and hour: zone offsets change on the hour, so the
// minutes and seconds of a time add to it. Imports place thousands of times on a few days.
const hourStarts = new Map<string, number>();

/** Places a time of day on a calendar day in an IANA zone (daylight saving included). */
export function resolveClockTime(date: string, time: ClockTime, timeZone: string): number {
  const key = `${date}|${timeZone}|${time.hour}`;
  let start = hourStarts.get(key);
  if (start === undefined) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    start = new TZDate(year, month - 1, day, time.hour, 0, 0, timeZone).getTime();
    if (hourStarts.size > 10_000) hourStarts.clear();
    hourStarts.set(key, start);
  }
  return start + (time.minute * 60 + time.second) * 1000;
}

/** The calendar day of an instant in a zone. */
export function dayInZone(instant: number, timeZone: string): string {
  const local = new TZDate(instant, timeZone);
  return isoDay(local.getFullYear(), local.getMonth() + 1, local.getDate()) ?? '';
}

const LONG_DATE = /^\s*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*$/;
const DAY_FIRST = /^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/** Reads a line that is only a date: `September 28, 2014`, `28 Sep 2014`, `2014-09-28`. */
export function parseDateLine(line: string): string | null {
  const long = LONG_DATE.exec(line);
  if (long) {
    const month = monthIndex(long[1] ?? '');
    return month >= 0 ? isoDay(Number(long[3]), month + 1, Number(long[2])) : null;
  }
  const dayFirst = DAY_FIRST.exec(line);
  if (dayFirst) {
    const month = monthIndex(dayFirst[2] ?? '');
    return month >= 0 ? isoDay(Number(dayFirst[3]), month + 1, Number(dayFirst[1])) : null;
  }
  const iso = ISO_DATE.exec(line);
  return iso ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** The day part of a front-matter date: a YAML date, "2012-11-14", or "2012-11-14T00:00:00Z" (taken as written). */
export function dayOfFrontMatterDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : parseDateLine(value);
}
