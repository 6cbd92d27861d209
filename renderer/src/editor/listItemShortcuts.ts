import { $createListNode, $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { $getSelection, $hasUpdateTag, $isRangeSelection, HISTORIC_TAG, TextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { $getStamp, $setStamp } from '../../../core/editor/stampState';

/** The block shortcuts a list item takes, as typed at its start with their space. */
const blockShortcut = /^(#{1,6}|>) $/;

/**
 * Moves a list item out of its list as another kind of block, splitting the
 * list around it; the line keeps its stamp and its text.
 */
function $replaceItemWithBlock(item: ListItemNode, block: ElementNode): void {
  const list = item.getParent();
  if (!$isListNode(list)) return;
  $setStamp(block, $getStamp(item));
  block.append(...item.getChildren().filter((child) => !$isListNode(child)));
  const after = item.getNextSiblings();
  if (after.length > 0) {
    const rest = $createListNode(list.getListType(), list.getStart());
    rest.append(...after);
    list.insertAfter(rest);
  }
  list.insertAfter(block);
  item.remove();
  if (list.getChildrenSize() === 0) list.remove();
}

/**
 * Block shortcuts at the start of a list item: "## " makes the line a
 * heading, "> " a quote, as they do at the start of a paragraph (Lexical's
 * markdown shortcuts only look at blocks at the top of the document).
 */
export function registerListItemShortcuts(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (text) => {
    if ($hasUpdateTag(HISTORIC_TAG)) return;
    const item = text.getParent();
    if (!$isListItemNode(item) || item.getFirstChild() !== text) return;
    const content = text.getTextContent();
    const match = blockShortcut.exec(content.slice(0, content.indexOf(' ') + 1));
    if (!match) return;
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.getNode() !== text) return;
    if (selection.anchor.offset !== match[0].length) return;
    const marker = match[1] ?? '';
    const block = marker === '>' ? $createQuoteNode() : $createHeadingNode(`h${marker.length}` as HeadingTagType);
    $replaceItemWithBlock(item, block);
    const rest = content.slice(match[0].length);
    if (rest === '') {
      text.remove();
      block.selectStart();
    } else {
      text.setTextContent(rest);
      text.select(0, 0);
    }
  });
}
