import { z } from 'zod';
import { parseJsonText } from './errors';
import { fieldError, finishSchedule, type FoundTalk } from './finish';
import { frabTimeZone, talkFromFrabEvent } from './frabEvent';
import type { ParsedSchedule, ScheduleParseOptions } from './types';

/** Text or a number, as frab and pretalx write ids; null and absent read as empty. */
const text = z.union([z.string(), z.number()]).nullish().transform((value) => (value === null || value === undefined ? '' : String(value)));

const person = z.union([
  z.string(),
  z.object({ public_name: z.string().nullish(), name: z.string().nullish(), full_public_name: z.string().nullish() }).loose(),
]);

const event = z
  .object({
    guid: text,
    id: text,
    date: text,
    start: text,
    duration: text,
    room: text,
    track: text,
    type: text,
    title: text,
    subtitle: text,
    abstract: text,
    description: text,
    url: text,
    persons: z.array(person).nullish(),
  })
  .loose();

const day = z
  .object({
    index: z.number().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-02-01'),
    day_start: text,
    day_end: text,
    rooms: z.record(z.string(), z.array(event)),
  })
  .loose();

const frabJson = z.object({
  schedule: z
    .object({
      url: text,
      conference: z
        .object({
          acronym: text,
          title: text,
          start: text,
          end: text,
          time_zone_name: text,
          url: text,
          rooms: z.array(z.object({ name: z.string() }).loose()).nullish(),
          tracks: z.array(z.object({ name: z.string() }).loose()).nullish(),
          days: z.array(day),
        })
        .loose(),
    })
    .loose(),
});

/** Whether parsed JSON looks like a frab/pretalx schedule (a `schedule.conference`). */
export function isFrabJson(value: unknown): boolean {
  const schedule = (value as { schedule?: { conference?: unknown } } | null)?.schedule;
  return typeof schedule === 'object' && schedule !== null && typeof schedule.conference === 'object';
}

function personName(value: z.infer<typeof person>): string {
  if (typeof value === 'string') return value;
  return value.public_name ?? value.full_public_name ?? value.name ?? '';
}

/**
 * A pretalx or frab `schedule.json`: the conference with its days, each day's
 * rooms, each room's events. Times are read in the conference's
 * `time_zone_name`; an event's `date` carries its offset, and a day that
 * runs past midnight keeps its small hours on the next calendar day.
 */
export function parseFrabJson(textIn: string, source: string, options: ScheduleParseOptions = {}, parsed?: unknown): ParsedSchedule {
  const value = parsed ?? parseJsonText(textIn, source);
  const checked = frabJson.safeParse(value);
  if (!checked.success) throw fieldError(source, checked.error);
  const { conference, url: scheduleUrl } = checked.data.schedule;
  const warnings: string[] = [];
  const { timeZone, timeZoneAssumed } = frabTimeZone(conference.time_zone_name, source, 'the field schedule.conference.time_zone_name', options.fallbackTimeZone, warnings);
  const talks: FoundTalk[] = [];
  conference.days.forEach((dayValue, dayIndex) => {
    for (const [roomName, events] of Object.entries(dayValue.rooms)) {
      events.forEach((eventValue, eventIndex) => {
        const where = `event ${eventIndex + 1} of room “${roomName}” on ${dayValue.date} (schedule.conference.days[${dayIndex}])`;
        const found = talkFromFrabEvent(
          {
            ...eventValue,
            room: eventValue.room || roomName,
            persons: (eventValue.persons ?? []).map(personName),
          },
          { date: dayValue.date, dayStart: dayValue.day_start },
          timeZone,
          source,
          where,
        );
        talks.push(found);
      });
    }
  });
  return finishSchedule({
    format: 'frab-json',
    source,
    name: options.conferenceName ?? (conference.title || conference.acronym),
    timeZone,
    timeZoneAssumed,
    url: conference.url || scheduleUrl,
    startDate: /^\d{4}-\d{2}-\d{2}/.exec(conference.start)?.[0],
    endDate: /^\d{4}-\d{2}-\d{2}/.exec(conference.end)?.[0],
    rooms: (conference.rooms ?? []).map((room) => room.name),
    tracks: (conference.tracks ?? []).map((track) => track.name),
    talks,
    warnings,
  });
}
