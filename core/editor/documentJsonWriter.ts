import { $exportNodeJSON, $getRoot, $isElementNode, ElementNode, type EditorState, type LexicalNode, type NodeKey } from 'lexical';

interface WrittenBlock {
  /** Every node of the block, depth first, as they were when `json` was written. */
  nodes: LexicalNode[];
  json: string;
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

/**
 * Writes a document's JSON text (what `JSON.stringify(editorState.toJSON())`
 * gives) re-serialising only the top-level blocks that changed since the
 * last call. Nodes of a committed editor state are never mutated: a change
 * to a node makes a new node object, so a block whose every node is the same
 * object as last time has the same JSON, and its text is reused. Typing in a
 * 5,000-line session re-serialises one or two blocks per save instead of all
 * of them; undo, which swaps in older node objects, re-serialises the blocks
 * it touched.
 */
export class DocumentJsonWriter {
  private written = new Map<NodeKey, WrittenBlock>();
  private root: { node: LexicalNode; before: string; after: string } | null = null;

  write(editorState: EditorState): string {
    const nodeMap = editorState._nodeMap;
    const rootNode = nodeMap.get('root');
    if (!(rootNode instanceof ElementNode)) throw new Error('The editor state has no root to save.');
    const next = new Map<NodeKey, WrittenBlock>();
    const parts: string[] = [];
    const stale: Array<{ index: number; block: LexicalNode }> = [];
    for (let key = rootNode.__first; key !== null; ) {
      const block = nodeMap.get(key);
      if (block === undefined) break;
      const entry = this.written.get(key);
      if (entry && unchanged(nodeMap, block, entry)) {
        next.set(key, entry);
        parts.push(entry.json);
      } else {
        stale.push({ index: parts.length, block });
        parts.push('');
      }
      key = block.__next;
    }
    if (stale.length > 0 || this.root?.node !== rootNode) {
      editorState.read(() => {
        for (const { index, block } of stale) {
          const nodes: LexicalNode[] = [];
          const entry = { json: JSON.stringify(exportTree(block, nodes)), nodes };
          next.set(block.getKey(), entry);
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
    const root = this.root;
    if (root === null) throw new Error('The editor state has no root to save.');
    return `${root.before}[${parts.join(',')}]${root.after}`;
  }
}
