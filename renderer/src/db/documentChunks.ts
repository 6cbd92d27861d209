import { isChunked, type ChunkedDocumentRow, type DocumentTables } from './documentRows';

/** A document's chunks with the content id of each. */
export interface NamedChunks {
  texts: readonly string[];
  ids: readonly string[];
}

/** The first 128 bits of the SHA-256 of the chunk's UTF-8 text, in base64url: 22 characters. */
async function contentId(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest.subarray(0, 16)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * Stores documents in chunks (core/sync/documentChunks), each chunk keyed by
 * its content: a save writes only chunks whose id the document row does not
 * list yet and deletes those it no longer lists. Because the id says what a
 * chunk holds, the stored row alone tells what is stored, whoever wrote it
 * and whether the last save rolled back; so the first save after a session
 * is opened again writes only what changed, not the whole document. Lives in
 * the save worker, one per worker; it remembers each chunk text's id from
 * the last save so only new texts are hashed.
 */
export class StoredChunks {
  private readonly known = new Map<string, Map<string, string>>();

  /** The content ids of a document's chunks. Call before the save's transaction: hashing is asynchronous, and a transaction cannot wait for it. */
  async name(sessionId: string, texts: readonly string[]): Promise<NamedChunks> {
    const before = this.known.get(sessionId);
    const now = new Map<string, string>();
    const ids: string[] = [];
    for (const text of texts) {
      const id = now.get(text) ?? before?.get(text) ?? (await contentId(text));
      now.set(text, id);
      ids.push(id);
    }
    this.known.set(sessionId, now);
    return { texts, ids };
  }

  /** Writes the document row and the chunks it lacks. Call inside a transaction over both tables (documentTables). */
  async put(db: DocumentTables, row: Omit<ChunkedDocumentRow, 'chunks'>, chunks: NamedChunks): Promise<void> {
    const { sessionId } = row;
    const current = await db.documents.get(sessionId);
    const stored = current && isChunked(current) ? new Set(current.chunks) : null;
    // A document saved whole has no chunks; any left over would never be read.
    if (!stored) await db.documentChunks.where('sessionId').equals(sessionId).delete();
    const wanted = new Set(chunks.ids);
    const written = new Map<string, { sessionId: string; chunk: string; text: string }>();
    chunks.ids.forEach((id, index) => {
      if (!stored?.has(id) && !written.has(id)) written.set(id, { sessionId, chunk: id, text: chunks.texts[index] ?? '' });
    });
    const gone = stored ? [...stored].filter((id) => !wanted.has(id)) : [];
    if (gone.length > 0) await db.documentChunks.bulkDelete(gone.map((id): [string, string] => [sessionId, id]));
    if (written.size > 0) await db.documentChunks.bulkPut([...written.values()]);
    const next: ChunkedDocumentRow = { ...row, chunks: [...chunks.ids] };
    await db.documents.put(next);
  }

  forget(sessionId: string): void {
    this.known.delete(sessionId);
  }
}
