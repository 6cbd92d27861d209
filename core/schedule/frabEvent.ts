import { kindFromLabel } from './kinds';
import type { FoundTalk } from './finish';
import { durationMs, instantOfDayAndTime, instantOfIso, nextDay } from './wallTime';
import { isValidTimeZone } from '../time/zones';
import { ScheduleError } from './errors';

/** One event as frab's JSON and XML both carry it, its fields already read as text. */
export interface FrabEventFields {
  guid: string;
  id: string;
  date: string;
  start: string;
  duration: string;
  room: string;
  track: string;
  type: string;
  title: string;
  subtitle: string;
  abstract: string;
  description: string;
  url: string;
  persons: string[];
}

/** The day an event is listed under: its date and, when known, when that conference day begins ("04:00"). */
export interface FrabDay {
  date: string;
  /** The day's start as the file gives it (an ISO date-time), for days that run past midnight. */
  dayStart: string;
}

function clockOf(iso: string): string | null {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? `${match[1]}:${match[2]}` : null;
}

/**
 * A frab event as a talk. The start is the event's full `date` when it has
 * one (an instant with its offset); otherwise its `start` on the day it is
 * listed under, on the next calendar day when the clock time is before the
 * day's own start (a pretalx day that runs 04:00–03:59).
 */
export function talkFromFrabEvent(event: FrabEventFields, day: FrabDay, timeZone: string, source: string, where: string): FoundTalk {
  const named = event.title.trim() ? `${where} (“${event.title.trim()}”)` : where;
  let start: number | null = null;
  if (/T\d{2}:\d{2}/.test(event.date)) start = instantOfIso(event.date, timeZone);
  if (start === null) {
    let date = /^\d{4}-\d{2}-\d{2}/.exec(event.date)?.[0] ?? day.date;
    const dayStartClock = clockOf(day.dayStart);
    const startClock = event.start.trim().padStart(5, '0');
    if (dayStartClock && startClock < dayStartClock && date === day.date) date = nextDay(date);
    start = instantOfDayAndTime(date, event.start, timeZone);
  }
  if (start === null) {
    throw new ScheduleError(`${source}: ${named} has no start time that can be read (date “${event.date}”, start “${event.start}”). Use a time like 10:30.`);
  }
  const duration = durationMs(event.duration || '00:00');
  if (duration === null) {
    throw new ScheduleError(`${source}: ${named} has a duration “${event.duration}” that is not a length of time. Use hours and minutes like 00:45.`);
  }
  const title = event.title.trim() || event.subtitle.trim();
  const sourceId = event.guid.trim() || event.id.trim();
  return {
    where: named,
    talk: {
      sourceId,
      title,
      speakers: event.persons.map((person) => person.trim()).filter(Boolean),
      room: event.room.trim(),
      track: event.track.trim(),
      kind: kindFromLabel(event.type, event.title),
      start,
      end: start + duration,
      abstract: (event.abstract.trim() || event.description.trim()).slice(0, 20_000),
      url: event.url.trim(),
      starred: false,
    },
  };
}

/**
 * The zone a frab schedule (JSON or XML) names for its times; when it names
 * none, the caller's fallback (else UTC) with a warning saying so. `field`
 * names the field in messages, as the format spells it.
 */
export function frabTimeZone(named: string, source: string, field: string, fallback: string | undefined, warnings: string[]): { timeZone: string; timeZoneAssumed: boolean } {
  const timeZone = named.trim();
  if (!timeZone) {
    const assumed = fallback ?? 'UTC';
    warnings.push(`${source} names no time zone; its times without an offset are read in ${assumed}.`);
    return { timeZone: assumed, timeZoneAssumed: true };
  }
  if (!isValidTimeZone(timeZone)) throw new ScheduleError(`${source}: ${field} is “${timeZone}”, not an IANA time zone such as Europe/Berlin.`);
  return { timeZone, timeZoneAssumed: false };
}
