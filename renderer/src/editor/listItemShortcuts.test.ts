import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { plenaryNodes } from '../../../core/editor/nodes';
import { $getStamp, $setStamp } from '../../../core/editor/stampState';
import { registerListItemShortcuts } from './listItemShortcuts';

function bulletList(texts: string[], typedInto: number, typed: string): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
  registerListItemShortcuts(editor);
  editor.update(() => {
    const list = $createListNode('bullet');
    texts.forEach((text, index) => {
      const item = $createListItemNode();
      $setStamp(item, 1000 + index);
      const node = $createTextNode(index === typedInto ? typed : text);
      item.append(node);
      list.append(item);
      if (index === typedInto) node.select(typed.length, typed.length);
    });
    $getRoot().append(list);
  }, { discrete: true });
  return editor;
}

function shape(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .flatMap((node) => ($isListNode(node) ? node.getChildren().map((item) => `li: ${item.getTextContent()}`) : [`${node.getType()}${'getTag' in node ? `/${String((node as { getTag: () => string }).getTag())}` : ''}: ${node.getTextContent()}`])),
  );
}

describe('block shortcuts at the start of a list item', () => {
  it('"## " makes the item a heading between the two halves of the list, keeping its stamp', () => {
    const editor = bulletList(['first', '', 'third'], 1, '## ');
    expect(shape(editor)).toEqual(['li: first', 'heading/h2: ', 'li: third']);
    editor.getEditorState().read(() => {
      const heading = $getRoot().getChildAtIndex(1);
      expect(heading && $getStamp(heading)).toBe(1001);
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.getNode().getKey()).toBe(heading?.getKey());
    });
  });

  it('"> " makes a quote; text after the caret stays on the line', () => {
    const editor = bulletList(['only'], 0, '> ');
    expect(shape(editor)).toEqual(['quote: ']);
  });

  it('leaves "#" inside a sentence alone', () => {
    const editor = bulletList(['only'], 0, 'issue # ');
    expect(shape(editor)).toEqual(['li: issue # ']);
  });
});
