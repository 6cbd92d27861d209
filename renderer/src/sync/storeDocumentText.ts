import type { EditorStateJson, Session } from '../../../core/model/session';
import type { ActionItemsByBlock } from '../../../core/actions/deriveByBlock';
import type { DocumentText } from '../../../core/editor/documentText';
import { chunkBlocks } from '../../../core/sync/documentChunks';
import { asActionRecords, deriveContextFor } from '../db/actionRows';
import { getConference } from '../db/conferences';
import { getSession, primeActionRows, saveDocument, saveDocumentInChunks, type SaveMemory } from '../db/sessions';

/**
 * The shape the document schema asks for (a root with a list of child
 * objects), checked by hand: validating 5,000 children with zod took 20 to
 * 100 ms per save here, and Lexical checks every node when it parses the
 * document anyway.
 */
function isEditorStateJson(value: unknown): value is EditorStateJson {
  if (typeof value !== 'object' || value === null) return false;
  const root = (value as { root?: unknown }).root;
  if (typeof root !== 'object' || root === null || (root as { type?: unknown }).type !== 'root') return false;
  const children = (root as { children?: unknown }).children;
  return Array.isArray(children) && children.every((child) => typeof child === 'object' && child !== null && !Array.isArray(child));
}

/**
 * Parses a document's JSON text, checks its shape and saves it with the
 * session's next revision (and its action-item rows) in one transaction,
 * storing the text itself. Runs in the document save worker, off the thread
 * the user types on.
 */
export async function storeDocumentText(sessionId: string, contentJson: string, now: number): Promise<Session> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(contentJson);
  } catch (error) {
    throw new Error(`the notes could not be read back for saving (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!isEditorStateJson(parsed)) throw new Error('the notes are not a document Plenary can save (no root with a list of blocks)');
  const { session } = await saveDocument(sessionId, parsed, now, contentJson);
  return session;
}

/** The text around the blocks must make a document root: parsed with no blocks, it is `{"root": {"type": "root", "children": []…}}`. */
function checkDocumentFrame(text: DocumentText): void {
  let frame: unknown;
  try {
    frame = JSON.parse(`${text.head}[]${text.tail}`);
  } catch (error) {
    throw new Error(`the notes could not be read back for saving (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!isEditorStateJson(frame)) throw new Error('the notes are not a document Plenary can save (no root with a list of blocks)');
}

/**
 * The save worker's way to store a document: its JSON text in chunks
 * (`hashes`, each block's blockHash, when the caller keeps them), only
 * the new ones written (`memory` remembers what it stored of the document
 * and the action rows), with the action rows derived block by block (`derivation` remembers what each block gave
 * at the last save, and parses only the blocks that changed). The whole
 * document is never parsed, nor joined into one string, here.
 */
export async function storeDocumentBlocks(
  sessionId: string,
  text: DocumentText & { keys: readonly string[]; hashes?: readonly number[] },
  now: number,
  derivation: ActionItemsByBlock,
  memory: SaveMemory,
): Promise<Session> {
  checkDocumentFrame(text);
  return saveDocumentInChunks(sessionId, { head: text.head, tail: text.tail, chunks: chunkBlocks(text.blocks, text.hashes) }, now, memory, (session, conference) =>
    session.deleted
      ? []
      : asActionRecords(derivation.rows(session.id, session.conferenceId, text, deriveContextFor(session, conference, now))),
  );
}

/**
 * Readies the save worker for a session just opened, while the user is not
 * typing yet: takes in every block, derives the action items of all of them,
 * names the chunks and reads the stored action rows, so the first save made
 * while typing costs what any other does (without this it cost the worker
 * about a second on a 5,000-line session). Nothing is written.
 */
export async function primeDocumentBlocks(
  sessionId: string,
  text: DocumentText & { keys: readonly string[]; hashes?: readonly number[] },
  now: number,
  derivation: ActionItemsByBlock,
  memory: SaveMemory,
): Promise<void> {
  checkDocumentFrame(text);
  const session = await getSession(sessionId);
  if (!session) return;
  const conference = await getConference(session.conferenceId);
  await memory.chunks.name(sessionId, chunkBlocks(text.blocks, text.hashes));
  derivation.rows(session.id, session.conferenceId, text, deriveContextFor(session, conference, now));
  await primeActionRows(memory, sessionId);
}
