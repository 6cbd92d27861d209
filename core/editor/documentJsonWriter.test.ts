// @vitest-environment jsdom
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, registerRichText } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  REDO_COMMAND,
  TextNode,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { DocumentJsonWriter } from './documentJsonWriter';
import { plenaryNodes } from './nodes';
import { registerStamping } from './stamping';
import { $setStamp } from './stampState';

const T0 = Date.UTC(2026, 2, 15, 17, 55, 11);

function setup(lines: number) {
  let clock = T0;
  const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 1000);
  registerStamping(editor, { now: () => (clock += 1000), lagSeconds: () => 0, shouldStamp: () => true });
  editor.update(
    () => {
      const root = $getRoot().clear();
      root.append($createHeadingNode('h2').append($createTextNode('Keynote')));
      for (let line = 0; line < lines; line++) root.append($createParagraphNode().append($createTextNode(`line ${line}`)));
      const list = $createListNode('check');
      list.append($createListItemNode(false).append($createTextNode('send the slides')));
      root.append(list, $createQuoteNode().append($createTextNode('measure first')));
      root.selectEnd();
    },
    { discrete: true },
  );
  return editor;
}

function act(editor: LexicalEditor, fn: () => void) {
  editor.update(fn, { discrete: true });
}

/** What a full serialisation gives, as text. */
const full = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

type Operation =
  | { kind: 'type'; block: number; text: string }
  | { kind: 'enter'; block: number }
  | { kind: 'join'; block: number }
  | { kind: 'remove'; block: number }
  | { kind: 'move'; block: number; to: number }
  | { kind: 'restamp'; block: number; stamp: number }
  | { kind: 'bold'; block: number }
  | { kind: 'check' }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** Undo and redo set a pending editor state; an empty discrete update commits it. */
function commit(editor: LexicalEditor) {
  editor.update(() => undefined, { discrete: true });
}

function apply(editor: LexicalEditor, operation: Operation): void {
  if (operation.kind === 'undo' || operation.kind === 'redo') {
    editor.dispatchCommand(operation.kind === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
    return commit(editor);
  }
  act(editor, () => {
    const blocks = $getRoot().getChildren();
    if (blocks.length === 0) return;
    const block = 'block' in operation ? blocks[operation.block % blocks.length]! : blocks[0]!;
    switch (operation.kind) {
      case 'type':
        block.selectEnd();
        $getSelection()?.insertText(operation.text);
        break;
      case 'enter': {
        block.selectEnd();
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertParagraph();
        break;
      }
      case 'join': {
        const previous = block.getPreviousSibling();
        if ($isElementNode(previous) && $isElementNode(block) && previous.getType() === block.getType()) {
          previous.append(...block.getChildren());
          block.remove();
        }
        break;
      }
      case 'remove':
        if (blocks.length > 1) block.remove();
        break;
      case 'move': {
        const target = blocks[operation.to % blocks.length]!;
        if (target !== block) target.insertAfter(block);
        break;
      }
      case 'restamp':
        $setStamp(block, operation.stamp);
        break;
      case 'bold': {
        block.selectStart();
        const selection = $getSelection();
        if ($isRangeSelection(selection)) {
          selection.formatText('bold');
          selection.insertText('!');
        }
        break;
      }
      case 'check': {
        const list = blocks.find($isListNode);
        const item = list?.getFirstChild();
        if ($isListItemNode(item)) item.toggleChecked();
        break;
      }
    }
  });
}

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), block: fc.nat(40), text: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('enter' as const), block: fc.nat(40) }),
  fc.record({ kind: fc.constant('join' as const), block: fc.nat(40) }),
  fc.record({ kind: fc.constant('remove' as const), block: fc.nat(40) }),
  fc.record({ kind: fc.constant('move' as const), block: fc.nat(40), to: fc.nat(40) }),
  fc.record({ kind: fc.constant('restamp' as const), block: fc.nat(40), stamp: fc.integer({ min: T0, max: T0 + 86_400_000 }) }),
  fc.record({ kind: fc.constant('bold' as const), block: fc.nat(40) }),
  fc.constant({ kind: 'check' as const }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

describe('DocumentJsonWriter', () => {
  it('writes the same text as a full serialisation of the document', () => {
    const editor = setup(20);
    expect(new DocumentJsonWriter().write(editor.getEditorState())).toBe(full(editor));
  });

  it('stays equal to a full serialisation through edits, moves, stamps, undo and redo', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (operations, savesEvery) => {
        const editor = setup(12);
        const writer = new DocumentJsonWriter();
        writer.write(editor.getEditorState());
        operations.forEach((next, index) => {
          apply(editor, next);
          if (index % savesEvery === 0) expect(writer.write(editor.getEditorState())).toBe(full(editor));
        });
        expect(writer.write(editor.getEditorState())).toBe(full(editor));
      }),
      { numRuns: 150 },
    );
  });

  it('reuses the text of blocks that did not change', () => {
    const editor = setup(2000);
    const writer = new DocumentJsonWriter();
    const first = writer.write(editor.getEditorState());
    act(editor, () => {
      $getRoot().selectEnd();
      $getSelection()?.insertText('x');
    });
    const second = writer.write(editor.getEditorState());
    expect(second).toBe(full(editor));
    expect(second).not.toBe(first);
    // Only the changed block is exported again: every other line's text is reused.
    let exportedTexts = 0;
    const prototype = TextNode.prototype as unknown as { exportJSON: (...args: unknown[]) => unknown };
    const original = prototype.exportJSON;
    prototype.exportJSON = function (this: TextNode, ...args: unknown[]) {
      exportedTexts++;
      return original.apply(this, args);
    };
    try {
      act(editor, () => {
        $getRoot().getChildren()[1000]!.selectEnd();
        $getSelection()?.insertText('y');
      });
      expect(writer.write(editor.getEditorState())).toBe(full(editor));
      const afterFull = exportedTexts;
      expect(afterFull).toBeGreaterThan(2000);
      exportedTexts = 0;
      act(editor, () => {
        $getRoot().getChildren()[10]!.selectEnd();
        $getSelection()?.insertText('z');
      });
      writer.write(editor.getEditorState());
      // The edited line, and the lines the caret left (Lexical renews those nodes too).
      expect(exportedTexts).toBeLessThanOrEqual(3);
    } finally {
      prototype.exportJSON = original;
    }
  });

  it('writes the undone text after an undo that brings back older nodes', () => {
    const editor = setup(3);
    const writer = new DocumentJsonWriter();
    act(editor, () => {
      $getRoot().getChildren()[1]!.selectEnd();
      $getSelection()?.insertText(' typed');
    });
    expect(writer.write(editor.getEditorState())).toContain('line 0 typed');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    commit(editor);
    const text = writer.write(editor.getEditorState());
    expect(text).not.toContain('line 0 typed');
    expect(text).toBe(full(editor));
  });
});
