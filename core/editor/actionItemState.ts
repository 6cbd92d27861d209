import { $getState, $setState, createState, type LexicalNode } from 'lexical';

/**
 * The stable id of an action item: a check-list line carries it as node
 * state, so it travels in the document JSON (under "$": {"actionId": …}),
 * survives edits of the text and moves within the session, and lets the
 * Actions view tick exactly this line and never another.
 */
export const actionIdState = createState('actionId', {
  // A line split off with Enter is a new line: $copyNode must not carry this over.
  resetOnCopyNode: true,
  parse: (value: unknown): string | null =>
    typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null,
});

export function $getActionId(node: LexicalNode): string | null {
  return $getState(node, actionIdState);
}

export function $setActionId<T extends LexicalNode>(node: T, id: string | null): T {
  return $setState(node, actionIdState, id);
}
