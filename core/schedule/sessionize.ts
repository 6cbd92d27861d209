import { z } from 'zod';
import { parseJsonText, ScheduleError } from './errors';
import { fieldError, finishSchedule, type FoundTalk } from './finish';
import { kindFromLabel } from './kinds';
import type { ParsedSchedule, ScheduleParseOptions } from './types';
import { instantOfIso } from './wallTime';

const id = z.union([z.string(), z.number()]).transform(String);
const nullableText = z.string().nullish().transform((value) => value ?? '');

const session = z
  .object({
    id,
    title: nullableText,
    description: nullableText,
    startsAt: z.string().nullish(),
    endsAt: z.string().nullish(),
    isServiceSession: z.boolean().nullish(),
    speakers: z.array(z.union([id, z.object({ id, name: z.string().nullish() }).loose()])).nullish(),
    categoryItems: z.array(id).nullish(),
    roomId: id.nullish(),
    room: z.string().nullish(),
    liveUrl: z.string().nullish(),
    status: z.string().nullish(),
  })
  .loose();

const allData = z
  .object({
    sessions: z.array(session),
    speakers: z.array(z.object({ id, fullName: nullableText, firstName: nullableText, lastName: nullableText }).loose()).nullish(),
    rooms: z.array(z.object({ id, name: z.string() }).loose()).nullish(),
    categories: z
      .array(z.object({ id: id.nullish(), title: nullableText, items: z.array(z.object({ id, name: z.string() }).loose()) }).loose())
      .nullish(),
  })
  .loose();

/** Whether parsed JSON looks like Sessionize's "All data" (sessions beside speakers or rooms). */
export function isSessionizeJson(value: unknown): boolean {
  const object = value as { sessions?: unknown; speakers?: unknown; rooms?: unknown } | null;
  return typeof object === 'object' && object !== null && Array.isArray(object.sessions) && (Array.isArray(object.speakers) || Array.isArray(object.rooms));
}

/**
 * Sessionize's "All data" JSON (the API's /view/All): sessions with speaker
 * and room ids, speakers, rooms, and categories (the "Track" and "Session
 * format" ones give a session's track and kind). Its times carry no offset:
 * they are in the event's zone, which the caller gives (the file names none).
 */
export function parseSessionize(text: string, source: string, options: ScheduleParseOptions = {}, parsed?: unknown): ParsedSchedule {
  const value = parsed ?? parseJsonText(text, source);
  const checked = allData.safeParse(value);
  if (!checked.success) {
    throw fieldError(source, checked.error, (path) => (path[0] === 'sessions' && typeof path[1] === 'number' ? `session ${path[1] + 1}` : null));
  }
  const data = checked.data;
  const timeZone = options.fallbackTimeZone ?? 'UTC';
  const warnings = options.fallbackTimeZone ? [] : [`${source} names no time zone (Sessionize never does); its times are read in UTC. Choose the event's zone.`];
  const speakers = new Map((data.speakers ?? []).map((speaker) => [speaker.id, speaker.fullName || `${speaker.firstName} ${speaker.lastName}`.trim()]));
  const rooms = new Map((data.rooms ?? []).map((room) => [room.id, room.name]));
  const itemGroup = new Map<string, { group: string; name: string }>();
  for (const category of data.categories ?? []) for (const item of category.items) itemGroup.set(item.id, { group: category.title.toLowerCase(), name: item.name });

  const talks: FoundTalk[] = [];
  let service = 0;
  data.sessions.forEach((entry, index) => {
    const where = `session ${index + 1} (id ${entry.id}${entry.title ? `, “${entry.title}”` : ''})`;
    // Sessions not yet placed in the programme have no time; they are not on the schedule.
    if (!entry.startsAt && !entry.endsAt) return;
    // Breaks, lunch and registration are service sessions: slots in the day, not talks to take notes in.
    if (entry.isServiceSession) {
      service++;
      return;
    }
    const start = entry.startsAt ? instantOfIso(entry.startsAt, timeZone) : null;
    const end = entry.endsAt ? instantOfIso(entry.endsAt, timeZone) : null;
    if (start === null) throw new ScheduleError(`${source}: ${where} has a startsAt “${entry.startsAt ?? ''}” that is not a date and time like 2026-02-01T10:00:00.`);
    if (end === null) throw new ScheduleError(`${source}: ${where} has an endsAt “${entry.endsAt ?? ''}” that is not a date and time like 2026-02-01T10:45:00.`);
    const items = (entry.categoryItems ?? []).map((item) => itemGroup.get(item)).filter((item) => item !== undefined);
    const track = items.find((item) => /track|topic|theme/.test(item.group))?.name ?? '';
    const format = items.find((item) => /format|type|kind|level of/.test(item.group) && !/level/.test(item.group))?.name ?? '';
    const speakerNames = (entry.speakers ?? []).map((speaker) => (typeof speaker === 'string' ? (speakers.get(speaker) ?? '') : (speaker.name ?? speakers.get(speaker.id) ?? '')));
    talks.push({
      where,
      talk: {
        sourceId: entry.id,
        title: entry.title.trim(),
        speakers: speakerNames.filter(Boolean),
        room: (entry.roomId !== undefined && entry.roomId !== null ? rooms.get(entry.roomId) : undefined) ?? entry.room ?? '',
        track,
        kind: kindFromLabel(format, entry.title),
        start,
        end,
        abstract: entry.description.trim().slice(0, 20_000),
        url: entry.liveUrl ?? '',
        starred: false,
      },
    });
  });
  if (service > 0) warnings.push(`${service} service ${service === 1 ? 'session (a break, lunch) was' : 'sessions (breaks, lunch) were'} left out: they are not talks.`);
  return finishSchedule({
    format: 'sessionize',
    source,
    name: options.conferenceName ?? source.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' '),
    timeZone,
    timeZoneAssumed: !options.fallbackTimeZone,
    url: '',
    rooms: (data.rooms ?? []).map((room) => room.name),
    tracks: [],
    talks,
    warnings,
  });
}
