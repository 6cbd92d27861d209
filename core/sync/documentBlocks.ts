import type { DocumentDelta, DocumentText } from '../editor/documentText';
import { blockHash } from './documentChunks';

interface HeldBlock {
  json: string;
  /** Its blockHash, computed when the block last changed, for cutting the document into chunks. */
  hash: number;
}

/**
 * The text of every block of the sessions a receiver (the save worker, the
 * archive in main) was sent, by session and block key: each save brings only
 * the blocks that changed (a DocumentDelta), and this puts the whole
 * document back together.
 */
export class DocumentBlocks {
  private readonly sessions = new Map<string, Map<string, HeldBlock>>();

  /** The document a save stands for (with each block's hash), or null when a block it left out is not held here. */
  apply(sessionId: string, request: DocumentDelta): (DocumentText & { hashes: number[] }) | null {
    const held = request.whole ? new Map<string, HeldBlock>() : this.sessions.get(sessionId);
    if (!held) return null;
    const next = new Map<string, HeldBlock>();
    const blocks: string[] = [];
    const hashes: number[] = [];
    for (const key of request.keys) {
      const changed = Object.hasOwn(request.changed, key) ? request.changed[key] : undefined;
      const previous = held.get(key);
      const block = changed === undefined ? previous : previous?.json === changed ? previous : { json: changed, hash: blockHash(changed) };
      if (block === undefined) return null;
      next.set(key, block);
      blocks.push(block.json);
      hashes.push(block.hash);
    }
    this.sessions.set(sessionId, next);
    return { head: request.head, blocks, tail: request.tail, hashes };
  }

  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }
}
