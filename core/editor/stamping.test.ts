import { $generateJSONFromSelectedNodes, $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  PASTE_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { plenaryNodes } from './nodes';
import { NO_STAMP_TAG, registerStamping, type StampingOptions } from './stamping';
import { $getStamp, $setStamp } from './stampState';

const T0 = Date.UTC(2026, 2, 15, 17, 55, 11);

function setup(overrides: Partial<StampingOptions> = {}) {
  let clock = T0;
  const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 1000);
  const stamped: number[] = [];
  registerStamping(editor, {
    now: () => clock,
    lagSeconds: () => 0,
    shouldStamp: () => true,
    onStamped: (stamp) => stamped.push(stamp),
    ...overrides,
  });
  editor.update(() => {
    $getRoot().clear().append($createParagraphNode());
    $getRoot().selectEnd();
  }, { discrete: true, tag: NO_STAMP_TAG });
  return {
    editor,
    stamped,
    at(ms: number) {
      clock = ms;
    },
  };
}

function act(editor: LexicalEditor, fn: () => void, tag?: string) {
  editor.update(fn, { discrete: true, ...(tag ? { tag } : {}) });
}

function type(editor: LexicalEditor, text: string) {
  for (const char of text) {
    act(editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(char);
    });
  }
}

function enter(editor: LexicalEditor) {
  act(editor, () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertParagraph();
  });
}

function lines(editor: LexicalEditor): Array<[string, number | null]> {
  return editor.getEditorState().read(() => $getRoot().getChildren().map((block) => [block.getTextContent(), $getStamp(block)]));
}

describe('stamping', () => {
  it('stamps each new line at the instant its first character was typed, and never moves it', () => {
    const { editor, at } = setup();
    type(editor, 'F');
    at(T0 + 4000);
    type(editor, 'irst line');
    enter(editor);
    at(T0 + 60_000);
    type(editor, 'Second line');
    expect(lines(editor)).toEqual([
      ['First line', T0],
      ['Second line', T0 + 60_000],
    ]);
    at(T0 + 120_000);
    act(editor, () => $getRoot().getFirstChildOrThrow().selectEnd());
    type(editor, ' edited');
    expect(lines(editor)[0]).toEqual(['First line edited', T0]);
  });

  it('gives the new line of a split a new stamp and keeps the first line’s own', () => {
    const { editor, at } = setup();
    type(editor, 'Hello world');
    at(T0 + 30_000);
    act(editor, () => {
      const text = $getRoot().getFirstDescendant();
      if ($isTextNode(text)) text.select(5, 5);
    });
    enter(editor);
    expect(lines(editor)).toEqual([
      ['Hello', T0],
      [' world', T0 + 30_000],
    ]);
  });

  it('keeps the earlier stamp when two lines are joined', () => {
    const { editor, at } = setup();
    type(editor, 'One');
    enter(editor);
    at(T0 + 10_000);
    type(editor, 'Two');
    act(editor, () => $getRoot().getLastChildOrThrow().selectStart());
    act(editor, () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.deleteCharacter(true);
    });
    expect(lines(editor)).toEqual([['OneTwo', T0]]);
  });

  it('restores stamps exactly on undo and redo', () => {
    const { editor, at } = setup();
    type(editor, 'One');
    enter(editor);
    at(T0 + 10_000);
    type(editor, 'Two');
    at(T0 + 20_000);
    // Every state that history walks through must pair each line with its original stamp.
    const expected = (text: string) => (text === '' ? null : text.startsWith('O') ? T0 : T0 + 10_000);
    const visited: Array<Array<[string, number | null]>> = [];
    for (let i = 0; i < 6; i++) {
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      visited.push(lines(editor));
    }
    for (let i = 0; i < 6; i++) {
      editor.dispatchCommand(REDO_COMMAND, undefined);
      visited.push(lines(editor));
    }
    expect(visited.some((state) => state.length === 1)).toBe(true);
    expect(visited.some((state) => state.length === 2)).toBe(true);
    for (const state of visited) {
      for (const [text, stamp] of state) expect([text, stamp]).toEqual([text, expected(text)]);
    }
  });

  it('stamps text pasted from outside with the paste instant, one stamp per block', () => {
    const { editor, at } = setup();
    type(editor, 'Before');
    enter(editor);
    at(T0 + 90_000);
    act(
      editor,
      () => {
        const pasted = ['Pasted one', 'Pasted two', 'Pasted three'].map((line) => $createParagraphNode().append($createTextNode(line)));
        $insertGeneratedNodes(editor, pasted, $getSelection()!);
      },
      PASTE_TAG,
    );
    const after = lines(editor);
    expect(after[0]).toEqual(['Before', T0]);
    expect(after.slice(1).map(([, stamp]) => stamp)).toEqual([T0 + 90_000, T0 + 90_000, T0 + 90_000]);
    expect(after.slice(1).map(([text]) => text)).toEqual(['Pasted one', 'Pasted two', 'Pasted three']);
  });

  it('keeps the stamps of blocks copied within the editor', () => {
    const { editor, at } = setup();
    type(editor, 'First');
    enter(editor);
    at(T0 + 5_000);
    type(editor, 'Second');
    enter(editor);
    let copied: ReturnType<typeof $generateJSONFromSelectedNodes> | undefined;
    act(editor, () => {
      $getRoot().select(0, 2);
      copied = $generateJSONFromSelectedNodes(editor, $getSelection());
      $getRoot().selectEnd();
    });
    at(T0 + 600_000);
    act(
      editor,
      () => {
        $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(copied!.nodes), $getSelection()!);
      },
      PASTE_TAG,
    );
    const stamps = lines(editor).map(([, stamp]) => stamp);
    expect(stamps.slice(0, 2)).toEqual([T0, T0 + 5_000]);
    expect(stamps).toContain(T0 + 5_000);
    expect(stamps.filter((stamp) => stamp === T0 + 600_000)).toHaveLength(0);
  });

  it('leaves lines unstamped while the session is not live when the setting says so', () => {
    let live = false;
    const { editor, at } = setup({ shouldStamp: () => live });
    type(editor, 'Before the talk');
    enter(editor);
    at(T0 + 60_000);
    live = true;
    type(editor, 'During the talk');
    expect(lines(editor)).toEqual([
      ['Before the talk', null],
      ['During the talk', T0 + 60_000],
    ]);
  });

  it('stamps lines typed while not live when the setting allows it', () => {
    const { editor } = setup({ shouldStamp: () => true });
    type(editor, 'Hallway chat');
    expect(lines(editor)).toEqual([['Hallway chat', T0]]);
  });

  it('subtracts the lag setting from each stamp', () => {
    const { editor } = setup({ lagSeconds: () => 7 });
    type(editor, 'Said a moment ago');
    expect(lines(editor)).toEqual([['Said a moment ago', T0 - 7_000]]);
  });

  it('does not stamp text that arrives while loading a document', () => {
    const { editor } = setup();
    act(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('From a template'))), NO_STAMP_TAG);
    expect(lines(editor)[1]).toEqual(['From a template', null]);
  });

  it('reports each new stamp once, after the update', async () => {
    const { editor, stamped } = setup();
    type(editor, 'abc');
    await Promise.resolve();
    expect(stamped).toEqual([T0]);
  });

  it('keeps stamps through JSON, the stored form of a document', () => {
    const { editor } = setup();
    type(editor, 'Kept');
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const other = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
    other.setEditorState(other.parseEditorState(json));
    expect(lines(other)).toEqual([['Kept', T0]]);
    act(other, () => $setStamp($getRoot().getFirstChildOrThrow(), T0 + 1));
    expect(lines(other)).toEqual([['Kept', T0 + 1]]);
  });
});
