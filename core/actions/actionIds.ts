import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $createParagraphNode, $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalNode, type NodeKey, type ParagraphNode } from 'lexical';
import { $isLinkNode } from '@lexical/link';
import { $getActionId, $setActionId } from '../editor/actionItemState';
import { $getStamp, $setStamp } from '../editor/stampState';
import { newId } from '../model/ids';
import { linkText } from './lines';
import { matchActionMarker, withoutMarker } from './markers';

/**
 * Lexical helpers for action items inside a document: stable ids, ticking
 * by id, and turning a line into an action item. Call them inside
 * `editor.update()` (or `editorState.read()` for the read-only ones).
 */

const lineTypes = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/** Whether a list item holds inline content (a list item that only wraps a nested list does not). */
function $hasInlineContent(item: ElementNode): boolean {
  const children = item.getChildren();
  return children.length === 0 || children.some((child) => !$isListNode(child) && !lineTypes.has(child.getType()));
}

/** An action item: a list item of a check list that is a line of its own. */
export function $isActionItem(node: LexicalNode | null | undefined): node is ListItemNode {
  if (!$isListItemNode(node)) return false;
  const parent = node.getParent();
  return $isListNode(parent) && parent.getListType() === 'check' && $hasInlineContent(node);
}

/**
 * The lines of the document in order (every paragraph, heading, quote and
 * list item, a list item wrapping a nested list included), as
 * `documentLinesFromJson` (./lines) counts them from the JSON: the index of a
 * line here is its index there.
 */
export function $documentLines(): ElementNode[] {
  const lines: ElementNode[] = [];
  const visit = (node: LexicalNode): void => {
    if (!$isElementNode(node)) return;
    if (lineTypes.has(node.getType())) {
      lines.push(node);
      for (const child of node.getChildren()) if ($isListNode(child)) visit(child);
      return;
    }
    for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return lines;
}

/**
 * The text a suggestion row of this line holds: the line's own text (not a
 * list nested in it), white space runs made one space, without a leading
 * marker, as derivation reads it from the JSON (./lines, ./derive).
 */
export function $suggestionText(line: ElementNode): string {
  return withoutMarker($inlineText(line).replace(/\s+/g, ' ').trim());
}

/** A line's own inline text, links written `[text](url)`, as `documentLinesFromJson` reads it. */
function $inlineText(node: ElementNode): string {
  let text = '';
  for (const child of node.getChildren()) {
    if ($isListNode(child) || lineTypes.has(child.getType())) continue;
    if ($isLinkNode(child) && child.getType() === 'link') text += linkText($inlineText(child), child.getURL());
    else if ($isElementNode(child)) text += $inlineText(child);
    else text += child.getTextContent();
  }
  return text;
}

/** Every action item of the document, in order. */
export function $actionItems(): ListItemNode[] {
  return $documentLines().filter($isActionItem);
}

/** A new action id: random, unique across the archive. */
export function newActionId(): string {
  return newId();
}

export interface EnsureActionIdsOptions {
  /**
   * Which node held each id before this change. When two items share an id
   * (a line was copied and pasted), the one that held it keeps it and the
   * other gets a new id, wherever the copy was pasted. Without this, the
   * first in document order keeps it.
   */
  owners?: ReadonlyMap<string, NodeKey>;
  makeId?: () => string;
}

/**
 * Gives every action item without an id a new one, and a fresh id to any
 * item whose id another item already has (a pasted copy is a new item; a
 * moved line keeps its id). Returns how many ids were set.
 */
export function $ensureActionIds(options: EnsureActionIdsOptions = {}): number {
  const makeId = options.makeId ?? newActionId;
  const items = $actionItems();
  const byId = new Map<string, ListItemNode[]>();
  const missing: ListItemNode[] = [];
  for (const item of items) {
    const id = $getActionId(item);
    if (id === null) missing.push(item);
    else byId.set(id, [...(byId.get(id) ?? []), item]);
  }
  let changed = 0;
  for (const [id, holders] of byId) {
    if (holders.length < 2) continue;
    const ownerKey = options.owners?.get(id);
    const keeper = holders.find((item) => item.getKey() === ownerKey) ?? holders[0];
    for (const item of holders) {
      if (item === keeper) continue;
      $setActionId(item, makeId());
      changed += 1;
    }
  }
  for (const item of missing) {
    $setActionId(item, makeId());
    changed += 1;
  }
  return changed;
}

/** Which node holds each action id now; pass it as `owners` to the next `$ensureActionIds`. */
export function $actionIdOwners(): Map<string, NodeKey> {
  const owners = new Map<string, NodeKey>();
  for (const item of $actionItems()) {
    const id = $getActionId(item);
    if (id !== null && !owners.has(id)) owners.set(id, item.getKey());
  }
  return owners;
}

/** The action item with this id, or null. Found by id only, never by text or position. */
export function $findActionItem(id: string): ListItemNode | null {
  return $actionItems().find((item) => $getActionId(item) === id) ?? null;
}

/** Ticks (or unticks) exactly the item with this id. Returns false when no item has it. */
export function $setActionDone(id: string, done: boolean): boolean {
  const item = $findActionItem(id);
  if (!item) return false;
  if (item.getChecked() !== done) item.setChecked(done);
  return true;
}

/** Removes the first `length` characters of a block's leading text nodes. */
function $removeLeadingText(block: ElementNode, length: number): void {
  let remaining = length;
  for (const child of block.getChildren()) {
    if (remaining <= 0 || !$isTextNode(child)) return;
    const text = child.getTextContent();
    if (text.length <= remaining) {
      remaining -= text.length;
      child.remove();
    } else {
      child.setTextContent(text.slice(remaining));
      remaining = 0;
    }
  }
}

/** Joins a check list with check lists right before and after it, so items typed in a row form one list. */
function $mergeWithNeighbours(list: ListNode): ListNode {
  let target = list;
  const previous = list.getPreviousSibling();
  if ($isListNode(previous) && previous.getListType() === 'check') {
    previous.append(...list.getChildren());
    list.remove();
    target = previous;
  }
  const next = target.getNextSibling();
  if ($isListNode(next) && next.getListType() === 'check') {
    target.append(...next.getChildren());
    next.remove();
  }
  return target;
}

export interface ConvertOptions {
  /** Remove a leading marker ("TODO:", "[ ] ", "Action:") from the text; `[x]` marks the item done. */
  stripMarker?: boolean;
  makeId?: () => string;
}

/**
 * Turns a paragraph, heading, quote or list item into an action item (a
 * check-list item with an id), keeping its stamp and its text. An item of
 * a bullet or numbered list is split out of it into a check list. Returns
 * the item, or null when the block cannot hold an action item.
 */
export function $convertLineToActionItem(block: ElementNode, options: ConvertOptions = {}): ListItemNode | null {
  const makeId = options.makeId ?? newActionId;
  let item: ListItemNode;
  if ($isActionItem(block)) {
    item = block;
  } else if ($isListItemNode(block)) {
    if (!$hasInlineContent(block)) return null;
    const list = block.getParent();
    if (!$isListNode(list)) return null;
    item = $createListItemNode(false);
    $setStamp(item, $getStamp(block));
    item.append(...block.getChildren());
    const checkList = $createListNode('check');
    checkList.append(item);
    const after = block.getNextSiblings();
    if (after.length > 0) {
      const rest = $createListNode(list.getListType(), list.getStart());
      rest.append(...after);
      list.insertAfter(rest);
    }
    list.insertAfter(checkList);
    block.remove();
    if (list.getChildrenSize() === 0) list.remove();
    $mergeWithNeighbours(checkList);
  } else if (lineTypes.has(block.getType()) && !$isListItemNode(block)) {
    item = $createListItemNode(false);
    $setStamp(item, $getStamp(block));
    item.append(...block.getChildren());
    const checkList = $createListNode('check');
    checkList.append(item);
    block.replace(checkList);
    $mergeWithNeighbours(checkList);
  } else {
    return null;
  }
  if (options.stripMarker) {
    const marker = matchActionMarker(item.getTextContent());
    if (marker) {
      $removeLeadingText(item, marker.length);
      if (marker.checked) item.setChecked(true);
    }
  }
  if ($getActionId(item) === null) $setActionId(item, makeId());
  return item;
}

/**
 * Turns an action item back into a plain paragraph (the toggle of the
 * action-item shortcut), keeping its stamp and text; its id is dropped. The
 * check list is split around it when it has other items.
 */
export function $convertActionItemToParagraph(item: ListItemNode): ParagraphNode | null {
  if (!$isActionItem(item)) return null;
  const list = item.getParentOrThrow<ListNode>();
  const paragraph = $createParagraphNode();
  $setStamp(paragraph, $getStamp(item));
  paragraph.append(...item.getChildren());
  const after = item.getNextSiblings();
  if (after.length > 0) {
    const rest = $createListNode('check');
    rest.append(...after);
    list.insertAfter(rest);
  }
  list.insertAfter(paragraph);
  item.remove();
  if (list.getChildrenSize() === 0) list.remove();
  return paragraph;
}
