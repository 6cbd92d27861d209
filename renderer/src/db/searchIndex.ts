import type { Conference } from '../../../core/model/conference';
import type { SessionRecord } from '../../../core/model/session';
import type { SavedIndexStore, SavedManifest } from '../../../core/search/savedIndexHost';
import { database } from './database';
import { documentTables, readDocuments } from './documentRows';
import { readAllSessions } from './sessionRows';

/**
 * The search index as saved between runs (schema version 8): the
 * `searchIndex` row holds the list of pieces, newest year first, and the
 * revision of every session and conference they were built from; each piece
 * is a row of `searchPieces`, in the compact stored form of
 * core/search/pieceCodec.ts.
 */
export interface SearchIndexRow extends SavedManifest {
  key: string;
  savedAt: number;
}

export interface SearchPieceRow {
  key: string;
  bytes: Uint8Array;
}

export interface RevisionRow {
  id: string;
  revision: number;
  deleted: boolean;
  conferenceId?: string;
}

export async function loadSearchSnapshot(): Promise<SearchIndexRow | null> {
  const row = await database().searchIndex.get('archive');
  if (!row || row.format !== 2 || !Array.isArray(row.keys)) return null;
  return row;
}

/**
 * The saved index as the search worker keeps it: the worker reads and writes
 * these rows itself, so the index never passes through the window's thread.
 * A save writes the manifest and the pieces that changed in one transaction.
 */
export const savedIndexStore: SavedIndexStore = {
  loadManifest: loadSearchSnapshot,
  loadPiece: async (key) => (await database().searchPieces.get(key))?.bytes ?? null,
  save: async ({ manifest, put, removed }) => {
    const db = database();
    await db.transaction('rw', [db.searchIndex, db.searchPieces], async () => {
      if (removed.length) await db.searchPieces.bulkDelete(removed);
      // Rows of no piece on the list (left by an index built again from scratch) go too.
      await db.searchPieces.where('key').noneOf(manifest.keys).delete();
      if (put.length) await db.searchPieces.bulkPut(put);
      await db.searchIndex.put({ ...manifest, key: 'archive', savedAt: Date.now() });
    });
  },
};

export async function clearSearchSnapshot(): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.searchIndex, db.searchPieces], async () => {
    await db.searchIndex.delete('archive');
    await db.searchPieces.clear();
  });
}

/** Id and revision of every session and conference (tombstones included), without documents. */
export async function archiveRevisions(): Promise<{ sessions: RevisionRow[]; conferences: RevisionRow[] }> {
  const db = database();
  return db.transaction('r', [db.sessions, db.conferences], async () => {
    const [sessions, conferences] = await Promise.all([readAllSessions(db.sessions), db.conferences.toArray()]);
    return {
      sessions: sessions.map((session) => ({ id: session.id, revision: session.revision, deleted: session.deleted === true, conferenceId: session.conferenceId })),
      conferences: conferences.map((conference) => ({ id: conference.id, revision: conference.revision, deleted: conference.deleted === true })),
    };
  });
}

/** Sessions with their documents, as search indexes them; missing ids are left out. */
export async function readSessionRecords(ids: readonly string[]): Promise<SessionRecord[]> {
  const db = database();
  return db.transaction('r', [db.sessions, ...documentTables(db)], async () => {
    const [sessions, documents] = await Promise.all([db.sessions.bulkGet([...ids]), readDocuments(db, ids)]);
    return sessions.flatMap((session, index) => (session ? [{ session, document: documents[index] ?? null }] : []));
  });
}

export async function readConferences(): Promise<Conference[]> {
  return database().conferences.toArray();
}

export interface ArchiveChange {
  sessionIds: string[];
  conferenceIds: string[];
}

const writesElsewhere = new Set<(change: ArchiveChange) => void>();

/**
 * Tells the watchers below of rows written by another thread (the document
 * save worker): Dexie's table hooks only see this thread's own writes.
 */
export function announceArchiveWrites(change: ArchiveChange): void {
  for (const listener of writesElsewhere) listener(change);
}

/**
 * Calls `listener` shortly after sessions or conferences are written (a save,
 * a rename, a record from disk), with the ids written. Reading them then
 * sees the committed rows: a read transaction waits for the write before it.
 */
export function watchArchiveChanges(listener: (change: ArchiveChange) => void, delayMs = 150): () => void {
  const db = database();
  const sessionIds = new Set<string>();
  const conferenceIds = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const change = { sessionIds: [...sessionIds], conferenceIds: [...conferenceIds] };
    sessionIds.clear();
    conferenceIds.clear();
    if (change.sessionIds.length || change.conferenceIds.length) listener(change);
  };
  const schedule = () => {
    timer ??= setTimeout(flush, delayMs);
  };
  const onSession = (key: unknown) => {
    if (typeof key === 'string') sessionIds.add(key);
    schedule();
  };
  const onConference = (key: unknown) => {
    if (typeof key === 'string') conferenceIds.add(key);
    schedule();
  };
  const sessionCreating = (key: unknown, row: { id: string }) => onSession(key ?? row.id);
  const sessionUpdating = (_mods: object, key: unknown) => onSession(key);
  const sessionDeleting = (key: unknown) => onSession(key);
  const conferenceCreating = (key: unknown, row: { id: string }) => onConference(key ?? row.id);
  const conferenceUpdating = (_mods: object, key: unknown) => onConference(key);
  const conferenceDeleting = (key: unknown) => onConference(key);
  db.sessions.hook('creating', sessionCreating);
  db.sessions.hook('updating', sessionUpdating);
  db.sessions.hook('deleting', sessionDeleting);
  db.conferences.hook('creating', conferenceCreating);
  db.conferences.hook('updating', conferenceUpdating);
  db.conferences.hook('deleting', conferenceDeleting);
  const onElsewhere = (change: ArchiveChange) => {
    change.sessionIds.forEach((id) => sessionIds.add(id));
    change.conferenceIds.forEach((id) => conferenceIds.add(id));
    schedule();
  };
  writesElsewhere.add(onElsewhere);
  return () => {
    writesElsewhere.delete(onElsewhere);
    db.sessions.hook('creating').unsubscribe(sessionCreating);
    db.sessions.hook('updating').unsubscribe(sessionUpdating);
    db.sessions.hook('deleting').unsubscribe(sessionDeleting);
    db.conferences.hook('creating').unsubscribe(conferenceCreating);
    db.conferences.hook('updating').unsubscribe(conferenceUpdating);
    db.conferences.hook('deleting').unsubscribe(conferenceDeleting);
    if (timer) clearTimeout(timer);
  };
}

/**
 * The tags sessions carry themselves, one spelling each, by name: what the
 * search index filters on (a conference's own tags are not a session's).
 */
export async function listSessionTags(): Promise<string[]> {
  const spellings = new Map<string, string>();
  for (const session of await database().sessions.toArray()) {
    if (session.deleted) continue;
    for (const tag of session.tags) {
      const key = tag.trim().toLocaleLowerCase();
      if (key && !spellings.has(key)) spellings.set(key, tag.trim());
    }
  }
  return [...spellings.values()].sort((a, b) => a.localeCompare(b));
}
