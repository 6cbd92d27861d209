import type { DocumentDelta, DocumentText } from '../editor/documentText';

/**
 * The text of every block of the sessions a receiver (the save worker, the
 * archive in main) was sent, by session and block key: each save brings only
 * the blocks that changed (a DocumentDelta), and this puts the whole
 * document back together.
 */
export class DocumentBlocks {
  private readonly sessions = new Map<string, Map<string, string>>();

  /** The document a save stands for, or null when a block it left out is not held here. */
  apply(sessionId: string, request: DocumentDelta): DocumentText | null {
    const held = request.whole ? new Map<string, string>() : this.sessions.get(sessionId);
    if (!held) return null;
    const next = new Map<string, string>();
    const blocks: string[] = [];
    for (const key of request.keys) {
      const json = Object.hasOwn(request.changed, key) ? request.changed[key] : held.get(key);
      if (json === undefined) return null;
      next.set(key, json);
      blocks.push(json);
    }
    this.sessions.set(sessionId, next);
    return { head: request.head, blocks, tail: request.tail };
  }

  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }
}
