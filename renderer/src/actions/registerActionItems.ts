import { $isListItemNode } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import {
  $isElementNode,
  $getNodeByKey,
  $getSelection,
  $hasUpdateTag,
  $isRangeSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  TextNode,
  type LexicalEditor,
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
    $convertActionItemToParagraph(block);
  } else {
    $convertLineToActionItem(block, { stripMarker: true });
  }
  // The text nodes moved with the line: put the caret back where it was.
  const anchor = $getNodeByKey(anchorKey);
  if (anchor instanceof TextNode) anchor.select(Math.min(offset, anchor.getTextContentSize()), Math.min(offset, anchor.getTextContentSize()));
  return true;
}

export function registerActionItemEditing(editor: LexicalEditor): () => void {
  return mergeRegister(registerActionIds(editor), registerMarkerConversion(editor));
}
