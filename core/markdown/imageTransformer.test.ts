import { describe, expect, it } from 'vitest';
import type { EditorStateJson } from '../model/session';
import { editorStateToMarkdown, markdownToEditorState } from './convert';

const asset = `${'cd'.repeat(32)}.jpg`;

function images(state: EditorStateJson): Array<Record<string, unknown>> {
  return (state.root.children as unknown as Array<Record<string, unknown>>).filter((node) => node.type === 'image');
}

describe('images in markdown', () => {
  it('round-trips an image line by its asset name', () => {
    const markdown = `Before the slide.\n\n![The [new] roadmap](${asset})\n\nAfter.`;
    const state = markdownToEditorState(markdown);
    expect(images(state)).toMatchObject([{ asset, altText: 'The [new] roadmap' }]);
    expect(editorStateToMarkdown(state)).toBe(`Before the slide.\n\n![The \\[new\\] roadmap](${asset})\n\nAfter.`);
  });

  it('writes the link a post asks for', () => {
    const state = markdownToEditorState(`![chart](${asset})`);
    expect(editorStateToMarkdown(state, { imageUrl: (name) => `/assets/images/talk/${name}` })).toBe(
      `![chart](/assets/images/talk/${asset})`,
    );
    expect(editorStateToMarkdown(state, { imageUrl: () => 'a folder/x (1).jpg', escapeText: true })).toBe(
      '![chart](<a folder/x (1).jpg>)',
    );
  });

  it('keeps as text an image link it is not told the asset of, whole', () => {
    const state = markdownToEditorState('![remote](https://example.com/x.png)\n\n![local](slides/one.png)');
    expect(images(state)).toEqual([]);
    expect(editorStateToMarkdown(state)).toBe('![remote](https://example.com/x.png)\n\n![local](slides/one.png)');
  });

  it('asks the importer which asset a link stands for', () => {
    const asked: string[] = [];
    const state = markdownToEditorState('![one](slides/one.png)\n\n![two](<my slides/two.png> "Title")', {
      imageAsset: (src, alt) => {
        asked.push(`${alt}:${src}`);
        return src === 'slides/one.png' ? asset : null;
      },
    });
    expect(asked).toEqual(['one:slides/one.png', 'two:my slides/two.png']);
    expect(images(state)).toMatchObject([{ asset, altText: 'one' }]);
    expect(editorStateToMarkdown(state)).toContain('![two](<my slides/two.png> "Title")');
  });

  it('leaves an image in the middle of a line as text', () => {
    const state = markdownToEditorState(`See ![x](${asset}) here`);
    expect(images(state)).toEqual([]);
  });
});
