import { z } from 'zod';
import { sessionKinds } from '../model/session';
import { dayKey } from '../time/stamps';
import { isValidTimeZone } from '../time/zones';
import { ScheduleError } from './errors';
import type { ParsedSchedule, ScheduleFormat, ScheduledTalk } from './types';

const epochMs = z.number().int().nonnegative();

/** The shape every parser's talks must have, whatever the format: checked before anything is imported. */
export const scheduledTalkSchema = z.object({
  sourceId: z.string().trim().min(1, 'has no id').max(300, 'has an id longer than 300 characters'),
  title: z.string().trim().min(1, 'has no title').max(300, 'has a title longer than 300 characters'),
  speakers: z.array(z.string().trim().min(1).max(200)).max(50),
  room: z.string().max(200),
  track: z.string().max(200),
  kind: z.enum(sessionKinds),
  start: epochMs,
  end: epochMs,
  abstract: z.string().max(20_000),
  url: z.string().max(2000),
  starred: z.boolean(),
});

/** A talk as a parser found it, with where it stands in the file for messages ("event 3 (guid …)"). */
export interface FoundTalk {
  talk: ScheduledTalk;
  /** "line 42", "event \"Opening\" (guid 1c2…)": how a message points at it. */
  where: string;
}

export interface FoundSchedule {
  format: ScheduleFormat;
  source: string;
  name: string;
  timeZone: string;
  timeZoneAssumed: boolean;
  url: string;
  /** Days the file declares (the frab conference's start and end), if any. */
  startDate?: string | undefined;
  endDate?: string | undefined;
  rooms: string[];
  tracks: string[];
  talks: FoundTalk[];
  warnings: string[];
}

/**
 * Checks what a parser found and makes the schedule: every talk has an id, a
 * title and an end no earlier than its start; no id comes twice; the file
 * holds at least one talk. The first problem stops the import with a message
 * that says where it is.
 */
export function finishSchedule(found: FoundSchedule): ParsedSchedule {
  const { source } = found;
  if (!isValidTimeZone(found.timeZone)) {
    throw new ScheduleError(`${source}: the time zone “${found.timeZone}” is not an IANA time zone such as Europe/Berlin.`);
  }
  if (found.talks.length === 0) {
    throw new ScheduleError(`${source} holds no talks: it may be an empty schedule or not a schedule at all.`);
  }
  const seen = new Map<string, string>();
  const talks: ScheduledTalk[] = [];
  for (const { talk, where } of found.talks) {
    const checked = scheduledTalkSchema.safeParse(talk);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      const reason = issue?.message && !issue.message.startsWith('Expected') && !issue.message.startsWith('Invalid') ? issue.message : `has a bad ${field}`;
      throw new ScheduleError(`${source}: ${where} ${reason}.`);
    }
    if (talk.end < talk.start) {
      throw new ScheduleError(`${source}: ${where} ends before it starts. Fix its times in the schedule and import it again.`);
    }
    const earlier = seen.get(talk.sourceId);
    if (earlier !== undefined) {
      throw new ScheduleError(`${source}: ${where} has the id ${talk.sourceId}, like ${earlier}. Ids must be unique for a re-import to find each talk again.`);
    }
    seen.set(talk.sourceId, where);
    talks.push(checked.data);
  }
  talks.sort((a, b) => a.start - b.start || a.room.localeCompare(b.room) || a.title.localeCompare(b.title));
  const firstDay = dayKey(talks[0]?.start ?? 0, found.timeZone);
  const lastDay = dayKey(Math.max(...talks.map((talk) => Math.max(talk.start, talk.end - 1))), found.timeZone);
  const startDate = found.startDate && found.startDate < firstDay ? found.startDate : firstDay;
  const endDate = found.endDate && found.endDate > lastDay ? found.endDate : lastDay;
  const unique = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  return {
    format: found.format,
    source,
    conference: {
      name: found.name.trim().slice(0, 200) || source,
      startDate,
      endDate: endDate < startDate ? startDate : endDate,
      timeZone: found.timeZone,
      timeZoneAssumed: found.timeZoneAssumed,
      url: found.url.slice(0, 2000),
      rooms: unique([...found.rooms, ...talks.map((talk) => talk.room)]),
      tracks: unique([...found.tracks, ...talks.map((talk) => talk.track)]),
    },
    talks,
    warnings: found.warnings,
  };
}

/** A zod error on a file's raw shape as a message naming the field ("schedule.conference.days[0].date"). */
export function fieldError(source: string, error: z.ZodError, describe?: (path: ReadonlyArray<PropertyKey>) => string | null): ScheduleError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const field = path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
  const about = describe?.(path);
  const received = issue && /received undefined/.test(issue.message) ? 'is missing' : 'is not what a schedule holds there';
  return new ScheduleError(`${source}: the field ${field || '(top level)'}${about ? ` of ${about}` : ''} ${received}${issue?.message && !/^(Required|Expected|Invalid)/i.test(issue.message) ? ` (${issue.message})` : ''}.`);
}
