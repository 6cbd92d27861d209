import type { SessionDocument } from '../../../core/model/session';

/**
 * A document row may hold its content as JSON text instead of an object:
 * the save worker stores the text it already has, because IndexedDB clones
 * a string of 2 MB in a few milliseconds and the object graph of the same
 * 5,000-line document in 50 to 400. Every read gives the object back
 * (./documentRows readDocuments), so no caller sees the difference, and
 * rows written either way stay readable.
 */
export interface StoredDocumentText {
  sessionId: string;
  content: string;
  revision: number;
  updatedAt: number;
}

export function documentAsText(document: SessionDocument, contentJson: string): StoredDocumentText {
  return { ...document, content: contentJson };
}

/** A document stored as text, parsed; text damaged in the store is reported with what to do. */
export function parseStoredText(row: StoredDocumentText): SessionDocument {
  try {
    return { ...row, content: JSON.parse(row.content) as SessionDocument['content'] };
  } catch (error) {
    throw new Error(
      `The notes of session ${row.sessionId} are damaged in this computer's store (${error instanceof Error ? error.message : String(error)}). The archive folder keeps the last copy written to disk: restart Plenary to restore it from there.`,
      { cause: error },
    );
  }
}
