import type { Conference } from '../model/conference';
import { newId } from '../model/ids';
import type { Session } from '../model/session';
import type { ParsedSchedule, ScheduledTalk } from './types';

/** A session already in the archive, and whether it holds notes (a document, or a clock that was started). */
export interface KnownSession {
  session: Session;
  hasNotes: boolean;
}

/** The schedule facts a re-import may change on a session; notes are never among them. */
export const scheduleFields = ['title', 'speakers', 'room', 'track', 'kind', 'scheduledStart', 'scheduledEnd', 'abstract', 'url'] as const;
export type ScheduleField = (typeof scheduleFields)[number];

export interface ChangedTalk {
  session: Session;
  talk: ScheduledTalk;
  fields: ScheduleField[];
  /** The time or room changed: the talk moved. */
  moved: boolean;
  /** It had been marked cancelled and is back in the schedule. */
  restored: boolean;
}

/** What importing a schedule would do, shown before anything is written. */
export interface SchedulePlan {
  schedule: ParsedSchedule;
  /** The conference the talks go into: the one found (changed where the schedule says more), or a new one. */
  conference: Conference;
  conferenceIsNew: boolean;
  conferenceChanged: boolean;
  added: ScheduledTalk[];
  changed: ChangedTalk[];
  unchanged: number;
  /** Gone from the schedule but holding notes: kept, marked cancelled. */
  cancelled: Session[];
  /** Gone from the schedule without notes: removed. */
  removed: Session[];
  /** Talks of a picks export that are starred by this import. */
  starred: number;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function changedFields(session: Session, talk: ScheduledTalk): ScheduleField[] {
  const fields: ScheduleField[] = [];
  if (session.title !== talk.title) fields.push('title');
  if (!sameList(session.speakers, talk.speakers)) fields.push('speakers');
  if (session.room !== talk.room) fields.push('room');
  if (session.track !== talk.track) fields.push('track');
  if (session.kind !== talk.kind) fields.push('kind');
  if (session.scheduledStart !== talk.start) fields.push('scheduledStart');
  if (session.scheduledEnd !== talk.end) fields.push('scheduledEnd');
  if ((session.abstract ?? '') !== talk.abstract) fields.push('abstract');
  if (session.url !== talk.url) fields.push('url');
  return fields;
}

/**
 * The conference a schedule belongs to: the one whose sessions already carry
 * its talks' ids (an earlier import of it), else the one of the same name,
 * else none (a new one is made).
 */
export function findScheduleConference(schedule: ParsedSchedule, conferences: readonly Conference[], sessions: readonly Session[]): Conference | null {
  const live = conferences.filter((conference) => !conference.deleted);
  const ids = new Set(schedule.talks.map((talk) => talk.sourceId));
  const hits = new Map<string, number>();
  for (const session of sessions) {
    if (!session.deleted && session.sourceId && ids.has(session.sourceId)) hits.set(session.conferenceId, (hits.get(session.conferenceId) ?? 0) + 1);
  }
  const best = [...hits.entries()].sort((a, b) => b[1] - a[1])[0];
  const byIds = best ? live.find((conference) => conference.id === best[0]) : undefined;
  if (byIds) return byIds;
  const name = schedule.conference.name.toLowerCase();
  return live.find((conference) => conference.name.toLowerCase() === name) ?? null;
}

function conferenceFor(schedule: ParsedSchedule, existing: Conference | null, now: number): { conference: Conference; changed: boolean } {
  const facts = schedule.conference;
  if (!existing) {
    return {
      conference: {
        id: newId(),
        name: facts.name,
        location: '',
        startDate: facts.startDate,
        endDate: facts.endDate,
        timeZone: facts.timeZone,
        url: facts.url,
        tags: [],
        rooms: facts.rooms,
        tracks: facts.tracks,
        revision: 1,
        updatedAt: now,
      },
      changed: true,
    };
  }
  const next: Conference = {
    ...existing,
    startDate: facts.startDate < existing.startDate ? facts.startDate : existing.startDate,
    endDate: facts.endDate > existing.endDate ? facts.endDate : existing.endDate,
    // The schedule's own zone is the truth for its times, unless the file named none.
    timeZone: facts.timeZoneAssumed ? existing.timeZone : facts.timeZone,
    url: existing.url || facts.url,
    rooms: facts.rooms,
    tracks: facts.tracks,
  };
  const changed =
    next.startDate !== existing.startDate ||
    next.endDate !== existing.endDate ||
    next.timeZone !== existing.timeZone ||
    next.url !== existing.url ||
    !sameList(next.rooms ?? [], existing.rooms ?? []) ||
    !sameList(next.tracks ?? [], existing.tracks ?? []);
  return { conference: changed ? { ...next, revision: existing.revision + 1, updatedAt: now } : existing, changed };
}

/**
 * Plans an import of `schedule` into `existing` (or a new conference): talks
 * are matched to sessions by source id; a talk not yet there is added, one
 * whose facts differ is changed (moved when its time or room did), a session
 * whose talk left the schedule is marked cancelled when it holds notes and
 * removed when it does not. Sessions the user made by hand (no source id) and
 * every document are left as they are. A picks file (every talk starred) only
 * stars and adds; it removes nothing, being a part of the schedule.
 */
export function planScheduleImport(schedule: ParsedSchedule, existing: Conference | null, known: readonly KnownSession[], now = Date.now()): SchedulePlan {
  const { conference, changed: conferenceChanged } = conferenceFor(schedule, existing, now);
  const bySource = new Map<string, KnownSession>();
  for (const entry of known) {
    if (existing && entry.session.conferenceId === existing.id && entry.session.sourceId && !entry.session.deleted) bySource.set(entry.session.sourceId, entry);
  }
  const isPicks = schedule.talks.length > 0 && schedule.talks.every((talk) => talk.starred);
  const plan: SchedulePlan = { schedule, conference, conferenceIsNew: existing === null, conferenceChanged, added: [], changed: [], unchanged: 0, cancelled: [], removed: [], starred: 0 };
  const present = new Set<string>();
  for (const talk of schedule.talks) {
    present.add(talk.sourceId);
    const entry = bySource.get(talk.sourceId);
    if (!entry) {
      plan.added.push(talk);
      if (talk.starred) plan.starred++;
      continue;
    }
    const fields = changedFields(entry.session, talk);
    const restored = entry.session.cancelled === true;
    const stars = talk.starred && !entry.session.starred;
    if (stars) plan.starred++;
    if (fields.length === 0 && !restored && !stars) {
      plan.unchanged++;
      continue;
    }
    plan.changed.push({ session: entry.session, talk, fields, moved: fields.some((field) => field === 'scheduledStart' || field === 'scheduledEnd' || field === 'room'), restored });
  }
  if (!isPicks) {
    for (const [sourceId, entry] of bySource) {
      if (present.has(sourceId)) continue;
      if (entry.hasNotes) {
        if (!entry.session.cancelled) plan.cancelled.push(entry.session);
      } else plan.removed.push(entry.session);
    }
  }
  return plan;
}

/** Whether a plan would write anything. */
export function planChangesNothing(plan: SchedulePlan): boolean {
  return !plan.conferenceIsNew && !plan.conferenceChanged && plan.added.length === 0 && plan.changed.length === 0 && plan.cancelled.length === 0 && plan.removed.length === 0;
}

/** A planned session (no notes yet) for a talk of the schedule. */
export function plannedSessionFor(talk: ScheduledTalk, conferenceId: string, now: number): Session {
  return {
    id: newId(),
    conferenceId,
    title: talk.title,
    speakers: talk.speakers,
    room: talk.room,
    track: talk.track,
    kind: talk.kind,
    url: talk.url,
    tags: [],
    scheduledStart: talk.start,
    scheduledEnd: talk.end,
    sourceId: talk.sourceId,
    abstract: talk.abstract,
    ...(talk.starred ? { starred: true } : {}),
    revision: 1,
    updatedAt: now,
  };
}

/** What storing a plan writes: the conference when new or changed, and each session to put (new, changed, cancelled, or a tombstone). */
export interface ScheduleWrites {
  conference: Conference | null;
  sessions: Session[];
}

/** The records a plan comes to. Documents are not among them: notes stay exactly as they are. */
export function scheduleWrites(plan: SchedulePlan, now = Date.now()): ScheduleWrites {
  const sessions: Session[] = [];
  const conferenceId = plan.conference.id;
  for (const talk of plan.added) sessions.push(plannedSessionFor(talk, conferenceId, now));
  for (const { session, talk, restored } of plan.changed) {
    const next: Session = {
      ...session,
      title: talk.title,
      speakers: talk.speakers,
      room: talk.room,
      track: talk.track,
      kind: talk.kind,
      scheduledStart: talk.start,
      scheduledEnd: talk.end,
      abstract: talk.abstract,
      url: talk.url,
      ...(talk.starred ? { starred: true } : {}),
      revision: session.revision + 1,
      updatedAt: now,
    };
    if (restored) delete next.cancelled;
    sessions.push(next);
  }
  for (const session of plan.cancelled) sessions.push({ ...session, cancelled: true, revision: session.revision + 1, updatedAt: now });
  for (const session of plan.removed) sessions.push({ ...session, deleted: true, revision: session.revision + 1, updatedAt: now });
  return { conference: plan.conferenceIsNew || plan.conferenceChanged ? plan.conference : null, sessions };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One line per kind of change, for the preview and the command line: "3 new talks", "1 talk moved". */
export function describePlan(plan: SchedulePlan): string[] {
  const lines: string[] = [];
  if (plan.conferenceIsNew) lines.push(`a new conference “${plan.conference.name}” (${plan.conference.startDate} to ${plan.conference.endDate}, ${plan.conference.timeZone})`);
  if (plan.added.length) lines.push(`${plural(plan.added.length, 'new talk')}`);
  const moved = plan.changed.filter((change) => change.moved).length;
  const restored = plan.changed.filter((change) => change.restored).length;
  const otherwise = plan.changed.length - moved - restored;
  if (moved) lines.push(`${plural(moved, 'talk')} moved`);
  if (otherwise > 0) lines.push(`${plural(otherwise, 'talk')} with changed details`);
  if (restored) lines.push(`${plural(restored, 'cancelled talk')} back in the schedule`);
  if (plan.cancelled.length) lines.push(`${plural(plan.cancelled.length, 'talk')} no longer in the schedule, kept with your notes and marked cancelled`);
  if (plan.removed.length) lines.push(`${plural(plan.removed.length, 'talk')} no longer in the schedule, removed (no notes)`);
  if (plan.starred) lines.push(`${plural(plan.starred, 'talk')} starred as your picks`);
  if (plan.unchanged) lines.push(`${plural(plan.unchanged, 'talk')} unchanged`);
  if (lines.length === 0) lines.push('nothing to change');
  return lines;
}
