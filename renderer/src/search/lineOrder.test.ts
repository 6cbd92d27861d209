import { createHeadlessEditor } from '@lexical/headless';
import { $getNodeByKey, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { plenaryNodes } from '../../../core/editor/nodes';
import { markdownToEditorState } from '../../../core/markdown/convert';
import { documentLines } from '../../../core/search/documentLines';
import { lineKeyAt } from '../editor/jump';

// A search result names its line by position (documentLines); the session
// screen finds that position again in the live editor (lineKeyAt). Both must
// count the same blocks in the same order, nested lists and quotes included.
// An image carries a stamp but is not a line of text: neither side counts it.
const markdown = `# Celery at Instagram

Intro paragraph with [a link](https://example.com) inside.

> A quote from the speaker

![A slide: not a line of text](${'ef'.repeat(32)}.png)

- Outer item one
  - Nested item under one
    - Deeper still
- Outer item two

\`\`\`
code is not a line
\`\`\`

- [ ] Try out celery
- [x] Read the docs

## Questions

1. First question
2. Second question

Last words.
`;

describe('line positions', () => {
  it('search and the editor count the same lines in the same order', () => {
    const content = markdownToEditorState(markdown);
    const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => {
        throw error;
      },
    });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
    const lines = documentLines(content);
    expect(lines.length).toBeGreaterThan(10);
    expect(JSON.stringify(content)).toContain('"type":"image"');
    for (const line of lines) {
      const key = lineKeyAt(editor, line.blockIndex);
      expect(key, `line ${line.blockIndex}`).not.toBeNull();
      const ownText = editor.getEditorState().read(() => {
        const node = key === null ? null : $getNodeByKey(key);
        if (!$isElementNode(node)) return null;
        // The editor's own text of the block, without nested lists.
        return node
          .getChildren()
          .filter((child) => child.getType() !== 'list')
          .map((child) => child.getTextContent())
          .join('');
      });
      expect(ownText, `line ${line.blockIndex}`).toBe(line.text);
    }
    expect(lineKeyAt(editor, lines.length)).toBeNull();
    expect(lines.map((line) => line.text)).toContain('Nested item under one');
    expect(lines.findIndex((line) => line.text === 'Deeper still')).toBeGreaterThan(lines.findIndex((line) => line.text === 'Nested item under one'));
  });
});
