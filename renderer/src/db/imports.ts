import { recordsForImport } from '../../../core/import/records';
import { attachNotesToPlanned } from '../../../core/schedule/matchNotes';
import type { ImportPlan, PlannedSession } from '../../../core/import/types';
import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import { dayKey } from '../../../core/time/stamps';
import { actionRowsFor, actionTables, replaceActionRows } from './actionRows';
import { documentTables, putDocument } from './documentRows';
import { database } from './database';

/** Source hashes of the sessions in the local store (deleted sessions may be imported again). */
export async function knownSourceHashes(): Promise<Set<string>> {
  const sessions = await database().sessions.toArray();
  const hashes = new Set<string>();
  for (const session of sessions) if (session.sourceHash && !session.deleted) hashes.add(session.sourceHash);
  return hashes;
}

/** A conference's sessions from its schedule that hold no notes yet. */
async function plannedWithoutNotes(db: ReturnType<typeof database>, conferenceId: string): Promise<Session[]> {
  const sessions = (await db.sessions.where('conferenceId').equals(conferenceId).toArray()).filter((session) => session.sourceId !== undefined && !session.deleted);
  const withDocuments = new Set(await db.documents.where('sessionId').anyOf(sessions.map((session) => session.id)).primaryKeys());
  return sessions.filter((session) => !withDocuments.has(session.id) && session.actualStart === undefined);
}

/** One file's plan and where its sessions go: an existing conference, or null for a new one made from the plan. */
export interface ImportRequest {
  plan: ImportPlan;
  conferenceId: string | null;
}

export interface StoredFile {
  name: string;
  conference: Conference;
  created: Session[];
  skipped: PlannedSession[];
}

export interface StoredImport {
  files: StoredFile[];
  /** Conferences written (new ones, and existing ones whose dates were widened), to send to the disk archive. */
  conferences: Conference[];
  /** Sessions created, to send to the disk archive. */
  sessions: Session[];
}

/**
 * Stores imported sessions, their documents and their conferences in one
 * transaction. Sessions whose source hash is already stored (or comes twice
 * in this import) are skipped. Files that go to a new conference of the same
 * name share one new conference.
 */
export async function storeImport(requests: readonly ImportRequest[], now = Date.now()): Promise<StoredImport> {
  const db = database();
  return db.transaction('rw', [db.conferences, db.sessions, ...documentTables(db), ...actionTables(db)], async () => {
    const knownHashes = new Set<string>();
    await db.sessions.each((session) => {
      if (session.sourceHash && !session.deleted) knownHashes.add(session.sourceHash);
    });
    const newByName = new Map<string, Conference>();
    const written = new Map<string, Conference>();
    const files: StoredFile[] = [];
    const sessions: Session[] = [];
    for (const { plan, conferenceId } of requests) {
      let existing: Conference | null;
      if (conferenceId) {
        existing = written.get(conferenceId) ?? (await db.conferences.get(conferenceId)) ?? null;
        if (!existing || existing.deleted) throw new Error('The conference chosen for the import no longer exists; choose another.');
      } else {
        existing = newByName.get(plan.conference.name.toLowerCase()) ?? null;
      }
      const records = recordsForImport(plan, { existing, knownHashes, today: dayKey(now, plan.conference.timeZone), now });
      const conference = records.conference;
      if (records.conferenceIsNew || records.conferenceChanged) {
        await db.conferences.put(conference);
        written.set(conference.id, conference);
      }
      if (!conferenceId) newByName.set(plan.conference.name.toLowerCase(), conference);
      // Notes taken in talks of the conference's imported schedule go into those planned sessions.
      const planned = existing ? await plannedWithoutNotes(db, conference.id) : [];
      const creating = plan.sessions.filter((session) => !records.duplicates.includes(session));
      const dates = new Map(records.sessions.map((record, index) => [record, creating[index]?.date ?? null]));
      const created: Session[] = [];
      for (const record of attachNotesToPlanned(records.sessions, planned, conference.timeZone, dates).records) {
        const { session, document } = record;
        await db.sessions.put(session);
        if (document) {
          await putDocument(db, document, true);
          await replaceActionRows(db, session.id, actionRowsFor(session, document, conference));
        }
        if (session.sourceHash) knownHashes.add(session.sourceHash);
        created.push(session);
      }
      sessions.push(...created);
      files.push({ name: plan.source.name, conference, created, skipped: records.duplicates });
    }
    return { files, conferences: [...written.values()], sessions };
  });
}
