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

export function joinDocumentText(text: DocumentText): string {
  return `${text.head}[${text.blocks.join(',')}]${text.tail}`;
}

/**
 * A document's text as a change to the copy the receiver already holds: the
 * order of the blocks by key, and the text of those that changed since the
 * last delta the receiver took. `whole` means `changed` holds every block.
 */
export interface DocumentDelta {
  head: string;
  tail: string;
  keys: string[];
  changed: Record<string, string>;
  whole: boolean;
}

/** The delta from `previous` (block text by key, as last accepted by the receiver; null when it holds nothing) to `keys`/`blocks`. */
export function documentDelta(text: DocumentText & { keys: readonly string[] }, previous: ReadonlyMap<string, string> | null): DocumentDelta {
  const changed: Record<string, string> = {};
  text.keys.forEach((key, index) => {
    const json = text.blocks[index] ?? '';
    if (previous === null || previous.get(key) !== json) changed[key] = json;
  });
  return { head: text.head, tail: text.tail, keys: [...text.keys], changed, whole: previous === null };
}

/** Block text by key, as a receiver holds it after taking `text`. */
export function blocksByKey(text: DocumentText & { keys: readonly string[] }): Map<string, string> {
  return new Map(text.keys.map((key, index) => [key, text.blocks[index] ?? '']));
}
