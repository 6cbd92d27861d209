import type { EditorStateJson } from '../model/session';

/**
 * Serialized Lexical nodes as plain objects. Templates are filled, stripped
 * and compared on the JSON itself: it is fast, needs no editor, and runs the
 * same in every process.
 */
export type JsonNode = Record<string, unknown> & { type?: unknown; children?: unknown };

export function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

export function isTextNode(node: JsonNode): boolean {
  return node.type === 'text' && typeof node.text === 'string';
}

/** A deep copy that shares nothing with the input. */
export function cloneState(state: EditorStateJson): EditorStateJson {
  return structuredClone(state);
}

/** Calls `visit` on every node below (and including) `node`, parents before children. */
export function walk(node: JsonNode, visit: (node: JsonNode, parent: JsonNode | null) => void, parent: JsonNode | null = null): void {
  visit(node, parent);
  for (const child of childrenOf(node)) walk(child, visit, node);
}

/** The top-level blocks of a document. */
export function blocksOf(state: EditorStateJson): JsonNode[] {
  return state.root.children as JsonNode[];
}

/** The plain text of a node: its text nodes joined, line breaks as "\n". */
export function textOf(node: JsonNode): string {
  if (isTextNode(node)) return node.text as string;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return childrenOf(node).map(textOf).join('');
}
