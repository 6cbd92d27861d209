// @vitest-environment jsdom
import { $getHtmlContent } from '@lexical/clipboard';
import { $createNodeSelection, $getRoot, $setSelection, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createImageNode, $isImageNode } from './imageNode';
import { NO_STAMP_TAG } from './stamping';
import { pageEditor } from './testPageEditor';

const asset = `${'9f'.repeat(32)}.webp`;

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
    const talk = pageEditor('plenary-session-a', document);
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

    const other = pageEditor('plenary-session-b', document);
    pasteHtml(other, html);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(images(other)).toEqual([{ asset, altText: 'Slide 3', width: 640, height: 360 }]);

    const web = pageEditor('plenary-session-c', document);
    pasteHtml(web, '<p>chart</p><img src="https://example.com/chart.png" alt="chart"><img data-asset="../../x.png" alt="x">');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(images(web)).toEqual([]);
  });
});
