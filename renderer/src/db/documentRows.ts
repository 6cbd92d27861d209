import type { EntityTable, Table } from 'dexie';
import { joinDocumentText } from '../../../core/editor/documentText';
import type { SessionDocument } from '../../../core/model/session';
import { parseStoredText, type StoredDocumentText } from './documentText';

/**
 * How the documents table keeps a session's document. Three forms, all read
 * back as the same SessionDocument by readDocuments:
 * - the content as an object (rows written before the others existed, and
 *   saves from this thread: ticking an item, an import, the archive);
 * - the content as its JSON text (./documentText);
 * - the JSON text in chunks (./documentChunks): the save worker's form, so a
 *   save while typing stores a chunk or two instead of 2 MB.
 */
export interface ChunkedDocumentRow {
  sessionId: string;
  revision: number;
  updatedAt: number;
  /** The text before and after the array of blocks. */
  head: string;
  tail: string;
  /** Ids of the rows of documentChunks holding the blocks, in order (an id may come twice when two chunks are the same). */
  chunks: string[];
}

export type StoredDocumentRow = SessionDocument | StoredDocumentText | ChunkedDocumentRow;

/** A run of a document's blocks, as JSON text (the blocks joined by `,`). */
export interface DocumentChunkRow {
  sessionId: string;
  chunk: string;
  text: string;
}

/** The two tables a document lives in; every transaction that reads or writes documents names both. */
export interface DocumentTables {
  documents: EntityTable<StoredDocumentRow, 'sessionId'>;
  documentChunks: Table<DocumentChunkRow, [string, string]>;
}

export function documentTables(db: DocumentTables): [DocumentTables['documents'], DocumentTables['documentChunks']] {
  return [db.documents, db.documentChunks];
}

export function isChunked(row: StoredDocumentRow): row is ChunkedDocumentRow {
  return Array.isArray((row as Partial<ChunkedDocumentRow>).chunks);
}

function missingChunk(sessionId: string): Error {
  return new Error(
    `The notes of session ${sessionId} are incomplete in this computer's store (a part of them is missing). The archive folder keeps the last copy written to disk: restart Plenary to restore it from there.`,
  );
}

/** The documents of these sessions, in the same order (undefined where a session has none). */
export async function readDocuments(db: DocumentTables, sessionIds: readonly string[]): Promise<(SessionDocument | undefined)[]> {
  const rows = await db.documents.bulkGet([...sessionIds]);
  const chunkKeys: [string, string][] = [];
  for (const row of rows) if (row && isChunked(row)) for (const chunk of row.chunks) chunkKeys.push([row.sessionId, chunk]);
  const chunkRows = chunkKeys.length > 0 ? await db.documentChunks.bulkGet(chunkKeys) : [];
  const chunkText = new Map<string, string>();
  for (const chunk of chunkRows) if (chunk) chunkText.set(`${chunk.sessionId}\u0000${chunk.chunk}`, chunk.text);
  return rows.map((row) => {
    if (!row) return undefined;
    if (!isChunked(row)) return typeof row.content === 'string' ? parseStoredText(row as StoredDocumentText) : (row as SessionDocument);
    const texts = row.chunks.map((chunk) => chunkText.get(`${row.sessionId}\u0000${chunk}`));
    if (texts.some((text) => text === undefined)) throw missingChunk(row.sessionId);
    const { head, tail, chunks: _chunks, ...fields } = row;
    return parseStoredText({ ...fields, content: joinDocumentText({ head, blocks: texts as string[], tail }) });
  });
}

export async function readDocument(db: DocumentTables, sessionId: string): Promise<SessionDocument | undefined> {
  return (await readDocuments(db, [sessionId]))[0];
}

/** Every stored document (a rebuild of derived tables), read a hundred sessions at a time. */
export async function readAllDocuments(db: DocumentTables): Promise<SessionDocument[]> {
  const ids = (await db.documents.toCollection().primaryKeys()) as string[];
  const documents: SessionDocument[] = [];
  for (let start = 0; start < ids.length; start += 100) {
    for (const document of await readDocuments(db, ids.slice(start, start + 100))) if (document) documents.push(document);
  }
  return documents;
}

/**
 * Stores a whole document (as an object or as its text), and drops the
 * chunks of the form it replaces. `newSession` says the session was not
 * stored before (created, imported, or restored into an empty store), so it
 * has no chunks to look for: a restore of 10,000 sessions need not ask
 * 10,000 times.
 */
export async function putDocument(db: DocumentTables, row: SessionDocument | StoredDocumentText, newSession = false): Promise<void> {
  if (!newSession) await db.documentChunks.where('sessionId').equals(row.sessionId).delete();
  await db.documents.put(row);
}
