import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode, $isListNode, type ListItemNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, type ParagraphNode, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $getActionId, $setActionId } from '../editor/actionItemState';
import { plenaryNodes } from '../editor/nodes';
import { $getStamp, $setStamp } from '../editor/stampState';
import {
  $actionIdOwners,
  $actionItems,
  $isActionItem,
  $convertLineToActionItem,
  $documentLines,
  $ensureActionIds,
  $setActionDone,
  $suggestionText,
} from './actionIds';
import { deriveActionItems } from './derive';
import { documentLinesFromJson } from './lines';

function newEditor(): LexicalEditor {
  return createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
}

function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A check list with items of the given texts and ids (null: no id). */
function $checkList(items: Array<[string, string | null]>) {
  const list = $createListNode('check');
  for (const [text, id] of items) {
    const item = $createListItemNode(false);
    item.append($createTextNode(text));
    if (id) $setActionId(item, id);
    list.append(item);
  }
  return list;
}

function read<T>(editor: LexicalEditor, fn: () => T): T {
  return editor.getEditorState().read(fn);
}

function itemsOf(editor: LexicalEditor): Array<{ text: string; id: string | null; done: boolean }> {
  return read(editor, () => $actionItems().map((item) => ({ text: item.getTextContent(), id: $getActionId(item), done: item.getChecked() === true })));
}

function reload(editor: LexicalEditor): LexicalEditor {
  const json = JSON.stringify(editor.getEditorState().toJSON());
  const next = newEditor();
  next.setEditorState(next.parseEditorState(json));
  return next;
}

describe('$ensureActionIds', () => {
  it('gives each item without an id a new one, and the ids survive a reload', () => {
    const editor = newEditor();
    editor.update(() => $getRoot().append($checkList([['Try out celery', null], ['Build rabbit-in-a-box', 'kept']])), { discrete: true });
    let changed = 0;
    editor.update(() => { changed = $ensureActionIds({ makeId: counter() }); }, { discrete: true });
    expect(changed).toBe(1);
    expect(itemsOf(reload(editor))).toEqual([
      { text: 'Try out celery', id: 'id1', done: false },
      { text: 'Build rabbit-in-a-box', id: 'kept', done: false },
    ]);
  });

  it('keeps the id when the text is edited or the line moved', () => {
    const editor = newEditor();
    editor.update(() => {
      $getRoot().append($createParagraphNode().append($createTextNode('intro')), $checkList([['one', 'a'], ['two', 'b']]));
    }, { discrete: true });
    editor.update(() => {
      const [first, second] = $actionItems() as [ListItemNode, ListItemNode];
      first.getFirstChildOrThrow().replace($createTextNode('one, edited'));
      // Move the second item above the intro paragraph, in a list of its own.
      const list = $createListNode('check');
      list.append(second);
      $getRoot().getFirstChildOrThrow().insertBefore(list);
      $ensureActionIds({ makeId: counter('new') });
    }, { discrete: true });
    expect(itemsOf(editor)).toEqual([
      { text: 'two', id: 'b', done: false },
      { text: 'one, edited', id: 'a', done: false },
    ]);
  });

  it('gives a pasted copy a new id, even when pasted above the original', () => {
    const editor = newEditor();
    editor.update(() => $getRoot().append($checkList([['Email Dana', 'a']])), { discrete: true });
    const owners = read(editor, () => $actionIdOwners());
    // A paste brings the same JSON (with the same id) in as new nodes.
    editor.update(() => {
      const copy = $checkList([['Email Dana', 'a']]);
      $getRoot().getFirstChildOrThrow().insertBefore(copy);
      $ensureActionIds({ owners, makeId: counter('copy') });
    }, { discrete: true });
    expect(itemsOf(editor).map((item) => item.id)).toEqual(['copy1', 'a']);
  });

  it('without a record of owners, the first in document order keeps a duplicated id', () => {
    const editor = newEditor();
    editor.update(() => $getRoot().append($checkList([['x', 'dup'], ['y', 'dup'], ['z', 'dup']])), { discrete: true });
    editor.update(() => { $ensureActionIds({ makeId: counter() }); }, { discrete: true });
    expect(itemsOf(editor).map((item) => item.id)).toEqual(['dup', 'id1', 'id2']);
  });

  it('does not count a list item that only wraps a nested list', () => {
    const editor = newEditor();
    editor.update(() => {
      const outer = $checkList([['parent', 'p']]);
      const holder = $createListItemNode(false);
      holder.append($checkList([['child', null]]));
      outer.append(holder);
      $getRoot().append(outer);
      $ensureActionIds({ makeId: counter() });
    }, { discrete: true });
    expect(itemsOf(editor).map((item) => [item.text, item.id])).toEqual([['parent', 'p'], ['child', 'id1']]);
  });
});

describe('$setActionDone', () => {
  it('ticks exactly the item with the id, never another with the same text', () => {
    const editor = newEditor();
    editor.update(() => $getRoot().append($checkList([['Watch the video', 'a'], ['Watch the video', 'b'], ['Watch the video', 'c']])), { discrete: true });
    let found = false;
    editor.update(() => { found = $setActionDone('b', true); }, { discrete: true });
    expect(found).toBe(true);
    expect(itemsOf(reload(editor)).map((item) => item.done)).toEqual([false, true, false]);
    editor.update(() => { found = $setActionDone('missing', true); }, { discrete: true });
    expect(found).toBe(false);
    editor.update(() => { $setActionDone('b', false); }, { discrete: true });
    expect(itemsOf(editor).map((item) => item.done)).toEqual([false, false, false]);
  });
});

describe('$convertLineToActionItem', () => {
  it('turns a paragraph into a check-list item keeping its stamp and text', () => {
    const editor = newEditor();
    editor.update(() => {
      const paragraph = $createParagraphNode().append($createTextNode('TODO: try '), $createTextNode('scrapyd').toggleFormat('bold'));
      $setStamp(paragraph, 1_700_000_000_000);
      $getRoot().append(paragraph);
      $convertLineToActionItem(paragraph, { stripMarker: true, makeId: counter() });
    }, { discrete: true });
    const reloaded = reload(editor);
    expect(itemsOf(reloaded)).toEqual([{ text: 'try scrapyd', id: 'id1', done: false }]);
    read(reloaded, () => {
      const [item] = $actionItems();
      expect(item && $getStamp(item)).toBe(1_700_000_000_000);
      expect(item?.getChildren().map((child) => child.getType())).toEqual(['text', 'text']);
    });
  });

  it('marks an item done for [x] and joins a check list just above', () => {
    const editor = newEditor();
    editor.update(() => {
      const paragraph = $createParagraphNode().append($createTextNode('[x] thank Kenneth'));
      $getRoot().append($checkList([['first', 'a']]), paragraph);
      $convertLineToActionItem(paragraph, { stripMarker: true, makeId: counter() });
      expect($getRoot().getChildrenSize()).toBe(1);
    }, { discrete: true });
    expect(itemsOf(editor)).toEqual([
      { text: 'first', id: 'a', done: false },
      { text: 'thank Kenneth', id: 'id1', done: true },
    ]);
  });

  it('splits a bullet item out of its list into a check list, keeping the items around it', () => {
    const editor = newEditor();
    let middleStamp: number | null = null;
    editor.update(() => {
      const list = $createListNode('bullet');
      for (const [text, stamp] of [['before', 1], ['Try out celery', 2], ['after', 3]] as const) {
        const item = $createListItemNode();
        item.append($createTextNode(text));
        $setStamp(item, 1_700_000_000_000 + stamp);
        list.append(item);
      }
      $getRoot().append(list);
      const middle = list.getChildAtIndex(1) as ListItemNode;
      const converted = $convertLineToActionItem(middle, { makeId: counter() });
      middleStamp = converted ? $getStamp(converted) : null;
    }, { discrete: true });
    expect(middleStamp).toBe(1_700_000_000_002);
    read(editor, () => {
      const lists = $getRoot().getChildren().filter($isListNode);
      expect(lists.map((list) => [list.getListType(), list.getTextContent()])).toEqual([
        ['bullet', 'before'],
        ['check', 'Try out celery'],
        ['bullet', 'after'],
      ]);
    });
  });

  it('turns a heading into an action item and leaves an action item as it is', () => {
    const editor = newEditor();
    editor.update(() => {
      const heading = $createHeadingNode('h2').append($createTextNode('Read the Raft paper'));
      $getRoot().append(heading);
      const item = $convertLineToActionItem(heading, { makeId: counter() });
      expect(item && $convertLineToActionItem(item, { makeId: counter('again') })).toBe(item);
    }, { discrete: true });
    expect(itemsOf(editor)).toEqual([{ text: 'Read the Raft paper', id: 'id1', done: false }]);
  });
});

describe('$documentLines', () => {
  it('counts the same lines as the JSON reader, in the same order', () => {
    const editor = newEditor();
    editor.update(() => {
      const nested = $createListItemNode();
      nested.append($checkList([['nested', 'n']]));
      const bullets = $createListNode('bullet');
      bullets.append($createListItemNode().append($createTextNode('bullet')), nested);
      $getRoot().append(
        $createHeadingNode('h1').append($createTextNode('Title')),
        $createParagraphNode().append($createTextNode('para')),
        bullets,
        $createParagraphNode(),
        $checkList([['check', 'c']]),
      );
    }, { discrete: true });
    const fromEditor = read(editor, () =>
      $documentLines().map((line) => [line.getType(), $isActionItem(line) ? $getActionId(line) : null]),
    );
    const json = editor.getEditorState().toJSON() as SerializedEditorState;
    const fromJson = documentLinesFromJson(json).map((line) => [line.block, line.checkItem ? line.actionId : null]);
    expect(fromJson).toEqual([
      ['heading', null],
      ['paragraph', null],
      ['listitem', null],
      ['listitem', null],
      ['listitem', 'n'],
      ['paragraph', null],
      ['listitem', 'c'],
    ]);
    expect(fromEditor).toEqual(fromJson);
    expect(documentLinesFromJson(json).map((line) => line.text)).toEqual(['Title', 'para', 'bullet', '', 'nested', '', 'check']);
  });
});

describe('$suggestionText', () => {
  it('gives each suggested line the text its derived row holds, and a line typed into since another', () => {
    const editor = newEditor();
    editor.update(() => {
      const wrapper = $createListItemNode();
      wrapper.append($createTextNode("I'll   try celery later"), $createListNode('bullet').append($createListItemNode().append($createTextNode('We should read the docs'))));
      $getRoot().append(
        $createParagraphNode().append($createTextNode('  We need to grab that dataset!  ')),
        $createParagraphNode().append($createTextNode('TODO: I need to email Ada tomorrow')),
        $createListNode('bullet').append(wrapper),
      );
    }, { discrete: true });
    const json = editor.getEditorState().toJSON() as SerializedEditorState;
    const rows = deriveActionItems('s1', 'c1', json, { timeZone: 'UTC', referenceTime: 0 }).filter((row) => row.source === 'suggested');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const texts = read(editor, () => rows.map((row) => $suggestionText($documentLines()[row.lineIndex]!)));
    expect(texts).toEqual(rows.map((row) => row.text));

    // Typed into after its row was derived: the line's text is no longer the row's.
    editor.update(() => {
      $getRoot().getFirstChildOrThrow<ParagraphNode>().append($createTextNode(' And the notebook'));
    }, { discrete: true });
    expect(read(editor, () => $suggestionText($documentLines()[0]!))).not.toBe(rows[0]?.text);
  });
});

describe('$convertActionItemToParagraph', () => {
  it('turns an item back into a paragraph keeping stamp and text, splitting the list', async () => {
    const { $convertActionItemToParagraph } = await import('./actionIds');
    const editor = newEditor();
    editor.update(() => {
      const list = $checkList([['a', 'a'], ['b', 'b'], ['c', 'c']]);
      $getRoot().append(list);
      const middle = list.getChildAtIndex(1) as ListItemNode;
      $setStamp(middle, 1_700_000_000_123);
      const paragraph = $convertActionItemToParagraph(middle);
      expect(paragraph && $getStamp(paragraph)).toBe(1_700_000_000_123);
    }, { discrete: true });
    read(editor, () => {
      expect($getRoot().getChildren().map((node) => [node.getType(), node.getTextContent()])).toEqual([
        ['list', 'a'],
        ['paragraph', 'b'],
        ['list', 'c'],
      ]);
    });
    expect(itemsOf(editor).map((item) => item.id)).toEqual(['a', 'c']);
  });
});
