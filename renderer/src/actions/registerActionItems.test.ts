import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $actionItems } from '../../../core/actions/actionIds';
import { $getActionId, $setActionId } from '../../../core/editor/actionItemState';
import { plenaryNodes } from '../../../core/editor/nodes';
import { $getStamp, $setStamp } from '../../../core/editor/stampState';
import { $enterAfterShortcutItem, $toggleActionItemAtSelection, registerActionItemEditing } from './registerActionItems';

function editorWithPlugin(): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
  registerActionItemEditing(editor);
  return editor;
}

const items = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => $actionItems().map((item) => ({ text: item.getTextContent(), id: $getActionId(item), done: item.getChecked() === true })));

/** Types text at the end of a new paragraph, as a keystroke would leave it. */
function typeLine(editor: LexicalEditor, text: string, stamp = 1_700_000_000_000): void {
  editor.update(() => {
    const paragraph = $createParagraphNode();
    $setStamp(paragraph, stamp);
    const node = $createTextNode(text);
    paragraph.append(node);
    $getRoot().append(paragraph);
    node.select(text.length, text.length);
  }, { discrete: true });
}

describe('action items while typing', () => {
  it.each(['TODO ', 'TODO: ', 'Action: ', '[] ', '[ ] '])('"%s" turns the line into an action item with an id, keeping its stamp', (marker) => {
    const editor = editorWithPlugin();
    typeLine(editor, marker);
    const [item] = items(editor);
    expect(item).toMatchObject({ text: '', done: false });
    expect(item?.id).toMatch(/^[0-9a-f-]{36}$/);
    editor.getEditorState().read(() => expect($getStamp($actionItems()[0]!)).toBe(1_700_000_000_000));
  });

  it('"[x] " makes a done item; text after a marker in a pasted line is left alone', () => {
    const editor = editorWithPlugin();
    typeLine(editor, '[x] ');
    typeLine(editor, 'TODO: email Ana');
    expect(items(editor).map((item) => item.done)).toEqual([true]);
  });

  it('gives an item made with Enter an id, and a pasted copy a new id while the original keeps its own', async () => {
    const editor = editorWithPlugin();
    editor.update(() => {
      const list = $createListNode('check');
      const item = $createListItemNode(false).append($createTextNode('Email Dana'));
      $setActionId(item, 'original');
      list.append(item);
      $getRoot().append(list);
    }, { discrete: true });
    editor.update(() => {
      const list = $getRoot().getFirstChildOrThrow();
      if (!$isListNode(list)) throw new Error('expected a list');
      // A new empty item (Enter), and a copy pasted above the original.
      list.append($createListItemNode(false));
      const copy = $createListItemNode(false).append($createTextNode('Email Dana'));
      $setActionId(copy, 'original');
      list.getFirstChildOrThrow().insertBefore(copy);
    }, { discrete: true });
    // The fix is an update of its own, right after the one that needed it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ids = items(editor).map((item) => item.id);
    expect(ids[1]).toBe('original');
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id !== null)).toBe(true);
  });

  it('the shortcut toggles the line at the caret', () => {
    const editor = editorWithPlugin();
    typeLine(editor, 'TODO: try scrapyd');
    editor.update(() => { $toggleActionItemAtSelection(); }, { discrete: true });
    expect(items(editor).map((item) => item.text)).toEqual(['try scrapyd']);
    editor.update(() => { $toggleActionItemAtSelection(); }, { discrete: true });
    expect(items(editor)).toEqual([]);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('try scrapyd');
  });
});

/** The document's top-level blocks as "type: text", a check list's items each on their own. */
function blocks(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .flatMap((node) => ($isListNode(node) ? node.getChildren().map((item) => `${node.getListType()}: ${item.getTextContent()}`) : [`${node.getType()}: ${node.getTextContent()}`])),
  );
}

/** Enter as the editor's key handler takes it: the shortcut item's rule first, else a plain paragraph split. */
function pressEnter(editor: LexicalEditor): void {
  editor.update(() => {
    if ($enterAfterShortcutItem()) return;
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertParagraph();
  }, { discrete: true });
}

function typeAtCaret(editor: LexicalEditor, text: string): void {
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText(text);
  }, { discrete: true });
}

describe('Enter after an action item', () => {
  it('gives a plain line after an item made with the shortcut', () => {
    const editor = editorWithPlugin();
    typeLine(editor, 'email Ana about the slides');
    editor.update(() => { $toggleActionItemAtSelection(); }, { discrete: true });
    pressEnter(editor);
    typeAtCaret(editor, 'next point of the talk');
    pressEnter(editor);
    typeAtCaret(editor, 'and another');
    expect(blocks(editor)).toEqual(['check: email Ana about the slides', 'paragraph: next point of the talk', 'paragraph: and another']);
    expect(items(editor).map((item) => item.text)).toEqual(['email Ana about the slides']);
  });

  it('splits a shortcut item at the caret, the rest of the line becoming a plain line', () => {
    const editor = editorWithPlugin();
    typeLine(editor, 'email Ana');
    editor.update(() => {
      $toggleActionItemAtSelection();
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        const node = selection.anchor.getNode();
        if ($isTextNode(node)) node.select(5, 5);
      }
    }, { discrete: true });
    pressEnter(editor);
    expect(blocks(editor)).toEqual(['check: email', 'paragraph:  Ana']);
  });

  it('gives a plain line after an item marked with "TODO "', () => {
    const editor = editorWithPlugin();
    typeLine(editor, 'TODO ');
    typeAtCaret(editor, 'try out celery');
    pressEnter(editor);
    typeAtCaret(editor, 'a note');
    expect(blocks(editor)).toEqual(['check: try out celery', 'paragraph: a note']);
  });

  it('goes on with the check list typed as one ("[] ")', () => {
    const editor = editorWithPlugin();
    typeLine(editor, '[] ');
    typeAtCaret(editor, 'first');
    pressEnter(editor);
    typeAtCaret(editor, 'second');
    expect(items(editor).map((item) => item.text)).toEqual(['first', 'second']);
  });
});

describe('opening a document', () => {
  it('gives check-list lines written without ids an id each', async () => {
    const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
    editor.update(() => {
      const list = $createListNode('check');
      list.append($createListItemNode(false).append($createTextNode('one')), $createListItemNode(true).append($createTextNode('two')));
      $getRoot().append(list);
    }, { discrete: true });
    registerActionItemEditing(editor);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ids = items(editor).map((item) => item.id);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(2);
  });
});
