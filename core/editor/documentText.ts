/**
 * A document's JSON text in pieces: `head` + `[` + blocks joined by `,` +
 * `]` + `tail` is what `JSON.stringify(editorState.toJSON())` gives. Each
 * block is one top-level node's JSON. Kept apart so a save can hand over
 * only the blocks that changed, and nothing has to build one 2 MB string on
 * the thread the user types on.
 */
export interface DocumentText {
  head: string;
  blocks: readonly string[];
  tail: string;
}

/** Blocks are at most this many, and the whole text at most this long: beyond a day of notes, short of a runaway payload. */
export const MAX_DOCUMENT_BLOCKS = 200_000;
export const MAX_DOCUMENT_TEXT = 64 * 1024 * 1024;

export function documentTextLength(text: DocumentText): number {
  let length = text.head.length + text.tail.length + 2 + Math.max(0, text.blocks.length - 1);
  for (const block of text.blocks) length += block.length;
  return length;
}

export function joinDocumentText(text: DocumentText): string {
  return `${text.head}[${text.blocks.join(',')}]${text.tail}`;
}
