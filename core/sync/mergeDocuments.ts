/**
 * Merges two versions of one session's document made apart (two devices
 * offline, the command line and the app), line by line, where the lines say
 * who they are: every block carries the stamp it was written at (`$.stamp`)
 * and every action item its id (`$.actionId`). A line only one side has is
 * added to the other at its place (after the nearest line both have); a
 * line both have, with the same key, is kept as the winner has it, and
 * counted when the other side's text differs. Lines without a stamp or id
 * are compared by content. Nothing is removed: a line deleted on one side
 * comes back, since a deletion and a line never typed look the same here.
 */

type Node = { type?: unknown; children?: unknown; $?: unknown } & Record<string, unknown>;

export interface DocumentMerge {
  /** The merged document: the winner's, with the other's lines added. */
  content: unknown;
  /** Lines of the other version added to the winner's. */
  added: number;
  /** Lines both have (same stamp or action id) whose text differs: the winner's kept, the other's in the conflict copy. */
  differing: number;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Node): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

/** The line's identity: its action id, else its type and stamp, else its whole JSON. */
function keyOf(node: unknown): string {
  if (isNode(node) && isNode(node.$)) {
    const { actionId, stamp } = node.$ as { actionId?: unknown; stamp?: unknown };
    if (typeof actionId === 'string') return `action:${actionId}`;
    if (typeof stamp === 'number') return `${String(node.type)}@${stamp}`;
  }
  return `json:${JSON.stringify(node)}`;
}

/** A list's items merged like the document's blocks; other blocks are kept as the winner has them. */
function mergeChildren(winner: unknown[], other: unknown[], tally: { added: number; differing: number }, depth: number): unknown[] {
  const merged = [...winner];
  const position = new Map<string, number>();
  merged.forEach((node, index) => position.set(keyOf(node), index));
  let insertAt = 0;
  for (const node of other) {
    const key = keyOf(node);
    const at = position.get(key);
    if (at !== undefined) {
      const mine = merged[at];
      if (JSON.stringify(mine) !== JSON.stringify(node)) {
        if (depth === 0 && isNode(mine) && isNode(node) && mine.type === 'list' && node.type === 'list') {
          merged[at] = { ...mine, children: mergeChildren(childrenOf(mine), childrenOf(node), tally, depth + 1) };
        } else {
          tally.differing++;
        }
      }
      insertAt = at + 1;
      continue;
    }
    merged.splice(insertAt, 0, node);
    for (const [existing, index] of position) if (index >= insertAt) position.set(existing, index + 1);
    position.set(key, insertAt);
    insertAt++;
    tally.added++;
  }
  return merged;
}

export function mergeDocuments(winner: unknown, other: unknown): DocumentMerge {
  const tally = { added: 0, differing: 0 };
  if (!isNode(winner) || !isNode(winner.root) || !isNode(other) || !isNode(other.root)) return { content: winner, added: 0, differing: 0 };
  const children = mergeChildren(childrenOf(winner.root), childrenOf(other.root), tally, 0);
  return { content: { ...winner, root: { ...winner.root, children } }, ...tally };
}
