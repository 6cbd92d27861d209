import type { ArchiveEntry, ArchiveKind, ArchiveRecord } from '../../../core/model/archiveRecord';
import { actionRowsFor, actionTables, replaceActionRows } from './actionRows';
import { database } from './database';
import { documentTables, putDocument, readDocument, readDocuments } from './documentRows';
import { putSessionRow, readAllSessions } from './sessionRows';

/** Ids and revisions of every local record, to reconcile with the disk archive. */
export async function localEntries(): Promise<ArchiveEntry[]> {
  const db = database();
  const [conferences, sessions, templates] = await db.transaction('r', [db.conferences, db.sessions, db.templates], () =>
    Promise.all([db.conferences.toArray(), readAllSessions(db.sessions), db.templates.toArray()]),
  );
  const entry = (kind: ArchiveKind) => (row: { id: string; revision: number; deleted?: boolean | undefined }): ArchiveEntry => ({
    kind,
    id: row.id,
    revision: row.revision,
    deleted: row.deleted === true,
  });
  return [...conferences.map(entry('conference')), ...sessions.map(entry('session')), ...templates.map(entry('template'))];
}

/** Full local records, in the form the disk archive keeps. */
export async function readLocalRecords(kind: ArchiveKind, ids: string[]): Promise<ArchiveRecord[]> {
  const db = database();
  if (kind === 'conference') {
    const rows = await db.conferences.bulkGet(ids);
    return rows.flatMap((conference) => (conference ? [{ kind, conference }] : []));
  }
  if (kind === 'session') {
    const [sessions, documents] = await db.transaction('r', [db.sessions, ...documentTables(db)], () =>
      Promise.all([db.sessions.bulkGet(ids), readDocuments(db, ids)]),
    );
    return sessions.flatMap((session, index) =>
      session ? [{ kind, record: { session, document: documents[index] ?? null } }] : [],
    );
  }
  if (kind === 'template') {
    const rows = await db.templates.bulkGet(ids);
    return rows.flatMap((template) => (template ? [{ kind, template }] : []));
  }
  return [];
}

/**
 * Stores records that came from the disk archive, unless the local copy is
 * already as new (a save may have happened while they were on their way).
 */
export async function storeRecordsFromDisk(records: ArchiveRecord[]): Promise<number> {
  const db = database();
  let stored = 0;
  await db.transaction('rw', [db.conferences, db.sessions, db.deletedSessions, ...documentTables(db), db.templates, ...actionTables(db)], async () => {
    const storedSessions: string[] = [];
    for (const record of records) {
      if (record.kind === 'conference') {
        const local = await db.conferences.get(record.conference.id);
        if (local && local.revision >= record.conference.revision) continue;
        await db.conferences.put(record.conference);
        stored++;
      } else if (record.kind === 'session') {
        const { session, document } = record.record;
        const local = await db.sessions.get(session.id);
        if (local && local.revision >= session.revision) continue;
        // A record from disk may be a tombstone, or bring a session back.
        await putSessionRow(db, session);
        if (document) await putDocument(db, document, !local);
        storedSessions.push(session.id);
        stored++;
      } else if (record.kind === 'template') {
        const local = await db.templates.get(record.template.id);
        if (local && local.revision >= record.template.revision) continue;
        await db.templates.put(record.template);
        stored++;
      }
    }
    // Action-item rows follow the documents that came in, in the same transaction.
    for (const sessionId of storedSessions) {
      const session = await db.sessions.get(sessionId);
      if (!session) continue;
      const rows = actionRowsFor(session, await readDocument(db, sessionId), await db.conferences.get(session.conferenceId));
      await replaceActionRows(db, sessionId, rows);
    }
  });
  return stored;
}
