import { $isHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, $isParagraphNode, type LexicalNode } from 'lexical';

function $isEmptyParagraph(node: LexicalNode | null): boolean {
  return $isParagraphNode(node) && node.getTextContentSize() === 0;
}

/**
 * A new entry, where the notes' order puts it, with the caret on it: newest
 * first (a live blog) right under the last heading, the entries' heading,
 * so the latest entry is read first; otherwise at the end. An empty line
 * already there is used rather than another added. The entry is stamped
 * with its first character, as every line is.
 */
export function $insertNewEntry(newestFirst: boolean): void {
  const root = $getRoot();
  if (newestFirst) {
    const heading = root.getChildren().filter($isHeadingNode).pop();
    if (heading) {
      const next = heading.getNextSibling();
      if ($isEmptyParagraph(next)) {
        next?.selectStart();
        return;
      }
      const entry = $createParagraphNode();
      heading.insertAfter(entry);
      entry.select();
      return;
    }
  }
  const last = root.getLastChild();
  if ($isEmptyParagraph(last)) {
    last?.selectStart();
    return;
  }
  const entry = $createParagraphNode();
  root.append(entry);
  entry.select();
}
