import { sessionSchema, type Session, type SessionKind } from '../../../core/model/session';
import { instantOf } from './wallTime';

/** Splits "Ada Lovelace, Grace Hopper" (commas or semicolons) into names. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export type DetailsPatch = Pick<Session, 'title' | 'speakers' | 'room' | 'track' | 'kind' | 'tags' | 'url' | 'scheduledStart' | 'scheduledEnd'>;

const fieldLabels: Record<string, string> = { title: 'Title', speakers: 'Speakers', room: 'Room', track: 'Track', tags: 'Tags', url: 'Link' };

/** Reads the form into a patch, or says what does not fit. Times are read on the conference's clock. */
export function readDetails(form: { get(name: string): unknown }, session: Session, timeZone: string): { patch: DetailsPatch } | { error: string } {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const day = text('day');
  const startTime = text('start');
  const endTime = text('end');
  let scheduledStart: number | undefined;
  let scheduledEnd: number | undefined;
  if (startTime) {
    const start = instantOf(day, startTime, timeZone);
    if (start === null) return { error: day ? 'Give the start as a time of day, such as 10:30.' : 'Give the day the session is on.' };
    scheduledStart = start;
  }
  if (endTime) {
    if (scheduledStart === undefined) return { error: 'Give a start time as well as an end time.' };
    const end = instantOf(day, endTime, timeZone);
    if (end === null) return { error: 'Give the end as a time of day, such as 11:15.' };
    if (end <= scheduledStart) return { error: 'The end is not after the start.' };
    scheduledEnd = end;
  }
  const patch: DetailsPatch = {
    title: text('title'),
    speakers: splitList(text('speakers')),
    room: text('room'),
    track: text('track'),
    kind: text('kind') as SessionKind,
    tags: [...new Set(splitList(text('tags')).map((tag) => tag.replace(/^#+/, '')).filter(Boolean))],
    url: text('url'),
    scheduledStart,
    scheduledEnd,
  };
  const checked = sessionSchema.safeParse({ ...session, ...patch });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue ? fieldLabels[String(issue.path[0])] : undefined;
    return { error: issue ? (field && !/^Give/.test(issue.message) ? `${field}: ${issue.message}` : issue.message) : 'Some fields do not fit.' };
  }
  return { patch };
}

