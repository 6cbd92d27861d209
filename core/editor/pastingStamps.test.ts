// @vitest-environment jsdom
import { $generateJSONFromSelectedNodes } from '@lexical/clipboard';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NO_STAMP_TAG, registerStamping } from './stamping';
import { pageEditor } from './testPageEditor';
import { $getStamp, $setStamp } from './stampState';

const T0 = Date.UTC(2026, 8, 8, 17, 0, 0);

function sessionEditor(namespace: string, clock: { now: number }): LexicalEditor {
  const editor = pageEditor(namespace, document);
  registerHistory(editor, createEmptyHistoryState(), 300);
  registerStamping(editor, { now: () => clock.now, lagSeconds: () => 0, shouldStamp: () => true });
  return editor;
}

function copyAll(editor: LexicalEditor): string {
  let payload = '';
  editor.update(
    () => {
      $getRoot().select(0, $getRoot().getChildrenSize());
      payload = JSON.stringify($generateJSONFromSelectedNodes(editor, $getSelection()));
    },
    { discrete: true },
  );
  return payload;
}

function paste(editor: LexicalEditor, payload: string) {
  editor.update(() => $getRoot().selectEnd(), { discrete: true });
  const clipboardData = {
    types: ['application/x-lexical-editor', 'text/plain'],
    getData: (type: string) => (type === 'application/x-lexical-editor' ? payload : type === 'text/plain' ? 'Said at five' : ''),
  };
  editor.dispatchCommand(PASTE_COMMAND, { clipboardData, preventDefault() {} } as unknown as ClipboardEvent);
}

function stamps(editor: LexicalEditor) {
  return editor.getEditorState().read(() => $getRoot().getChildren().map((block) => [block.getTextContent(), $getStamp(block)]));
}

// Each session's editor has its own namespace (plenary-session-<id>). Lexical
// inserts its own clipboard format only into the namespace it was copied from
// and falls back to HTML or plain text elsewhere, so copied blocks keep their
// stamps within a session and get the paste instant in another one.
describe('pasting stamped blocks', () => {
  it('keeps stamps of blocks copied within the same session and restamps those from another session', async () => {
    const clock = { now: T0 };
    const talk = sessionEditor('plenary-session-a', clock);
    const other = sessionEditor('plenary-session-b', clock);
    talk.update(
      () => {
        const line = $createParagraphNode().append($createTextNode('Said at five'));
        $setStamp(line, T0);
        $getRoot().clear().append(line, $createParagraphNode());
      },
      { discrete: true, tag: NO_STAMP_TAG },
    );
    const copied = copyAll(talk);
    expect(JSON.parse(copied).namespace).toBe('plenary-session-a');

    clock.now = T0 + 3_600_000;
    paste(talk, copied);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stamps(talk).filter(([text]) => text === 'Said at five').map(([, stamp]) => stamp)).toEqual([T0, T0]);

    other.update(() => $getRoot().clear().append($createParagraphNode()), { discrete: true, tag: NO_STAMP_TAG });
    paste(other, copied);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stamps(other).filter(([text]) => text === 'Said at five').map(([, stamp]) => stamp)).toEqual([T0 + 3_600_000]);
  });
});
