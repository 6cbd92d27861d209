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
import { joinDocumentText } from './documentText';
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

/** A writer, told of every committed update when `tracking`, as the autosave does. */
function tracked(editor: LexicalEditor, tracking: boolean): DocumentJsonWriter {
  const writer = new DocumentJsonWriter();
  if (tracking) {
    writer.trackUpdates();
    editor.registerUpdateListener((update) => writer.noteUpdate(update));
  }
  return writer;
}

/** The writer's pieces joined into the text they stand for. */
function text(writer: DocumentJsonWriter, editor: LexicalEditor): string {
  return joinDocumentText(writer.write(editor.getEditorState()));
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
    expect(text(new DocumentJsonWriter(), editor)).toBe(full(editor));
  });

  it.each([
    ['checking every node', false],
    ['told of each update', true],
  ])('stays equal to a full serialisation through edits, moves, stamps, undo and redo (%s)', (_name, tracking) => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (operations, savesEvery) => {
        const editor = setup(12);
        const writer = tracked(editor, tracking);
        text(writer, editor);
        operations.forEach((next, index) => {
          apply(editor, next);
          if (index % savesEvery === 0) expect(text(writer, editor)).toBe(full(editor));
        });
        expect(text(writer, editor)).toBe(full(editor));
      }),
      { numRuns: 150 },
    );
  });

  it('reports the blocks it wrote again, so a save can send only those', () => {
    const editor = setup(50);
    const writer = tracked(editor, true);
    const first = writer.write(editor.getEditorState());
    expect(first.first).toBe(true);
    expect(first.changed.size).toBe(first.keys.length);
    act(editor, () => {
      $getRoot().getChildren()[20]!.selectEnd();
      $getSelection()?.insertText(' and more');
    });
    const second = writer.write(editor.getEditorState());
    expect(second.first).toBe(false);
    expect([...second.changed.values()].some((json) => json.includes('line 19 and more'))).toBe(true);
    expect(second.changed.size).toBeLessThanOrEqual(2);
    // Rebuilt from the first write's blocks and the second's changes, the text is the document's.
    const byKey = new Map(first.keys.map((key, index) => [key, first.blocks[index]!]));
    for (const [key, json] of second.changed) byKey.set(key, json);
    expect(joinDocumentText({ head: second.head, tail: second.tail, blocks: second.keys.map((key) => byKey.get(key)!) })).toBe(full(editor));
  });

  it.each([
    ['checking every node', false],
    ['told of each update', true],
  ])('reuses the text of blocks that did not change (%s)', (_name, tracking) => {
    const editor = setup(2000);
    const writer = tracked(editor, tracking);
    const first = text(writer, editor);
    act(editor, () => {
      $getRoot().selectEnd();
      $getSelection()?.insertText('x');
    });
    const second = text(writer, editor);
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
      expect(text(writer, editor)).toBe(full(editor));
      const afterFull = exportedTexts;
      expect(afterFull).toBeGreaterThan(2000);
      exportedTexts = 0;
      act(editor, () => {
        $getRoot().getChildren()[10]!.selectEnd();
        $getSelection()?.insertText('z');
      });
      text(writer, editor);
      // The edited line, and the lines the caret left (Lexical renews those nodes too).
      expect(exportedTexts).toBeLessThanOrEqual(3);
    } finally {
      prototype.exportJSON = original;
    }
  });

  it.each([
    ['checking every node', false],
    ['told of each update', true],
  ])('writes the undone text after an undo that brings back older nodes (%s)', (_name, tracking) => {
    const editor = setup(3);
    const writer = tracked(editor, tracking);
    act(editor, () => {
      $getRoot().getChildren()[1]!.selectEnd();
      $getSelection()?.insertText(' typed');
    });
    expect(text(writer, editor)).toContain('line 0 typed');
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    commit(editor);
    const undone = text(writer, editor);
    expect(undone).not.toContain('line 0 typed');
    expect(undone).toBe(full(editor));
  });
});
