import { parseJsonText, ScheduleError } from './errors';
import { isFrabJson, parseFrabJson } from './frabJson';
import { isFrabXml, parseFrabXml } from './frabXml';
import { isIcs, parseIcs } from './ics';
import { isSessionizeJson, parseSessionize } from './sessionize';
import type { ParsedSchedule, ScheduleParseOptions } from './types';

/** File names a schedule import offers to open. */
export const SCHEDULE_EXTENSIONS = ['.json', '.xml', '.ics', '.ical', '.ifb'] as const;

export function isScheduleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return SCHEDULE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Reads a schedule in whichever of the four formats it is, told apart by
 * what the text holds (not by its name, which downloads often lose): an
 * iCalendar file, a frab XML <schedule>, or JSON that is a pretalx/frab
 * schedule or Sessionize's "All data".
 */
export function parseSchedule(text: string, source: string, options: ScheduleParseOptions = {}): ParsedSchedule {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new ScheduleError(`${source} is empty: there is no schedule in it.`);
  if (isIcs(trimmed)) return parseIcs(text, source, options);
  if (trimmed.startsWith('<')) {
    if (isFrabXml(trimmed)) return parseFrabXml(text, source, options);
    if (/^<(!doctype\s+)?html/i.test(trimmed)) throw new ScheduleError(`${source} is a web page, not a schedule. Download the schedule's JSON, XML or .ics export instead.`);
    return parseFrabXml(text, source, options);
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const value = parseJsonText(text, source);
    if (isFrabJson(value)) return parseFrabJson(text, source, options, value);
    if (isSessionizeJson(value)) return parseSessionize(text, source, options, value);
    throw new ScheduleError(`${source} is JSON but not a schedule Plenary reads: it has neither a pretalx/frab “schedule.conference” nor Sessionize's “sessions” and “speakers”.`);
  }
  throw new ScheduleError(`${source} is not a schedule: Plenary reads pretalx/frab schedule.json, frab/pentabarf schedule.xml, iCalendar (.ics) and Sessionize "All data" JSON.`);
}
