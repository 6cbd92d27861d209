import { $isListItemNode, $isListNode } from '@lexical/list';
import { $getRoot, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $getActionId } from '../editor/actionItemState';
import { $getStamp, $setStamp } from '../editor/stampState';
import { markdownToEditorState } from '../markdown/convert';
import { emptyEditorState, type EditorStateJson } from '../model/session';
import { builtinTemplate, builtinTemplates } from './builtins';
import { instantiateTemplate, isDocumentEmpty, templateFromDocument } from './instantiate';
import { blocksOf, textOf } from './jsonTree';
import { normalizeDocument, updateDocument } from './normalize';

const conference = { name: 'PyCon 2013', timeZone: 'America/New_York' };
const session = {
  title: 'Scrapy: it GETs the web',
  speakers: ['Asheesh Laroia'],
  room: 'Ballroom B',
  track: 'Web',
  url: 'https://us.pycon.org/2013/schedule/presentation/135/',
  scheduledStart: Date.UTC(2013, 2, 15, 18, 30),
};

/** A document with notes: stamped lines and ticked action items with ids, as the editor saves them. */
function notesDocument(): EditorStateJson {
  const state = markdownToEditorState(
    '# Scrapy\n\nscrapyd is a daemon\n\n- Async kitty\n- [x] Try scrapyd\n- [ ] Disable the telnet console\n    - [x] nested\n',
  );
  return updateDocument(state, () => {
    let stamp = 1_363_372_339_000;
    const visit = (node: LexicalNode) => {
      if (!$isListNode(node)) {
        $setStamp(node, stamp++);
        return;
      }
      for (const item of node.getChildren()) {
        $setStamp(item, stamp++);
        if ($isListItemNode(item)) for (const child of item.getChildren()) if ($isListNode(child)) visit(child);
      }
    };
    for (const block of $getRoot().getChildren()) visit(block);
  });
}

function readState(state: EditorStateJson): { stamps: number; actionIds: number; checked: number; unchecked: number } {
  const counts = { stamps: 0, actionIds: 0, checked: 0, unchecked: 0 };
  updateDocument(state, () => {
    const visit = (node: ReturnType<typeof $getRoot>) => {
      for (const child of node.getChildren()) {
        if ($getStamp(child) !== null) counts.stamps++;
        if ($getActionId(child) !== null) counts.actionIds++;
        if ($isListItemNode(child)) {
          const checked = child.getChecked();
          if (checked === true) counts.checked++;
          if (checked === false) counts.unchecked++;
        }
        if ('getChildren' in child) visit(child as ReturnType<typeof $getRoot>);
      }
    };
    visit($getRoot());
  });
  return counts;
}

describe('instantiateTemplate', () => {
  it('fills a template from the session and conference', () => {
    const content = instantiateTemplate(builtinTemplate('builtin-workshop')!, session, conference);
    const text = blocksOf(normalizeDocument(content)).map(textOf).join('\n');
    expect(text).toContain('Scrapy: it GETs the web');
    expect(text).toContain('PyCon 2013, 2013-03-15');
    expect(text).toContain('Ballroom B');
  });

  it('makes a valid, unstamped document from every built-in', () => {
    for (const template of builtinTemplates()) {
      const content = instantiateTemplate(template, session, conference);
      expect(normalizeDocument(content)).toEqual(content);
      expect(JSON.stringify(content)).not.toMatch(/\{\{\s*(title|speakers|conference|date|room|track|url)\s*\}\}/);
      expect(readState(content).stamps).toBe(0);
    }
  });

  it('never carries stamps or ticks from a template that has them', () => {
    const notes = notesDocument();
    const before = readState(notes);
    expect(before).toMatchObject({ stamps: 7, actionIds: 3, checked: 2 });
    const content = instantiateTemplate({ content: notes }, session, conference);
    expect(readState(content)).toEqual({ stamps: 0, actionIds: 0, checked: 0, unchecked: before.checked + before.unchecked });
  });
});

describe('templateFromDocument', () => {
  it('keeps the structure and text and strips stamps, action ids and ticks', () => {
    const notes = notesDocument();
    const before = readState(notes);
    const draft = templateFromDocument(notes, '  My talk notes ', { description: 'From PyCon', kind: 'talk' });
    expect(draft.name).toBe('My talk notes');
    expect(draft).toMatchObject({ description: 'From PyCon', kind: 'talk' });
    expect(readState(draft.content)).toEqual({ stamps: 0, actionIds: 0, checked: 0, unchecked: before.checked + before.unchecked });
    expect(blocksOf(draft.content).map(textOf)).toEqual(blocksOf(notes).map(textOf));
    expect(normalizeDocument(draft.content)).toEqual(draft.content);
    expect(readState(notes)).toEqual(before);
  });
});

describe('isDocumentEmpty', () => {
  it('counts a document without text as empty', () => {
    expect(isDocumentEmpty(emptyEditorState())).toBe(true);
    expect(isDocumentEmpty(markdownToEditorState('- \n\n> \n'))).toBe(true);
  });

  it('counts an untouched template as empty, and one typed into as not', () => {
    const talk = builtinTemplate('builtin-talk')!;
    const fresh = instantiateTemplate(talk, session, conference);
    const untouched = builtinTemplates().map((template) => instantiateTemplate(template, session, conference));
    expect(isDocumentEmpty(normalizeDocument(fresh), untouched)).toBe(true);
    expect(isDocumentEmpty(fresh)).toBe(false);

    const typed = updateDocument(fresh, () => {
      const last = $getRoot().getLastChild();
      last?.selectEnd().insertText('Read the Scrapy docs');
    });
    expect(isDocumentEmpty(typed, untouched)).toBe(false);
  });

  it('counts a stamped line as a note even where the text matches the template', () => {
    const fresh = instantiateTemplate(builtinTemplate('builtin-hallway')!, session, conference);
    const stamped = updateDocument(fresh, () => {
      const first = $getRoot().getFirstChild();
      if (first) $setStamp(first, 1_700_000_000_000);
    });
    expect(isDocumentEmpty(stamped, [fresh])).toBe(false);
  });

  it('ignores empty lines added at the end of an untouched template', () => {
    const fresh = instantiateTemplate(builtinTemplate('builtin-liveblog')!, session, conference);
    const withLine = markdownToEditorState('x');
    withLine.root.children = [...fresh.root.children, ...emptyEditorState().root.children];
    expect(isDocumentEmpty(withLine, [fresh])).toBe(true);
  });
});
