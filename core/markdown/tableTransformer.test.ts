import { describe, expect, it } from 'vitest';
import type { JsonNode } from '../templates/jsonTree';
import { editorStateToMarkdown, markdownToEditorState } from './convert';

const table = ['| format | size | speed |', '| --- | :-: | ---: |', '| JSON | large | slow |', '| *msgpack* | small | fast \\| mostly |'].join('\n');

function cells(state: ReturnType<typeof markdownToEditorState>): string[][] {
  const found = state.root.children.find((block) => block['type'] === 'table') as JsonNode | undefined;
  const text = (node: JsonNode): string =>
    node.type === 'text' ? String(node['text']) : ((node.children as JsonNode[] | undefined) ?? []).map(text).join('');
  return ((found?.children as JsonNode[] | undefined) ?? []).map((row) => ((row.children as JsonNode[]) ?? []).map(text));
}

describe('markdown tables', () => {
  it('are read into editor tables, header and cells as written', () => {
    const state = markdownToEditorState(`A comparison from the talk:\n\n${table}\n\nThat was the slide.`);
    expect(state.root.children.map((block) => block['type'])).toEqual(['paragraph', 'table', 'paragraph']);
    expect(cells(state)).toEqual([
      ['format', 'size', 'speed'],
      ['JSON', 'large', 'slow'],
      ['msgpack', 'small', 'fast | mostly'],
    ]);
  });

  it('are written back as GFM tables, pipes in cells escaped', () => {
    const markdown = editorStateToMarkdown(markdownToEditorState(table));
    expect(markdown).toBe(['| format | size | speed |', '| --- | --- | --- |', '| JSON | large | slow |', '| *msgpack* | small | fast \\| mostly |'].join('\n'));
    expect(editorStateToMarkdown(markdownToEditorState(markdown), { escapeText: true })).toBe(markdown);
  });

  it('keep markup typed in a cell as text in a post', () => {
    const state = markdownToEditorState('| a | b |\n| - | - |\n| \\<b>bold\\</b> | {{< x >}} |');
    expect(cells(state)[1]).toEqual(['<b>bold</b>', '{{< x >}}']);
    const post = editorStateToMarkdown(state, { escapeText: true });
    expect(post).not.toContain('<b>');
    expect(editorStateToMarkdown(markdownToEditorState(post))).toContain('bold');
    expect(cells(markdownToEditorState(post))[1]).toEqual(['<b>bold</b>', '{{< x >}}']);
  });

  it('leave a line with pipes and no divider as text', () => {
    const state = markdownToEditorState('| not | a table |\n\nnext');
    expect(state.root.children.map((block) => block['type'])).toEqual(['paragraph', 'paragraph']);
    expect(editorStateToMarkdown(state)).toContain('not | a table');
  });
});
