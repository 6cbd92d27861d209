// @vitest-environment jsdom
import { $getHtmlContent } from '@lexical/clipboard';
import { registerRichText } from '@lexical/rich-text';
import { $createNodeSelection, $getRoot, $setSelection, PASTE_COMMAND, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createImageNode, $isImageNode } from './imageNode';
import { plenaryNodes } from './nodes';
import { NO_STAMP_TAG } from './stamping';

// jsdom has no DragEvent or ClipboardEvent; Lexical's paste path only checks an event's class against them.
(globalThis as { DragEvent?: unknown }).DragEvent ??= class DragEvent extends Event {};
(globalThis as { ClipboardEvent?: unknown }).ClipboardEvent ??= class ClipboardEvent extends Event {};

const asset = `${'9f'.repeat(32)}.webp`;

function sessionEditor(namespace: string): LexicalEditor {
  const editor = createEditor({ namespace, nodes: [...plenaryNodes], onError: (error) => { throw error; } });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  registerRichText(editor);
  return editor;
}

function pasteHtml(editor: LexicalEditor, html: string) {
  editor.update(() => $getRoot().selectEnd(), { discrete: true });
  const clipboardData = { types: ['text/html'], getData: (type: string) => (type === 'text/html' ? html : '') };
  editor.dispatchCommand(PASTE_COMMAND, { clipboardData, preventDefault() {} } as unknown as ClipboardEvent);
}

function images(editor: LexicalEditor) {
  return editor.getEditorState().read(() => $getRoot().getChildren().filter($isImageNode).map((image) => image.getData()));
}

// Two sessions' editors have their own namespaces, so a copied image goes through HTML between them.
describe('pasting images as HTML', () => {
  it('brings an image copied from another session, by its asset name, and never an image from the web', async () => {
    const talk = sessionEditor('plenary-session-a');
    let html = '';
    talk.update(
      () => {
        const image = $createImageNode({ asset, altText: 'Slide 3', width: 640, height: 360 });
        $getRoot().clear().append(image);
        const selection = $createNodeSelection();
        selection.add(image.getKey());
        $setSelection(selection);
        html = $getHtmlContent(talk);
      },
      { discrete: true, tag: NO_STAMP_TAG },
    );
    expect(html).toContain(`data-asset="${asset}"`);

    const other = sessionEditor('plenary-session-b');
    pasteHtml(other, html);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(images(other)).toEqual([{ asset, altText: 'Slide 3', width: 640, height: 360 }]);

    const web = sessionEditor('plenary-session-c');
    pasteHtml(web, '<p>chart</p><img src="https://example.com/chart.png" alt="chart"><img data-asset="../../x.png" alt="x">');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(images(web)).toEqual([]);
  });
});
