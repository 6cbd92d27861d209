import { $exportNodeJSON, $getRoot, $isElementNode, type EditorState, type LexicalNode, type NodeKey } from 'lexical';

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

/** True when the block holds exactly the node objects it held when it was written. */
function unchanged(block: LexicalNode, written: WrittenBlock): boolean {
  let index = 0;
  const visit = (node: LexicalNode): boolean => {
    if (written.nodes[index++] !== node) return false;
    if ($isElementNode(node)) {
      for (let child = node.getFirstChild(); child !== null; child = child.getNextSibling()) if (!visit(child)) return false;
    }
    return true;
  };
  return visit(block) && index === written.nodes.length;
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

  write(editorState: EditorState): string {
    return editorState.read(() => {
      const root = $getRoot();
      const next = new Map<NodeKey, WrittenBlock>();
      const parts: string[] = [];
      for (let block = root.getFirstChild(); block !== null; block = block.getNextSibling()) {
        let entry = this.written.get(block.getKey());
        if (!entry || !unchanged(block, entry)) {
          const nodes: LexicalNode[] = [];
          entry = { json: JSON.stringify(exportTree(block, nodes)), nodes };
        }
        next.set(block.getKey(), entry);
        parts.push(entry.json);
      }
      this.written = next;
      const rootJson = { ...($exportNodeJSON(root) as object), children: CHILDREN_PLACEHOLDER };
      const [before, after] = JSON.stringify({ root: rootJson }).split(JSON.stringify(CHILDREN_PLACEHOLDER));
      return `${before ?? ''}[${parts.join(',')}]${after ?? ''}`;
    });
  }
}
