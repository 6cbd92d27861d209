import type { SessionKind } from '../model/session';

/** The formats a published schedule comes in. */
export const scheduleFormats = ['frab-json', 'frab-xml', 'ics', 'sessionize'] as const;
export type ScheduleFormat = (typeof scheduleFormats)[number];

export const scheduleFormatNames: Record<ScheduleFormat, string> = {
  'frab-json': 'pretalx/frab schedule.json',
  'frab-xml': 'frab/pentabarf schedule.xml',
  ics: 'iCalendar (.ics)',
  sessionize: 'Sessionize "All data" JSON',
};

/** One talk as the schedule publishes it, its times as instants (epoch ms). */
export interface ScheduledTalk {
  /** The schedule's own id for the talk (guid, UID, session id): what a re-import matches by. */
  sourceId: string;
  title: string;
  speakers: string[];
  room: string;
  track: string;
  kind: SessionKind;
  start: number;
  end: number;
  abstract: string;
  url: string;
  /** Marked by the user in the schedule itself (a pretalx "faved" export). */
  starred: boolean;
}

/** The conference a schedule describes, as far as the file says. */
export interface ScheduledConference {
  name: string;
  /** First and last day (YYYY-MM-DD) in the schedule's zone. */
  startDate: string;
  endDate: string;
  timeZone: string;
  /** True when the file gave no zone and `timeZone` is the fallback the caller chose. */
  timeZoneAssumed: boolean;
  url: string;
  rooms: string[];
  tracks: string[];
}

/** A schedule read from one file: the conference and its talks, in start order. */
export interface ParsedSchedule {
  format: ScheduleFormat;
  /** The file name (or URL's last part) it was read from, for messages. */
  source: string;
  conference: ScheduledConference;
  talks: ScheduledTalk[];
  /** Things the user should know that do not stop the import (an assumed zone). */
  warnings: string[];
}

/** What the caller knows that a file may not say. */
export interface ScheduleParseOptions {
  /** The zone of times written without an offset, when the file names none (Sessionize). Defaults to UTC. */
  fallbackTimeZone?: string;
  /** Wins over the name in the file. */
  conferenceName?: string;
}
