// @vitest-environment jsdom
import { registerTablePlugin } from '@lexical/table';
import { $createParagraphNode, $getRoot, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { holdsMarkdownTable, registerMarkdownTablePaste } from './markdownTablePaste';
import { pageEditor } from '../../../../core/editor/testPageEditor';

function pastePlain(editor: LexicalEditor, text: string) {
  editor.update(
    () => {
      if ($getRoot().getChildrenSize() === 0) $getRoot().append($createParagraphNode());
      $getRoot().selectEnd();
    },
    { discrete: true },
  );
  const clipboardData = { types: ['text/plain'], getData: (type: string) => (type === 'text/plain' ? text : '') };
  editor.dispatchCommand(PASTE_COMMAND, { clipboardData, preventDefault() {} } as unknown as ClipboardEvent);
}

describe('pasting a markdown table', () => {
  it('gives a table, with the lines around it as lines', async () => {
    const editor = pageEditor('plenary-paste-table', document);
    registerTablePlugin(editor);
    registerMarkdownTablePaste(editor);
    pastePlain(editor, 'Formats compared:\n\n| format | size |\n|---|---|\n| JSON | large |\n| CBOR | small |\n');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const shape = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => [block.getType(), block.getTextContent().replace(/\s+/g, ' ').trim()]),
    );
    expect(shape.filter(([, text]) => text !== '')).toEqual([
      ['paragraph', 'Formats compared:'],
      ['table', expect.stringMatching(/format size JSON large CBOR small/)],
    ]);
  });

  it('leaves text with pipes but no table to the usual paste', () => {
    expect(holdsMarkdownTable('a | b\nc | d')).toBe(false);
    expect(holdsMarkdownTable('| a | b |\n| - | - |')).toBe(true);
  });
});
