import { $createListNode, $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getEditor,
  $isElementNode,
  $getNodeByKey,
  $getSelection,
  $hasUpdateTag,
  $isRangeSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  TextNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import {
  $actionIdOwners,
  $actionItems,
  $convertActionItemToParagraph,
  $convertLineToActionItem,
  $ensureActionIds,
  $isActionItem,
} from '../../../core/actions/actionIds';
import { isBareMarker } from '../../../core/actions/markers';
import { $getActionId } from '../../../core/editor/actionItemState';
import { $stampedBlockOf } from '../../../core/editor/stamping';

/**
 * Keeps action ids right as the user edits: an item created with Enter, a
 * marker or the markdown form gets an id; a pasted copy of an item gets a new
 * one while the original keeps its own. Runs only after updates that touched
 * a list item, and tags its fix as a history merge so undo skips it.
 */
export function registerActionIds(editor: LexicalEditor): () => void {
  // A document written elsewhere may hold check-list lines without ids: give them theirs once, on opening.
  editor.update(
    () => {
      $ensureActionIds();
    },
    { tag: HISTORY_MERGE_TAG },
  );
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, tags }) => {
    if (dirtyElements.size === 0 || tags.has(HISTORIC_TAG)) return;
    const needsIds = editorState.read(() => {
      const touched = [...dirtyElements.keys()].some((key) => $isListItemNode($getNodeByKey(key)));
      if (!touched) return false;
      const seen = new Set<string>();
      for (const item of $actionItems()) {
        const id = $getActionId(item);
        if (id === null || seen.has(id)) return true;
        seen.add(id);
      }
      return false;
    });
    if (!needsIds) return;
    const owners = prevEditorState.read(() => $actionIdOwners());
    editor.update(
      () => {
        $ensureActionIds({ owners });
      },
      { tag: HISTORY_MERGE_TAG },
    );
  });
}

/**
 * Action items made with the shortcut or a word marker ("TODO ", "Action: "),
 * per editor. These mark one line: Enter at the end of such an item gives a
 * plain line, whereas a check list typed as one ("[] ", "- [ ] ") goes on
 * with another item.
 */
const shortcutItems = new WeakMap<LexicalEditor, Set<NodeKey>>();

function shortcutItemsOf(editor: LexicalEditor): Set<NodeKey> {
  let keys = shortcutItems.get(editor);
  if (!keys) {
    keys = new Set();
    shortcutItems.set(editor, keys);
  }
  return keys;
}

/**
 * Turns a line into an action item the moment its whole text is a marker
 * with its space: "[] ", "[ ] ", "TODO ", "TODO: ", "Action: ". A line that
 * already has text after a marker (pasted, imported) is left alone; the
 * suggestion margin offers it instead.
 */
export function registerMarkerConversion(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (text) => {
    if ($hasUpdateTag(HISTORIC_TAG)) return;
    const block = $stampedBlockOf(text);
    if (!$isElementNode(block) || $isActionItem(block)) return;
    const content = block.getTextContent();
    if (!isBareMarker(content)) return;
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || $stampedBlockOf(selection.anchor.getNode()) !== block) return;
    const done = /^\[[xX]\]/.test(content);
    const item = $convertLineToActionItem(block);
    if (!item) return;
    // "TODO " and "Action: " mark one line, as the shortcut does; "[] " starts a check list that Enter goes on with.
    if (!/^\s*\[/.test(content)) shortcutItemsOf($getEditor()).add(item.getKey());
    item.clear();
    if (done) item.setChecked(true);
    item.select();
  });
}

/** The action-item shortcut: the line at the caret becomes an action item, or back into a plain line. */
export function $toggleActionItemAtSelection(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const block = $stampedBlockOf(selection.anchor.getNode());
  // An image is not a line of text: it cannot become an action item.
  if (!$isElementNode(block)) return false;
  const offset = selection.anchor.offset;
  const anchorKey = selection.anchor.key;
  if ($isActionItem(block)) {
    shortcutItemsOf($getEditor()).delete(block.getKey());
    $convertActionItemToParagraph(block);
  } else {
    const item = $convertLineToActionItem(block, { stripMarker: true });
    if (item) shortcutItemsOf($getEditor()).add(item.getKey());
  }
  // The text nodes moved with the line: put the caret back where it was.
  const anchor = $getNodeByKey(anchorKey);
  if (anchor instanceof TextNode) anchor.select(Math.min(offset, anchor.getTextContentSize()), Math.min(offset, anchor.getTextContentSize()));
  else if (block.isAttached() && block.getTextContentSize() === 0) block.selectStart();
  return true;
}

/** Moves a new list item out of its list as a plain paragraph, splitting the list around it. */
function $itemToPlainLine(item: ListItemNode): void {
  const list = item.getParent();
  if (!$isListNode(list)) return;
  const paragraph = $createParagraphNode();
  paragraph.append(...item.getChildren());
  const after = item.getNextSiblings();
  if (after.length > 0) {
    const rest = $createListNode(list.getListType(), list.getStart());
    rest.append(...after);
    list.insertAfter(rest);
  }
  list.insertAfter(paragraph);
  item.remove();
  if (list.getChildrenSize() === 0) list.remove();
  paragraph.selectStart();
}

/**
 * Enter in an action item made with the shortcut: the line is split as
 * usual, and what follows it is a plain line. Returns false (Enter does what
 * it does everywhere) for any other line, and for an empty item.
 */
export function $enterAfterShortcutItem(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const item = $stampedBlockOf(selection.anchor.getNode());
  if (!$isActionItem(item) || item.getTextContentSize() === 0) return false;
  const keys = shortcutItemsOf($getEditor());
  if (!keys.has(item.getKey())) return false;
  // A nested list inside the item stays the item's; the default split handles that shape.
  if (item.getChildren().some((child) => $isElementNode(child))) return false;
  selection.insertParagraph();
  const after = $getSelection();
  const created = $isRangeSelection(after) ? $stampedBlockOf(after.anchor.getNode()) : null;
  if ($isListItemNode(created) && created !== item) $itemToPlainLine(created);
  return true;
}

export function registerActionItemEditing(editor: LexicalEditor): () => void {
  return mergeRegister(registerActionIds(editor), registerMarkerConversion(editor));
}
