import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $setActionId } from '../editor/actionItemState';
import { plenaryNodes } from '../editor/nodes';
import { $setStamp } from '../editor/stampState';
import { markdownToEditorState } from '../markdown/convert';
import type { EditorStateJson } from '../model/session';
import { deriveActionItems, suggestionId } from './derive';

const context = { timeZone: 'America/New_York', referenceTime: Date.parse('2013-03-15T17:55:11Z'), tags: ['pycon'] };

const notes = `# Instagram talk

Redis db

RabbitMQ (ha, that's what I plan to use)

## Actions for me

- Build rabbit-in-a-box
- Try out celery

# Scrapy

scrapyd is a daemon you can throw scrapy projects at. I'll try that out later.

"We need to talk about your flaky tests"

- [ ] Email @asheesh about the #scrapy slides by Friday
- [x] Thank Kenneth for python-guide
- [ ] Email @asheesh about the #scrapy slides by Friday

Should we adopt trunk-based development?

TODO: watch the Big Data Algorithms video
`;

describe('deriveActionItems', () => {
  const doc = markdownToEditorState(notes);
  const rows = deriveActionItems('session-1', 'conf-1', doc, context);

  it('lists explicit items with their ids, done state, owner, due date and tags', () => {
    const explicit = rows.filter((row) => row.source === 'explicit');
    expect(explicit.map((row) => [row.text, row.done, row.owner, row.due, row.tags])).toEqual([
      ['Email @asheesh about the #scrapy slides by Friday', false, 'asheesh', '2013-03-15', ['scrapy', 'pycon']],
      ['Thank Kenneth for python-guide', true, 'me', null, ['pycon']],
      ['Email @asheesh about the #scrapy slides by Friday', false, 'asheesh', '2013-03-15', ['scrapy', 'pycon']],
    ]);
    // Each check-list line keeps the action id the document gives it, even when two read the same.
    const ids = explicit.map((row) => row.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  });

  it('suggests follow-ups found in prose, with a reason, and leaves the rest', () => {
    const suggested = rows.filter((row) => row.source === 'suggested');
    expect(suggested.map((row) => row.text)).toEqual([
      'Build rabbit-in-a-box',
      'Try out celery',
      "scrapyd is a daemon you can throw scrapy projects at. I'll try that out later.",
      'watch the Big Data Algorithms video',
    ]);
    expect(suggested[0]?.reason).toBe('listed under "Actions for me"');
    expect(suggested.every((row) => row.id === suggestionId('session-1', row.text))).toBe(true);
  });

  it('points each row at its line', () => {
    const lines = rows.map((row) => row.lineIndex);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(rows.find((row) => row.text === 'Try out celery')?.lineIndex).toBe(5);
  });

  it('gives a suggestion the same id on every save, so a dismissal holds', () => {
    const again = deriveActionItems('session-1', 'conf-1', markdownToEditorState(`intro\n\n${notes}`), context);
    const ids = (list: typeof rows) => list.filter((row) => row.source === 'suggested').map((row) => row.id);
    expect(ids(again)).toEqual(ids(rows));
    expect(suggestionId('session-2', 'Try out celery')).not.toBe(suggestionId('session-1', 'Try out celery'));
  });

  it('reads due words from the instant the line was written, in the conference zone', () => {
    const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
    editor.update(() => {
      const list = $createListNode('check');
      const item = $createListItemNode(false);
      item.append($createTextNode('Call Ana tomorrow'));
      $setActionId(item, 'call-ana');
      // 2026-11-26 04:30 UTC is still the 25th in New York.
      $setStamp(item, Date.parse('2026-11-26T04:30:00Z'));
      list.append(item);
      const paragraph = $createParagraphNode().append($createTextNode('I need to email Bob tomorrow'));
      $getRoot().append(list, paragraph);
    }, { discrete: true });
    const json = editor.getEditorState().toJSON() as unknown as EditorStateJson;
    const [call, email] = deriveActionItems('s', 'c', json, { timeZone: 'America/New_York', referenceTime: Date.parse('2026-12-01T12:00:00Z') });
    expect(call).toMatchObject({ id: 'call-ana', due: '2026-11-26', stamp: Date.parse('2026-11-26T04:30:00Z') });
    expect(email).toMatchObject({ source: 'suggested', due: '2026-12-02', stamp: null });
  });

  it('gives a check-list line without an id a provisional one, stable across saves', () => {
    const json = markdownToEditorState('- [ ] Read the paper\n- [ ] Read the paper\n', { assignActionIds: false });
    const first = deriveActionItems('s', 'c', json, context).map((row) => row.id);
    expect(first).toHaveLength(2);
    expect(new Set(first).size).toBe(2);
    expect(deriveActionItems('s', 'c', json, context).map((row) => row.id)).toEqual(first);
  });

  it('returns nothing for an empty document', () => {
    expect(deriveActionItems('s', 'c', { root: { type: 'root', children: [] } }, context)).toEqual([]);
  });
});
