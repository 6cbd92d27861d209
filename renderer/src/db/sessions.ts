import type { Conference } from '../../../core/model/conference';
import { newId } from '../../../core/model/ids';
import { nextRevision } from '../../../core/model/revision';
import { sessionSchema, type EditorStateJson, type Session, type SessionDocument } from '../../../core/model/session';
import { actionRowsFor, actionTables, RememberedActionRows, replaceActionRows, type ActionItemRecord } from './actionRows';
import { documentAsText } from './documentText';
import { StoredChunks } from './documentChunks';
import { documentTables, putDocument, readDocument } from './documentRows';
import { database, type PlenaryDatabase } from './database';
import { putSessionRow } from './sessionRows';

export type SessionInput = Pick<Session, 'conferenceId' | 'title'> &
  Partial<Pick<Session, 'speakers' | 'room' | 'track' | 'kind' | 'url' | 'tags' | 'scheduledStart' | 'scheduledEnd' | 'templateId'>>;

function byStart(a: Session, b: Session): number {
  const aStart = a.actualStart ?? a.scheduledStart ?? a.updatedAt;
  const bStart = b.actualStart ?? b.scheduledStart ?? b.updatedAt;
  return aStart - bStart || a.title.localeCompare(b.title);
}

/** A conference's sessions in the order they happened (or were created). */
export async function listSessions(conferenceId: string): Promise<Session[]> {
  const sessions = await database().sessions.where('conferenceId').equals(conferenceId).toArray();
  return sessions.filter((session) => !session.deleted).sort(byStart);
}

export async function getSession(id: string): Promise<Session | undefined> {
  const session = await database().sessions.get(id);
  return session && !session.deleted ? session : undefined;
}

export async function getDocument(sessionId: string): Promise<SessionDocument | undefined> {
  return readDocument(database(), sessionId);
}

/** Creates a session and its first document in one transaction. */
export async function createSession(input: SessionInput, content: EditorStateJson, now = Date.now()): Promise<Session> {
  const session = sessionSchema.parse({ ...input, id: newId(), revision: 1, updatedAt: now });
  const document: SessionDocument = { sessionId: session.id, content, revision: 1, updatedAt: now };
  const db = database();
  await db.transaction('rw', [db.sessions, ...documentTables(db), db.conferences, ...actionTables(db)], async () => {
    await db.sessions.add(session);
    await putDocument(db, document, true);
    await replaceActionRows(db, session.id, actionRowsFor(session, document, await db.conferences.get(session.conferenceId)));
  });
  return session;
}

export async function updateSession(id: string, patch: Partial<Omit<Session, 'id' | 'revision' | 'updatedAt'>>): Promise<Session> {
  const db = database();
  return db.transaction('rw', [db.sessions, db.deletedSessions, ...documentTables(db), db.conferences, ...actionTables(db)], async () => {
    const current = await db.sessions.get(id);
    if (!current || current.deleted) throw new Error('That session no longer exists.');
    const updated = sessionSchema.parse(nextRevision({ ...current, ...patch }));
    // A patch may delete the session or move it to another conference.
    await putSessionRow(db, updated);
    // Tags, start and deletion change the rows (tags to filter by, the day "tomorrow" counts from).
    const rows = actionRowsFor(updated, await readDocument(db, id), await db.conferences.get(updated.conferenceId));
    await replaceActionRows(db, id, rows);
    return updated;
  });
}

/**
 * Saves an editor snapshot: the document and the session's revision move
 * together in one transaction, so the disk copy (one file per session) always
 * pairs a session with the document of the same revision. `contentJson`, the
 * same content as JSON text when the caller has it, is what gets stored (a
 * string is far cheaper for IndexedDB to clone; see ./documentText).
 */
export async function saveDocument(
  sessionId: string,
  content: EditorStateJson,
  now = Date.now(),
  contentJson?: string,
): Promise<{ session: Session; document: SessionDocument }> {
  let document: SessionDocument | undefined;
  const session = await saveRevision(
    sessionId,
    now,
    (db, next) => {
      document = { sessionId, content, revision: next.revision, updatedAt: now };
      return putDocument(db, contentJson === undefined ? document : documentAsText(document, contentJson));
    },
    (next, conference) => actionRowsFor(next, document, conference),
  );
  return { session, document: document as SessionDocument };
}

/** What the save worker remembers of what it stored, so a save writes (and reads) only what changed. */
export interface SaveMemory {
  chunks: StoredChunks;
  actionRows: RememberedActionRows;
}

export function newSaveMemory(): SaveMemory {
  return { chunks: new StoredChunks(), actionRows: new RememberedActionRows() };
}

/** Reads what is stored of a session's action rows into `memory`, so its first save need not read them. */
export async function primeActionRows(memory: SaveMemory, sessionId: string): Promise<void> {
  await memory.actionRows.prime(database(), sessionId);
}

/**
 * Saves a document given as the JSON text of its frame and chunks of its
 * blocks (core/sync/documentChunks), storing only the chunks the stored
 * document lacks (./documentChunks), with its action rows derived by the caller from the
 * session and conference read in the same transaction (the save worker
 * derives them block by block, never parsing the whole document). Revision,
 * document and rows move together, as in saveDocument. The chunks are
 * hashed before the transaction opens, so this save cannot join a caller's
 * transaction; the save worker never asks it to.
 */
export async function saveDocumentInChunks(
  sessionId: string,
  text: { head: string; tail: string; chunks: readonly string[] },
  now: number,
  memory: SaveMemory,
  deriveRows: (session: Session, conference: Conference | undefined) => ActionItemRecord[],
): Promise<Session> {
  const named = await memory.chunks.name(sessionId, text.chunks);
  return saveRevision(
    sessionId,
    now,
    (db, next) => memory.chunks.put(db, { sessionId, revision: next.revision, updatedAt: now, head: text.head, tail: text.tail }, named),
    deriveRows,
    memory.actionRows,
  );
}

/** One document save: the session's next revision, its document and its action rows, in one transaction. */
async function saveRevision(
  sessionId: string,
  now: number,
  writeDocument: (db: PlenaryDatabase, session: Session) => Promise<void>,
  deriveRows: (session: Session, conference: Conference | undefined) => ActionItemRecord[],
  remembered?: RememberedActionRows,
): Promise<Session> {
  const db = database();
  return db.transaction('rw', [db.sessions, ...documentTables(db), db.conferences, ...actionTables(db)], async () => {
    const current = await db.sessions.get(sessionId);
    if (!current || current.deleted) throw new Error('That session no longer exists; the change was not saved.');
    const session = nextRevision(current, now);
    await db.sessions.put(session);
    await writeDocument(db, session);
    // The action-items rows move with the document, in the same transaction.
    await replaceActionRows(db, sessionId, deriveRows(session, await db.conferences.get(session.conferenceId)), remembered);
    return session;
  });
}
