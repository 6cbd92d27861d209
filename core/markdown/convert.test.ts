import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $setActionId } from '../editor/actionItemState';
import { plenaryNodes } from '../editor/nodes';
import { $setStamp } from '../editor/stampState';
import type { EditorStateJson } from '../model/session';
import { editorStateToMarkdown, markdownToEditorState } from './convert';

function roundTrip(markdown: string): string {
  return editorStateToMarkdown(markdownToEditorState(markdown));
}

type JsonNode = { type: string; children?: JsonNode[]; listType?: string; checked?: boolean; $?: Record<string, unknown> };

function collect(state: EditorStateJson, type: string): JsonNode[] {
  const found: JsonNode[] = [];
  const walk = (node: JsonNode): void => {
    if (node.type === type) found.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(state.root as unknown as JsonNode);
  return found;
}

describe('markdown round trip', () => {
  const cases: Array<[string, string]> = [
    ['headings', '# One\n\n## Two\n\n### Three'],
    ['bold and italic', 'Some **bold** and *italic* and ***both*** text.'],
    ['inline code and strikethrough', 'Call `run()` now, ~~not later~~.'],
    ['links', 'See [the slides](https://example.com/slides?a=1&b=2) for more.'],
    ['bullet list', '- first\n- second\n- third'],
    ['numbered list', '1. first\n2. second\n3. third'],
    ['check list', '- [ ] open item\n- [x] done item'],
    ['nested lists', '- outer\n    - inner\n        - innermost\n- back out'],
    ['nested numbered in bullet', '- outer\n    1. one\n    2. two'],
    ['quote', '> A quote worth keeping.'],
    ['code block', '```ts\nconst a = 1;\nconsole.log(a);\n```'],
    ['mixed document', '# Talk\n\nIntro line.\n\n- point\n- [link](https://x.org)\n\n> quoted\n\n- [ ] follow up'],
  ];
  for (const [name, markdown] of cases) {
    it(`keeps ${name}`, () => {
      expect(roundTrip(markdown)).toBe(markdown);
    });
  }

  it('reads task lists into a check list with checked state', () => {
    const state = markdownToEditorState('- [ ] open\n- [x] done');
    const lists = collect(state, 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.listType).toBe('check');
    const items = collect(state, 'listitem');
    expect(items.map((item) => item.checked)).toEqual([false, true]);
  });

  it('gives each imported check item an action id that survives the document JSON', () => {
    const state = markdownToEditorState('- [ ] call Ana\n- [x] read the paper\n- plain bullet');
    const checkItems = collect(state, 'listitem').filter((item) => item.$?.['actionId'] !== undefined);
    expect(checkItems).toHaveLength(2);
    const ids = checkItems.map((item) => item.$?.['actionId']);
    expect(new Set(ids).size).toBe(2);
    // Through JSON text and back through an editor, the ids stay.
    const reparsed = JSON.parse(JSON.stringify(state)) as EditorStateJson;
    const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (e) => { throw e; } });
    const again = editor.parseEditorState(JSON.stringify(reparsed)).toJSON() as unknown as EditorStateJson;
    expect(collect(again, 'listitem').map((item) => item.$?.['actionId']).filter(Boolean)).toEqual(ids);
    expect(editorStateToMarkdown(again)).toBe('- [ ] call Ana\n- [x] read the paper\n\n- plain bullet');
  });

  it('can leave action ids unassigned', () => {
    const state = markdownToEditorState('- [ ] x', { assignActionIds: false });
    expect(collect(state, 'listitem')[0]?.$).toBeUndefined();
  });

  it('writes stamps as prefixes or lines when asked, and never by default', () => {
    const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (e) => { throw e; } });
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        root.append($setStamp($createParagraphNode(), 1000).append($createTextNode('first line')));
        const list = $createListNode('check');
        list.append($setActionId($setStamp($createListItemNode(false), 2000), 'a1').append($createTextNode('todo')));
        root.append(list);
      },
      { discrete: true },
    );
    const state = editor.getEditorState().toJSON() as unknown as EditorStateJson;
    expect(editorStateToMarkdown(state)).toBe('first line\n\n- [ ] todo');
    const prefix = editorStateToMarkdown(state, { stamps: { placement: 'prefix', render: (s) => `**${s}** ` } });
    expect(prefix).toBe('**1000** first line\n\n- [ ] **2000** todo');
    const line = editorStateToMarkdown(state, { stamps: { placement: 'line', render: (s) => `*${s}*` } });
    expect(line).toBe('*1000*\n\nfirst line\n\n*2000*\n\n- [ ] todo');
  });

  it('accepts Windows line endings', () => {
    expect(roundTrip('# A\r\n\r\ntext')).toBe('# A\n\ntext');
  });
});

describe('escaping text for posts', () => {
  function paragraphs(lines: string[]): EditorStateJson {
    const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (e) => { throw e; } });
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const line of lines) root.append($createParagraphNode().append($createTextNode(line)));
      },
      { discrete: true },
    );
    return editor.getEditorState().toJSON() as unknown as EditorStateJson;
  }

  it('keeps block markers, HTML, links, entities and shortcodes literal', () => {
    const lines = ['# not heading', '- not list', '1. not list', '> not quote', '<script>x</script>', '[a](b) and ![c](d.png)', '&amp; &#65;', '{{< shortcode >}}', '*star* _under_ `tick` \\'];
    const markdown = editorStateToMarkdown(paragraphs(lines), { escapeText: true });
    expect(markdown.split('\n\n')).toEqual([
      '\\# not heading',
      '\\- not list',
      '1\\. not list',
      '\\> not quote',
      '\\<script\\>x\\</script\\>',
      '\\[a\\](b) and !\\[c\\](d.png)',
      '&amp;amp; &amp;#65;',
      '\\{\\{\\< shortcode \\>\\}\\}',
      '\\*star\\* \\_under\\_ \\`tick\\` \\\\',
    ]);
    // Read back, the escaped block markers stay paragraphs.
    const back = markdownToEditorState(markdown);
    expect((back.root.children as Array<{ type: string }>).every((block) => block.type === 'paragraph')).toBe(true);
  });
});
