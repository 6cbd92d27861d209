import { $getState, $hasUpdateTag, $setState, createState, HISTORIC_TAG, HISTORY_MERGE_TAG, TextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $stampedBlockOf, NO_STAMP_TAG } from './stamping';

/**
 * Whether a line was put in the document by a template and never edited by
 * the user: the headings, labels and empty bullets a template lays out. Kept
 * as node state (in the JSON under "$": {"fromTemplate": true}), so the
 * document itself tells scaffolding from notes: export leaves unfilled
 * scaffolding out, and the summary of a post never quotes it.
 */
export const templateOriginState = createState('fromTemplate', {
  // A line split off with Enter is the user's new line, not the template's.
  resetOnCopyNode: true,
  parse: (value: unknown): boolean => value === true,
});

/** The key of the mark in a node's serialized state ("$"). */
export const TEMPLATE_ORIGIN_KEY = 'fromTemplate';

export function $isFromTemplate(node: LexicalNode): boolean {
  return $getState(node, templateOriginState);
}

export function $setFromTemplate<T extends LexicalNode>(node: T, fromTemplate: boolean): T {
  return $setState(node, templateOriginState, fromTemplate);
}

/**
 * Takes the mark off a line as soon as the user writes in it: a text node
 * transform runs only for text changed in an update, so a keystroke costs
 * one parent walk. Loading a document or applying a template (NO_STAMP_TAG),
 * undo and redo (which restore the mark with the rest of the state), and
 * updates that are no edit of the user's (HISTORY_MERGE_TAG: a plugin
 * registering, ids given to action items) keep it, as they keep stamps.
 */
export function registerTemplateOriginClearing(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (text) => {
    if ($hasUpdateTag(NO_STAMP_TAG) || $hasUpdateTag(HISTORIC_TAG) || $hasUpdateTag(HISTORY_MERGE_TAG)) return;
    const block = $stampedBlockOf(text);
    if (block && $isFromTemplate(block)) $setFromTemplate(block, false);
  });
}
