/**
 * Cutting a document's blocks into chunks, so a save stores only the chunks
 * that changed instead of the whole document: IndexedDB took 40 ms of wall
 * time and 65 ms of CPU to store a 5,000-line document as one 2 MB value,
 * and about 3 ms for a chunk and the short list of chunk ids.
 *
 * Where a chunk ends is decided by the blocks themselves (content-defined
 * chunking, as backup tools cut files): a chunk ends after a block whose
 * hash has its low bits zero. Inserting or deleting a line therefore changes
 * the chunk it falls in and leaves every other chunk as it was, where
 * fixed-size chunks would all shift by one block.
 */

/** One block in this many ends a chunk, on average… */
const AVERAGE_BLOCKS = 32;
/** …and one in this many once a chunk is long (so a long run meets a content-defined end before the limits below cut it blindly). */
const LONG_CHUNK = 48;
const LONG_CHUNK_AVERAGE = 4;
/** A chunk never holds more blocks than this, or much more text: kept well under IndexedDB's 64 KB, beyond which Chromium stores a value as a separate file. */
const MAX_BLOCKS = 128;
const MAX_CHARS = 24 * 1024;
/**
 * A block's hash (FNV-1a over all of its text: a block's end is all
 * structure and stamp, the same for lines pasted together). Hashing all
 * 2 MB costs about 10 ms, so a receiver keeps each block's hash with its
 * text and hashes only the blocks a save changed (./documentBlocks).
 */
export function blockHash(block: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < block.length; index++) {
    hash ^= block.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The blocks' JSON texts joined into chunks (each the blocks joined by `,`,
 * never empty), so the chunks joined as blocks (joinDocumentText) give the
 * document.
 * `hashes` are the blocks' blockHash, when the caller keeps them.
 */
export function chunkBlocks(blocks: readonly string[], hashes: readonly number[] = blocks.map(blockHash)): string[] {
  const chunks: string[] = [];
  let start = 0;
  let chars = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] ?? '';
    chars += block.length;
    const count = index - start + 1;
    const hash = hashes[index] ?? blockHash(block);
    const ends = hash % AVERAGE_BLOCKS === 0 || (count >= LONG_CHUNK && hash % LONG_CHUNK_AVERAGE === 0);
    if (ends || count >= MAX_BLOCKS || chars >= MAX_CHARS || index === blocks.length - 1) {
      chunks.push(blocks.slice(start, index + 1).join(','));
      start = index + 1;
      chars = 0;
    }
  }
  return chunks;
}
