import { newId } from '../../../core/model/ids';
import type { ChunkedDocumentRow, DocumentTables } from './documentRows';

interface ChunksOfSession {
  /** Chunk ids in document order, as the document row lists them. */
  ids: string[];
  idByText: Map<string, string>;
}

/**
 * Stores documents in chunks (core/sync/documentChunks) and remembers, per
 * session, which text each stored chunk holds, so the next save writes only
 * the chunks whose text is new and deletes those that went away. Lives in
 * the save worker, one per worker.
 *
 * What it remembers is trusted only while the document row still lists the
 * same chunks it wrote last: any other write of the document (a tick from
 * the Actions view, a record from the archive folder, a save that failed
 * and rolled back) leaves a different list, and the next save then writes
 * every chunk afresh and deletes all the session's others.
 */
export class StoredChunks {
  private readonly sessions = new Map<string, ChunksOfSession>();

  /** Writes the document row and its chunks. Call inside a transaction over both tables (documentTables). */
  async put(
    db: DocumentTables,
    row: { sessionId: string; revision: number; updatedAt: number; head: string; tail: string },
    chunkTexts: readonly string[],
  ): Promise<void> {
    const { sessionId } = row;
    const current = await db.documents.get(sessionId);
    const known = this.sessions.get(sessionId);
    const currentIds = current && 'chunks' in current ? current.chunks : null;
    const trusted = known !== undefined && currentIds !== null && sameList(currentIds, known.ids);
    const idByText = new Map<string, string>();
    const ids: string[] = [];
    const written: { sessionId: string; chunk: string; text: string }[] = [];
    for (const text of chunkTexts) {
      let id = idByText.get(text) ?? (trusted ? known.idByText.get(text) : undefined);
      if (id === undefined) {
        id = newId();
        written.push({ sessionId, chunk: id, text });
      }
      idByText.set(text, id);
      ids.push(id);
    }
    if (trusted) {
      const kept = new Set(ids);
      const gone = [...new Set(known.ids)].filter((id) => !kept.has(id));
      if (gone.length > 0) await db.documentChunks.bulkDelete(gone.map((id): [string, string] => [sessionId, id]));
    } else {
      await db.documentChunks.where('sessionId').equals(sessionId).delete();
    }
    if (written.length > 0) await db.documentChunks.bulkPut(written);
    const stored: ChunkedDocumentRow = { ...row, chunks: ids };
    await db.documents.put(stored);
    this.sessions.set(sessionId, { ids, idByText });
  }

  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
