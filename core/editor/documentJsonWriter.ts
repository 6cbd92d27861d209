import type { DocumentText } from './documentText';
import { $exportNodeJSON, $getRoot, $isElementNode, ElementNode, type EditorState, type LexicalNode, type NodeKey } from 'lexical';

interface WrittenBlock {
  /** Every node of the block, depth first, as they were when `json` was written. */
  nodes: LexicalNode[];
  json: string;
}

/** One write: the document's text, with what changed since the writer's previous write. */
export interface WrittenDocument extends DocumentText {
  /** The node key of each block, in order. */
  keys: readonly NodeKey[];
  /** Blocks serialised by this write (new or changed), by key; every other block's text is as last written. */
  changed: ReadonlyMap<NodeKey, string>;
  /** True for the writer's first write: nothing was written before, every block is in `changed`. */
  first: boolean;
}

/** What an update listener hears of one committed update. */
export interface CommittedUpdate {
  dirtyElements: ReadonlyMap<NodeKey, boolean>;
  dirtyLeaves: ReadonlySet<NodeKey>;
}

/** Stands in for the root's children while the root itself is stringified. */
const CHILDREN_PLACEHOLDER = '\u0000plenary-children\u0000';

function exportTree(node: LexicalNode, nodes: LexicalNode[]): unknown {
  nodes.push(node);
  const json = $exportNodeJSON(node) as { children?: unknown[] };
  if ($isElementNode(node) && Array.isArray(json.children)) {
    for (let child = node.getFirstChild(); child !== null; child = child.getNextSibling()) json.children.push(exportTree(child, nodes));
  }
  return json;
}

type NodeMap = EditorState['_nodeMap'];

/**
 * True when the block holds exactly the node objects it held when it was
 * written. This runs over every block of the document on every save, so it
 * follows the node map's keys directly instead of through getFirstChild and
 * getNextSibling, which look each node up again and check the active state.
 */
function unchanged(nodeMap: NodeMap, block: LexicalNode, written: WrittenBlock): boolean {
  const nodes = written.nodes;
  let index = 0;
  const visit = (node: LexicalNode): boolean => {
    if (nodes[index++] !== node) return false;
    if (node instanceof ElementNode) {
      for (let key = node.__first; key !== null; ) {
        const child = nodeMap.get(key);
        if (child === undefined || !visit(child)) return false;
        key = child.__next;
      }
    }
    return true;
  };
  return visit(block) && index === nodes.length;
}

/** The key of the top-level block holding `key`, or null when it is not in the document. */
function blockOf(nodeMap: NodeMap, key: NodeKey): NodeKey | null {
  let node = nodeMap.get(key);
  while (node !== undefined && node.__parent !== 'root') {
    if (node.__parent === null) return null;
    node = nodeMap.get(node.__parent);
  }
  return node?.__key ?? null;
}

/**
 * Writes a document's JSON text (what `JSON.stringify(editorState.toJSON())`
 * gives, in pieces: see DocumentText) re-serialising only the top-level blocks that changed since the
 * last call, and reusing the text of the others.
 *
 * Nodes of a committed editor state are never mutated: a change to a node
 * makes a new node object, so a block whose every node is the same object as
 * last time has the same JSON. Checking that walks every node of the
 * document, which Lexical's node map makes cost as much as serialising. So
 * the writer is also told of each committed update (noteUpdate): then only
 * the blocks holding a node an update marked dirty are looked at, and the
 * rest only by the identity of their top node. An update that marks nothing
 * but the root is a whole new state (undo, redo, setEditorState): the next
 * write walks every block again.
 */
export class DocumentJsonWriter {
  private written = new Map<NodeKey, WrittenBlock>();
  private root: { node: LexicalNode; before: string; after: string } | null = null;
  /** Keys marked dirty since the last write, or null when every block must be checked node by node. */
  private dirty: Set<NodeKey> | null = null;

  /** Call from an update listener for every committed update, before the next write. */
  noteUpdate({ dirtyElements, dirtyLeaves }: CommittedUpdate): void {
    if (this.dirty === null) return;
    if (dirtyLeaves.size === 0 && dirtyElements.size > 0 && [...dirtyElements.keys()].every((key) => key === 'root')) {
      this.dirty = null;
      return;
    }
    for (const key of dirtyElements.keys()) this.dirty.add(key);
    for (const key of dirtyLeaves) this.dirty.add(key);
  }

  /** From now on, trust noteUpdate to hear of every update (the first write still checks everything). */
  trackUpdates(): this {
    this.tracking = true;
    return this;
  }

  private tracking = false;

  private writes = 0;

  write(editorState: EditorState): WrittenDocument {
    const nodeMap = editorState._nodeMap;
    const rootNode = nodeMap.get('root');
    if (!(rootNode instanceof ElementNode)) throw new Error('The editor state has no root to save.');
    const next = new Map<NodeKey, WrittenBlock>();
    const parts: string[] = [];
    const keys: NodeKey[] = [];
    const changed = new Map<NodeKey, string>();
    const stale: Array<{ index: number; block: LexicalNode }> = [];
    let dirtyBlocks: Set<NodeKey> | null = null;
    if (this.dirty !== null) {
      dirtyBlocks = new Set();
      for (const key of this.dirty) {
        const block = blockOf(nodeMap, key);
        if (block !== null) dirtyBlocks.add(block);
      }
    }
    for (let key = rootNode.__first; key !== null; ) {
      const block = nodeMap.get(key);
      if (block === undefined) break;
      const entry = this.written.get(key);
      const same = entry !== undefined && (dirtyBlocks ? entry.nodes[0] === block && !dirtyBlocks.has(key) : unchanged(nodeMap, block, entry));
      if (entry && same) {
        next.set(key, entry);
        parts.push(entry.json);
      } else {
        stale.push({ index: parts.length, block });
        parts.push('');
      }
      keys.push(key);
      key = block.__next;
    }
    if (stale.length > 0 || this.root?.node !== rootNode) {
      editorState.read(() => {
        for (const { index, block } of stale) {
          const nodes: LexicalNode[] = [];
          const entry = { json: JSON.stringify(exportTree(block, nodes)), nodes };
          next.set(block.getKey(), entry);
          changed.set(block.getKey(), entry.json);
          parts[index] = entry.json;
        }
        if (this.root?.node !== rootNode) {
          const rootJson = { ...($exportNodeJSON($getRoot()) as object), children: CHILDREN_PLACEHOLDER };
          const [before = '', after = ''] = JSON.stringify({ root: rootJson }).split(JSON.stringify(CHILDREN_PLACEHOLDER));
          this.root = { node: rootNode, before, after };
        }
      });
    }
    this.written = next;
    this.dirty = this.tracking ? new Set() : null;
    const root = this.root;
    if (root === null) throw new Error('The editor state has no root to save.');
    return { head: root.before, blocks: parts, tail: root.after, keys, changed, first: this.writes++ === 0 };
  }
}
