import {
  $getSelection,
  $hasUpdateTag,
  $isElementNode,
  $isRangeSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  TextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isImageNode, ImageNode } from './imageNode';
import { stampedBlockTypes } from './nodes';
import { $getStamp, $setStamp } from './stampState';

/** Updates with this tag never stamp: loading a document, applying a template. */
export const NO_STAMP_TAG = 'plenary-no-stamp';

export interface StampingOptions {
  /** The current instant; a clock the tests can control. */
  now: () => number;
  /** Seconds subtracted from each stamp: people write a moment after something is said. */
  lagSeconds: () => number;
  /** False while lines typed now must stay unstamped (session not live and the setting says so). */
  shouldStamp: () => boolean;
  /** Called after a block received a stamp, outside the update. */
  onStamped?: (stamp: number) => void;
}

const stampedTypes = new Set<string>(stampedBlockTypes);

/** The line a node belongs to: its nearest paragraph, heading, quote or list item, or the image itself. */
export function $stampedBlockOf(node: LexicalNode): ElementNode | ImageNode | null {
  if ($isImageNode(node)) return node;
  for (let current: LexicalNode | null = node; current; current = current.getParent()) {
    if ($isElementNode(current) && stampedTypes.has(current.getType())) return current;
  }
  return null;
}

/** Whether a block holds text of its own (a list item that only wraps a nested list does not). */
function hasOwnText(block: ElementNode): boolean {
  return block.getChildren().some((child) => child instanceof TextNode && child.getTextContentSize() > 0);
}

/**
 * Stamps each block at the instant its first character is written. A text
 * node transform runs only for text that changed in this update, so a
 * keystroke costs one parent walk, never a pass over the document. Blocks
 * that already have a stamp keep it: editing a line never moves its time.
 */
export function registerStamping(editor: LexicalEditor, options: StampingOptions): () => void {
  const $stamp = (block: LexicalNode) => {
    const stamp = stampAt(options, options.now());
    if (stamp === null) return;
    $setStamp(block, stamp);
    if (options.onStamped) {
      const notify = options.onStamped;
      queueMicrotask(() => notify(stamp));
    }
  };
  const unregisterText = editor.registerNodeTransform(TextNode, (text) => {
    if (skipsStamping()) return;
    if (text.getTextContentSize() === 0) return;
    const block = $stampedBlockOf(text);
    if (!block || !$isElementNode(block) || $getStamp(block) !== null || !hasOwnText(block)) return;
    $stamp(block);
  });
  // An image is a line of its own: stamped when it is inserted (pasted, dropped or picked), like a line typed then.
  const unregisterImage = editor.registerNodeTransform(ImageNode, (image) => {
    if (skipsStamping() || $getStamp(image) !== null) return;
    $stamp(image);
  });
  return () => {
    unregisterText();
    unregisterImage();
  };
}

/**
 * The stamp of a line written at `instant`, or null while lines must stay
 * unstamped. An image is stamped with the instant it was pasted, though it
 * enters the notes only once its bytes are stored.
 */
export function stampAt(options: StampingOptions, instant: number): number | null {
  if (!options.shouldStamp()) return null;
  return instant - Math.max(0, options.lagSeconds()) * 1000;
}

function skipsStamping(): boolean {
  return $hasUpdateTag(HISTORIC_TAG) || $hasUpdateTag(HISTORY_MERGE_TAG) || $hasUpdateTag(NO_STAMP_TAG);
}

/** Sets the stamp of the line at the caret (re-stamp to now, or an edited time). */
export function $restampSelectedLine(stamp: number): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const block = $stampedBlockOf(selection.anchor.getNode());
  if (!block) return false;
  $setStamp(block, stamp);
  return true;
}
