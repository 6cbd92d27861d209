import type { Conference } from '../../../core/model/conference';
import { nextRevision } from '../../../core/model/revision';
import type { EditorStateJson, Session, SessionDocument } from '../../../core/model/session';
import type { Template } from '../../../core/model/template';
import { findScheduleConference, type KnownSession, type ScheduleWrites } from '../../../core/schedule/reimport';
import type { ParsedSchedule } from '../../../core/schedule/types';
import { actionRowsFor, actionTables, replaceActionRows } from './actionRows';
import { database } from './database';
import { documentTables, putDocument, readDocument } from './documentRows';
import { putSessionRow } from './sessionRows';

/** Now/next reads this far either side of the clock: a talk longer than this is not a talk. */
const WINDOW_MS = 24 * 3_600_000;

/** The conference a schedule belongs to in the local store (found by its talks' ids, else its name), and its sessions. */
export async function readScheduleTarget(schedule: ParsedSchedule): Promise<{ conference: Conference | null; known: KnownSession[] }> {
  const db = database();
  return db.transaction('r', [db.conferences, db.sessions, db.documents], async () => {
    const conferences = await db.conferences.toArray();
    const ids = new Set(schedule.talks.map((talk) => talk.sourceId));
    // Only sessions that came from a schedule can match; reading them by conference keeps this light.
    const candidates: Session[] = [];
    for (const conference of conferences) {
      if (conference.deleted) continue;
      const sessions = await db.sessions.where('conferenceId').equals(conference.id).toArray();
      candidates.push(...sessions.filter((session) => session.sourceId !== undefined));
    }
    const conference = findScheduleConference(schedule, conferences, candidates.filter((session) => ids.has(session.sourceId as string)));
    if (!conference) return { conference: null, known: [] };
    const sessions = candidates.filter((session) => session.conferenceId === conference.id && !session.deleted);
    const withDocuments = new Set((await db.documents.where('sessionId').anyOf(sessions.map((session) => session.id)).primaryKeys()) as string[]);
    return { conference, known: sessions.map((session) => ({ session, hasNotes: withDocuments.has(session.id) || session.actualStart !== undefined })) };
  });
}

/**
 * Stores what a schedule import writes, in one transaction: the conference,
 * and each session's metadata (new, moved, cancelled, or a tombstone).
 * Documents are only read, to keep the action rows of a changed session in
 * step; no note is written.
 */
export async function storeScheduleWrites(writes: ScheduleWrites): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.conferences, db.sessions, db.deletedSessions, ...documentTables(db), ...actionTables(db)], async () => {
    if (writes.conference) await db.conferences.put(writes.conference);
    const conference = writes.conference ?? (writes.sessions[0] ? await db.conferences.get(writes.sessions[0].conferenceId) : undefined);
    for (const session of writes.sessions) {
      await putSessionRow(db, session);
      if (session.revision > 1) {
        const document = await readDocument(db, session.id);
        if (document) await replaceActionRows(db, session.id, actionRowsFor(session, document, conference));
        else if (session.deleted) await replaceActionRows(db, session.id, []);
      }
    }
  });
}

/** A conference's planned and attended sessions scheduled around `now`, for "now and next". */
export async function sessionsAround(conferenceId: string, now: number): Promise<Session[]> {
  const sessions = await database()
    .sessions.where('[conferenceId+scheduledStart]')
    .between([conferenceId, now - WINDOW_MS], [conferenceId, now + WINDOW_MS], true, true)
    .toArray();
  return sessions.filter((session) => !session.deleted);
}

/** The conferences whose days include `now` (a day of slack either side for zones), with their sessions around it. */
export async function conferencesOnNow(now: number): Promise<Array<{ conference: Conference; sessions: Session[] }>> {
  const db = database();
  const yesterday = new Date(now - WINDOW_MS).toISOString().slice(0, 10);
  const tomorrow = new Date(now + WINDOW_MS).toISOString().slice(0, 10);
  const conferences = (await db.conferences.toArray()).filter((conference) => !conference.deleted && conference.startDate <= tomorrow && conference.endDate >= yesterday);
  const out: Array<{ conference: Conference; sessions: Session[] }> = [];
  for (const conference of conferences) {
    const sessions = await sessionsAround(conference.id, now);
    if (sessions.some((session) => session.scheduledEnd !== undefined)) out.push({ conference, sessions });
  }
  return out;
}

/** Stars or unstars a talk: one of the user's picks, kept with the session. */
export async function setStarred(sessionId: string, starred: boolean): Promise<Session> {
  const db = database();
  return db.transaction('rw', [db.sessions], async () => {
    const current = await db.sessions.get(sessionId);
    if (!current || current.deleted) throw new Error('That talk is no longer in the archive.');
    const { starred: _was, ...rest } = current;
    const next: Session = nextRevision(starred ? { ...rest, starred: true } : rest);
    await db.sessions.put(next);
    return next;
  });
}

/**
 * Starts the note of a planned talk: gives it its first document (made by
 * `makeDocument` from the templates, only when it has none yet) and starts
 * its clock, in one transaction. A talk that has notes keeps them; its clock
 * starts if it had not.
 */
export async function startTalkNote(
  sessionId: string,
  makeDocument: (session: Session, conference: Conference | undefined, userTemplates: readonly Template[]) => EditorStateJson,
  now = Date.now(),
): Promise<{ session: Session; document: SessionDocument; created: boolean }> {
  const db = database();
  return db.transaction('rw', [db.sessions, db.conferences, db.templates, ...documentTables(db), ...actionTables(db)], async () => {
    const current = await db.sessions.get(sessionId);
    if (!current || current.deleted) throw new Error('That talk is no longer in the archive.');
    const conference = await db.conferences.get(current.conferenceId);
    const existing = await readDocument(db, sessionId);
    const session: Session = { ...nextRevision(current, now), ...(current.actualStart === undefined ? { actualStart: now } : {}) };
    if (existing) {
      if (current.actualStart === undefined) await db.sessions.put(session);
      return { session: current.actualStart === undefined ? session : current, document: existing, created: false };
    }
    const templates = (await db.templates.toArray()).filter((template) => !template.deleted);
    const document: SessionDocument = { sessionId, content: makeDocument(current, conference, templates), revision: session.revision, updatedAt: now };
    await db.sessions.put(session);
    await putDocument(db, document, true);
    await replaceActionRows(db, sessionId, actionRowsFor(session, document, conference));
    return { session, document, created: true };
  });
}
