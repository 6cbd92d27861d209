import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ScheduleError } from './errors';
import { finishSchedule, type FoundTalk } from './finish';
import { frabTimeZone, talkFromFrabEvent } from './frabEvent';
import type { ParsedSchedule, ScheduleParseOptions } from './types';

type XmlNode = Record<string, unknown>;

const listTags = new Set(['day', 'room', 'event', 'person', 'link', 'track']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Keep every value as written: "00:30" and ids stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => listTags.has(name),
});

/** The text of an element or attribute, whether the parser gave a string or a node with text. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as XmlNode)['#text']);
  return '';
}

function nodes(value: unknown): XmlNode[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item }));
}

/** Whether text looks like a frab/pentabarf schedule.xml (a <schedule> root). */
export function isFrabXml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<schedule[\s>]/.test(text.replace(/^\uFEFF/, ''));
}

/**
 * A frab or pentabarf `schedule.xml`, the format EventFahrplan and Giggity
 * read: <conference> with its <time_zone_name>, then <day date start end>,
 * <room name>, <event guid> with date, start, duration, title, persons.
 * The file is checked as XML first, so a broken one names its line.
 */
export function parseFrabXml(text: string, source: string, options: ScheduleParseOptions = {}): ParsedSchedule {
  const clean = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(clean);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new ScheduleError(`${source} is not well-formed XML at line ${line}, column ${col}: ${msg} Check that the file was saved whole.`);
  }
  const document = parser.parse(clean) as XmlNode;
  const schedule = document.schedule as XmlNode | undefined;
  if (!schedule || typeof schedule !== 'object') {
    throw new ScheduleError(`${source} is XML but not a frab schedule: it has no <schedule> element.`);
  }
  const conference = (schedule.conference ?? {}) as XmlNode;
  const warnings: string[] = [];
  const { timeZone, timeZoneAssumed } = frabTimeZone(textOf(conference.time_zone_name), source, '<time_zone_name>', options.fallbackTimeZone, warnings);
  const days = nodes(schedule.day);
  if (days.length === 0) throw new ScheduleError(`${source} is a <schedule> without any <day>: there are no talks to import.`);
  const talks: FoundTalk[] = [];
  const rooms: string[] = [];
  days.forEach((day, dayIndex) => {
    const date = textOf(day['@_date']);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new ScheduleError(`${source}: <day> ${dayIndex + 1} has the date “${date}”; it needs date="YYYY-MM-DD".`);
    }
    for (const room of nodes(day.room)) {
      const roomName = textOf(room['@_name']);
      rooms.push(roomName);
      nodes(room.event).forEach((event, eventIndex) => {
        const persons = nodes((event.persons as XmlNode | undefined)?.person).map(textOf);
        const guid = textOf(event['@_guid']);
        const where = `<event> ${eventIndex + 1} of room “${roomName}” on ${date}${guid ? ` (guid ${guid})` : ''}`;
        talks.push(
          talkFromFrabEvent(
            {
              guid,
              id: textOf(event['@_id']),
              date: textOf(event.date),
              start: textOf(event.start),
              duration: textOf(event.duration),
              room: textOf(event.room) || roomName,
              track: textOf(event.track),
              type: textOf(event.type),
              title: textOf(event.title),
              subtitle: textOf(event.subtitle),
              abstract: textOf(event.abstract),
              description: textOf(event.description),
              url: textOf(event.url),
              persons,
            },
            { date, dayStart: textOf(day['@_start']) },
            timeZone,
            source,
            where,
          ),
        );
      });
    }
  });
  return finishSchedule({
    format: 'frab-xml',
    source,
    name: options.conferenceName ?? (textOf(conference.title) || textOf(conference.acronym)),
    timeZone,
    timeZoneAssumed,
    url: textOf(conference.base_url) || textOf(conference.url),
    startDate: /^\d{4}-\d{2}-\d{2}/.exec(textOf(conference.start))?.[0],
    endDate: /^\d{4}-\d{2}-\d{2}/.exec(textOf(conference.end))?.[0],
    rooms,
    tracks: [],
    talks,
    warnings,
  });
}
