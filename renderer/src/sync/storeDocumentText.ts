import { editorStateJsonSchema, type Session } from '../../../core/model/session';
import { saveDocument } from '../db/sessions';

/**
 * Parses a document's JSON text, checks its shape and saves it with the
 * session's next revision (and its action-item rows) in one transaction.
 * Runs in the document save worker, off the thread the user types on.
 */
export async function storeDocumentText(sessionId: string, contentJson: string, now: number): Promise<Session> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(contentJson);
  } catch (error) {
    throw new Error(`the notes could not be read back for saving (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const content = editorStateJsonSchema.safeParse(parsed);
  if (!content.success) throw new Error(`the notes are not a document Plenary can save (${content.error.issues[0]?.message ?? 'unknown problem'})`);
  const { session } = await saveDocument(sessionId, content.data, now);
  return session;
}
