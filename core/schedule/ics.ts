import ICAL from 'ical.js';
import { isValidTimeZone } from '../time/zones';
import { ScheduleError } from './errors';
import { finishSchedule, type FoundTalk } from './finish';
import { kindFromLabel } from './kinds';
import type { ParsedSchedule, ScheduleParseOptions } from './types';
import { instantOfWall } from './wallTime';

/** Zone names seen in this file and whether the runtime knows them: asking Intl costs a formatter each time. */
function knownZones(): (zone: string) => boolean {
  const seen = new Map<string, boolean>();
  return (zone) => {
    let known = seen.get(zone);
    if (known === undefined) {
      known = isValidTimeZone(zone);
      seen.set(zone, known);
    }
    return known;
  };
}

/** Whether text is an iCalendar file (it begins with BEGIN:VCALENDAR). */
export function isIcs(text: string): boolean {
  return /^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''));
}

/** A pretalx "faved" export, or a calendar named for the user's own picks: every talk in it is starred. */
function isPicks(source: string, calendarName: string): boolean {
  return /\bfav(ed|ou?rites?|s)?\b|starred|my[-_ ]?(schedule|picks|agenda)|bookmark/i.test(`${source} ${calendarName}`.replace(/[-_.]/g, ' '));
}

/** 1-based line numbers where each `BEGIN:<name>` stands, in order, so messages can point at an event. */
function beginLines(text: string, name: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim().toUpperCase() === `BEGIN:${name}`) lines.push(index + 1);
  });
  return lines;
}

/** The first line (1-based) that holds neither ":" nor ";" and is not a folded continuation: what breaks a parse. */
function firstBrokenLine(text: string): number | null {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '' || line.startsWith(' ') || line.startsWith('\t')) continue;
    if (!/[:;]/.test(line)) return index + 1;
  }
  return null;
}

/** Checks a VTIMEZONE the way a calendar app needs it: a TZID and at least one STANDARD or DAYLIGHT rule with an offset and a start. */
function checkTimezone(component: ICAL.Component, source: string, line: number | undefined): string {
  const at = line ? ` (line ${line})` : '';
  const tzid = component.getFirstPropertyValue('tzid');
  if (typeof tzid !== 'string' || !tzid.trim()) throw new ScheduleError(`${source}: the VTIMEZONE${at} has no TZID, so its events' times cannot be placed. Export the calendar again.`);
  const rules = [...component.getAllSubcomponents('standard'), ...component.getAllSubcomponents('daylight')];
  if (rules.length === 0) throw new ScheduleError(`${source}: the VTIMEZONE ${tzid}${at} has no STANDARD or DAYLIGHT rule, so its times cannot be placed. Export the calendar again.`);
  for (const rule of rules) {
    const offset = rule.getFirstProperty('tzoffsetto');
    const start = rule.getFirstProperty('dtstart');
    const offsetValue = offset?.getFirstValue() as { toSeconds?: () => number } | null | undefined;
    if (!offset || !start || typeof offsetValue?.toSeconds !== 'function' || Number.isNaN(offsetValue.toSeconds())) {
      throw new ScheduleError(`${source}: the VTIMEZONE ${tzid}${at} has a ${rule.name.toUpperCase()} rule without a valid TZOFFSETTO and DTSTART. Export the calendar again.`);
    }
  }
  return tzid;
}

interface Zones {
  defined: Map<string, ICAL.Timezone>;
  calendarZone: string;
  isKnown: (zone: string) => boolean;
}

/** An event's DTSTART or DTEND as an instant: UTC, the file's own VTIMEZONE, an IANA zone by name, or floating in the calendar's zone. */
function instantOf(property: ICAL.Property, zones: Zones, source: string, where: string): number {
  const value = property.getFirstValue() as ICAL.Time;
  const name = property.name.toUpperCase();
  if (!(value instanceof ICAL.Time) || [value.year, value.month, value.day, value.hour, value.minute].some((part) => !Number.isFinite(part))) {
    throw new ScheduleError(`${source}: ${where} has a ${name} that is not a date and time.`);
  }
  const tzid = property.getParameter('tzid');
  const tzidText = typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? (tzid[0] ?? '') : '';
  let instant: number;
  if (value.zone === ICAL.Timezone.utcTimezone || /Z$/.test(String(property.toICALString()))) {
    instant = Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second);
  } else if (tzidText && zones.defined.has(tzidText)) {
    const time = value.clone();
    time.zone = zones.defined.get(tzidText) as ICAL.Timezone;
    instant = time.toUnixTime() * 1000;
  } else if (tzidText) {
    const zone = tzidText.replace(/^\/+/, '');
    if (!zones.isKnown(zone)) {
      throw new ScheduleError(`${source}: ${where} has ${name} in the time zone “${tzidText}”, which the file does not define (no VTIMEZONE) and which is not an IANA time zone.`);
    }
    instant = instantOfWall({ year: value.year, month: value.month, day: value.day, hour: value.hour, minute: value.minute, second: value.second }, zone);
  } else {
    instant = instantOfWall({ year: value.year, month: value.month, day: value.day, hour: value.hour, minute: value.minute, second: value.second }, zones.calendarZone);
  }
  if (!Number.isFinite(instant) || instant < 0) throw new ScheduleError(`${source}: ${where} has a ${name} that is not a date and time.`);
  return instant;
}

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

/**
 * An iCalendar schedule (pretalx, Sessionize and calendar exports): one talk
 * per VEVENT with its UID, DTSTART and DTEND (or DURATION) in their zones,
 * SUMMARY, LOCATION (the room), DESCRIPTION, URL and CATEGORIES (the track
 * and kind). A zone the file defines in a VTIMEZONE is read from it; an IANA
 * zone named without one is read from the zone rules.
 */
export function parseIcs(textIn: string, source: string, options: ScheduleParseOptions = {}): ParsedSchedule {
  const clean = textIn.replace(/^\uFEFF/, '');
  let calendar: ICAL.Component;
  try {
    const parsed = ICAL.parse(clean);
    calendar = new ICAL.Component(Array.isArray(parsed[0]) ? (parsed[0] as unknown as []) : (parsed as unknown as []));
  } catch (error) {
    const line = firstBrokenLine(clean);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScheduleError(`${source} is not a valid iCalendar file${line ? ` at line ${line}` : ''}: ${reason}. Export the calendar again.`);
  }
  if (calendar.name !== 'vcalendar') throw new ScheduleError(`${source} is not an iCalendar schedule: it holds no VCALENDAR.`);

  const timezoneLines = beginLines(clean, 'VTIMEZONE');
  const defined = new Map<string, ICAL.Timezone>();
  calendar.getAllSubcomponents('vtimezone').forEach((component, index) => {
    const tzid = checkTimezone(component, source, timezoneLines[index]);
    try {
      defined.set(tzid, new ICAL.Timezone(component));
    } catch (error) {
      throw new ScheduleError(`${source}: the VTIMEZONE ${tzid}${timezoneLines[index] ? ` (line ${timezoneLines[index]})` : ''} cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
    }
  });

  const warnings: string[] = [];
  const named = text(calendar, 'x-wr-timezone');
  const firstDefined = [...defined.keys()].find(isValidTimeZone);
  let calendarZone = named && isValidTimeZone(named) ? named : (firstDefined ?? '');
  let timeZoneAssumed = false;
  const events = calendar.getAllSubcomponents('vevent');
  if (!calendarZone) {
    const eventZone = events.map((event) => event.getFirstProperty('dtstart')?.getParameter('tzid')).find((zone): zone is string => typeof zone === 'string' && isValidTimeZone(zone));
    calendarZone = eventZone ?? options.fallbackTimeZone ?? 'UTC';
    if (!eventZone) {
      timeZoneAssumed = true;
      warnings.push(`${source} names no time zone; the conference is shown in ${calendarZone}.`);
    }
  }
  if (events.length === 0) throw new ScheduleError(`${source} is a calendar with no events (VEVENT): there are no talks to import.`);

  const calendarName = text(calendar, 'x-wr-calname');
  const picks = isPicks(source, calendarName);
  const zones: Zones = { defined, calendarZone, isKnown: knownZones() };
  const eventLines = beginLines(clean, 'VEVENT');
  const talks: FoundTalk[] = [];
  let allDay = 0;
  events.forEach((event, index) => {
    const line = eventLines[index];
    const summary = text(event, 'summary').trim();
    const where = `event ${index + 1}${line ? ` (line ${line})` : ''}${summary ? ` “${summary}”` : ''}`;
    const startProperty = event.getFirstProperty('dtstart');
    if (!startProperty) throw new ScheduleError(`${source}: ${where} has no DTSTART, so it cannot be placed in the schedule.`);
    if ((startProperty.getFirstValue() as ICAL.Time).isDate) {
      // A whole-day entry ("Conference day 1") is not a talk.
      allDay++;
      return;
    }
    const start = instantOf(startProperty, zones, source, where);
    const endProperty = event.getFirstProperty('dtend');
    let end = start;
    if (endProperty) end = instantOf(endProperty, zones, source, where);
    else {
      const duration = event.getFirstPropertyValue('duration');
      if (duration instanceof ICAL.Duration) end = start + duration.toSeconds() * 1000;
    }
    const categories = event.getAllProperties('categories').flatMap((property) => property.getValues().map(String));
    const uid = text(event, 'uid').trim();
    if (!uid) throw new ScheduleError(`${source}: ${where} has no UID, so a later import could not find it again.`);
    const organizer = event.getAllProperties('attendee').concat(event.getAllProperties('organizer'))
      .map((property) => property.getParameter('cn'))
      .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
    talks.push({
      where,
      talk: {
        sourceId: uid,
        title: summary,
        speakers: organizer,
        room: text(event, 'location').trim(),
        track: categories[0]?.trim() ?? '',
        kind: kindFromLabel(...categories, summary),
        start,
        end,
        abstract: text(event, 'description').trim().slice(0, 20_000),
        url: text(event, 'url').trim(),
        starred: picks,
      },
    });
  });
  if (talks.length === 0) throw new ScheduleError(`${source} holds only whole-day entries (${allDay}), no timed talks to import.`);
  if (allDay > 0) warnings.push(`${allDay} whole-day ${allDay === 1 ? 'entry was' : 'entries were'} left out: they are not talks.`);
  if (picks) warnings.push(`${source} is a list of your own picks: every talk in it is starred.`);
  return finishSchedule({
    format: 'ics',
    source,
    name: options.conferenceName ?? (calendarName || source.replace(/\.ics$/i, '').replace(/[-_]+/g, ' ')),
    timeZone: calendarZone,
    timeZoneAssumed,
    url: '',
    rooms: [],
    tracks: [],
    talks,
    warnings,
  });
}
