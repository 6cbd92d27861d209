import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createImageNode, $isImageNode } from './imageNode';
import { plenaryNodes } from './nodes';
import { NO_STAMP_TAG, registerStamping, stampAt } from './stamping';
import { $getStamp, $setStamp } from './stampState';

const asset = `${'ab'.repeat(32)}.png`;

function newEditor() {
  return createHeadlessEditor({
    namespace: 'image-test',
    nodes: [...plenaryNodes],
    onError: (error) => {
      throw error;
    },
  });
}

describe('ImageNode', () => {
  it('writes the asset name, alt text, size and stamp in its JSON, never bytes, and reads them back', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const image = $createImageNode({ asset, altText: 'Slide 12: the latency chart', width: 1280, height: 720 });
        $setStamp(image, 1_700_000_000_000);
        $getRoot().append($createParagraphNode().append($createTextNode('before')), image);
      },
      { discrete: true },
    );
    const json = editor.getEditorState().toJSON();
    const node = json.root.children[1] as unknown as Record<string, unknown>;
    expect(node).toEqual({
      type: 'image',
      version: 1,
      asset,
      altText: 'Slide 12: the latency chart',
      width: 1280,
      height: 720,
      $: { stamp: 1_700_000_000_000 },
    });

    const other = newEditor();
    const parsed = other.parseEditorState(JSON.parse(JSON.stringify(json)) as SerializedEditorState);
    parsed.read(() => {
      const image = $getRoot().getChildren()[1];
      expect($isImageNode(image)).toBe(true);
      if (!$isImageNode(image)) return;
      expect(image.getData()).toEqual({ asset, altText: 'Slide 12: the latency chart', width: 1280, height: 720 });
      expect($getStamp(image)).toBe(1_700_000_000_000);
      expect(image.hasValidAsset()).toBe(true);
    });
    expect(parsed.toJSON()).toEqual(json);
  });

  it('keeps a line whose asset name is damaged instead of failing the whole document', () => {
    const editor = newEditor();
    const state = editor.parseEditorState({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'image', version: 1, asset: '../../etc/passwd', altText: 7, width: -3, height: 'x' }],
      },
    } as unknown as SerializedEditorState);
    state.read(() => {
      const image = $getRoot().getFirstChild();
      expect($isImageNode(image) && image.getData()).toEqual({ asset: '../../etc/passwd', altText: '', width: null, height: null });
      expect($isImageNode(image) && image.hasValidAsset()).toBe(false);
    });
  });

  it('is stamped when inserted, like a line typed at that moment, and keeps a stamp it already has', () => {
    const editor = newEditor();
    let now = 5_000_000;
    registerStamping(editor, { now: () => now, lagSeconds: () => 2, shouldStamp: () => true });
    editor.update(() => $getRoot().append($createImageNode({ asset, altText: '', width: null, height: null })), { discrete: true });
    now = 9_000_000;
    editor.update(
      () => {
        const image = $getRoot().getFirstChild();
        if ($isImageNode(image)) image.setAltText('edited later');
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const image = $getRoot().getFirstChild();
      expect(image && $getStamp(image)).toBe(5_000_000 - 2000);
    });
  });

  it('keeps the instant it was pasted when it enters the notes later, and stays unstamped while lines must', () => {
    const editor = newEditor();
    let now = 7_000_000;
    let live = true;
    const options = { now: () => now, lagSeconds: () => 3, shouldStamp: () => live };
    registerStamping(editor, options);
    const pastedAt = stampAt(options, now);
    now = 7_000_900; // storing the bytes took a moment
    editor.update(
      () => {
        const image = $createImageNode({ asset, altText: '', width: null, height: null });
        if (pastedAt !== null) $setStamp(image, pastedAt);
        $getRoot().append(image);
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => expect($getStamp($getRoot().getFirstChildOrThrow())).toBe(7_000_000 - 3000));
    live = false;
    expect(stampAt(options, now)).toBeNull();
  });

  it('is not stamped while a document is loaded', () => {
    const editor = newEditor();
    registerStamping(editor, { now: () => 5_000_000, lagSeconds: () => 0, shouldStamp: () => true });
    editor.update(() => $getRoot().append($createImageNode({ asset, altText: '', width: null, height: null })), {
      discrete: true,
      tag: NO_STAMP_TAG,
    });
    editor.getEditorState().read(() => {
      const image = $getRoot().getFirstChild();
      expect(image && $getStamp(image)).toBeNull();
    });
  });
});
