import { createHeadlessEditor } from '@lexical/headless';
import { MAX_DOCUMENT_TEXT } from '../../../core/editor/documentText';
import { plenaryNodes } from '../../../core/editor/nodes';
import { UserFacingError } from '../../../core/ipc/result';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';

/** One text node: well above a 5 MB imported file on one line, far below what would stall a save. */
export const MAX_TEXT_NODE = 8 * 1024 * 1024;
/** Lists in lists in quotes: the editor nests a few levels; a thousand is only ever an attack on the stack. */
const MAX_DEPTH = 100;

// The node types the editor registers (Lexical's own and Plenary's); a document with any other type would not open.
let knownTypes: ReadonlySet<string> | null = null;
function nodeTypes(): ReadonlySet<string> {
  knownTypes ??= new Set((createHeadlessEditor({ nodes: [...plenaryNodes], onError: () => {} }) as unknown as { _nodes: Map<string, unknown> })._nodes.keys());
  return knownTypes;
}

function refuse(reason: string): never {
  throw new UserFacingError('invalid-record', `Could not save to the archive: ${reason}. Nothing was written; the notes are still in the app.`);
}

type JsonNode = { type?: unknown; children?: unknown; text?: unknown };

/**
 * The checks every save of a session passes, whichever channel brought it
 * (a whole record, or a document as text blocks): the document belongs to
 * the session, every node is one the editor knows with children where
 * children go, and no text is larger than a save should ever be.
 */
export function checkRecordForArchive(record: ArchiveRecord): void {
  if (record.kind !== 'session') return;
  const { session, document } = record.record;
  if (!document) return;
  if (document.sessionId !== session.id) refuse(`the document belongs to session ${document.sessionId.slice(0, 64)}, not ${session.id}`);
  const types = nodeTypes();
  let text = 0;
  const stack: Array<{ node: JsonNode; depth: number }> = [{ node: document.content.root as JsonNode, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) refuse('the document holds something that is not a node');
    if (typeof node.type !== 'string' || !types.has(node.type)) refuse(`the document holds a node of a kind the editor does not know (${String(node.type).slice(0, 40)})`);
    if (depth > MAX_DEPTH) refuse(`the document nests more than ${MAX_DEPTH} levels deep`);
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') refuse('a text node of the document holds no text');
      if (node.text.length > MAX_TEXT_NODE) refuse(`one line of the document is longer than ${MAX_TEXT_NODE / 1024 / 1024} MB`);
      text += node.text.length;
      if (text > MAX_DOCUMENT_TEXT) refuse(`the document is longer than ${MAX_DOCUMENT_TEXT / 1024 / 1024} MB`);
    }
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) refuse('a node of the document has children that are not a list');
      for (const child of node.children as JsonNode[]) stack.push({ node: child, depth: depth + 1 });
    }
  }
}
