import { $getRoot, $getSelection, $isRangeSelection, $createParagraphNode, $createTextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $getStamp } from '../editor/stampState';
import { editorStateToMarkdown, markdownToEditorState } from '../markdown/convert';
import { builtinTemplate } from './builtins';
import { instantiateTemplate } from './instantiate';
import { blocksOf, textOf } from './jsonTree';
import { $appendNextTalkBlock, $talkNumber } from './nextTalk';
import { normalizeDocument, updateDocument } from './normalize';

const at = Date.UTC(2010, 1, 19, 23, 43);
const session = { title: 'Friday lightning talks', speakers: [], room: 'Main hall', track: '', url: '', scheduledStart: at };
const conference = { name: 'PyCon 2010', timeZone: 'America/Chicago' };

describe('$appendNextTalkBlock', () => {
  it('adds the next numbered, stamped talk block before the follow-ups, with the caret ready for the title', () => {
    const start = instantiateTemplate(builtinTemplate('builtin-lightning')!, session, conference);
    let caret: { text: string; offset: number } | null = null;
    let stamp: number | null = null;
    const after = updateDocument(start, () => {
      const heading = $appendNextTalkBlock({ stamp: at });
      stamp = $getStamp(heading);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        caret = { text: selection.anchor.getNode().getTextContent(), offset: selection.anchor.offset };
      }
    });
    expect(stamp).toBe(at);
    expect(caret).toEqual({ text: 'Talk 2: ', offset: 'Talk 2: '.length });
    expect(normalizeDocument(after)).toEqual(after);
    expect(editorStateToMarkdown(after)).toBe(
      '# Friday lightning talks\n\n**Conference:** PyCon 2010, 2010-02-19\n**Room:** Main hall\n\n## Talk 1: \n\n## Talk 2: \n\n## Follow-ups\n\n- [ ] ',
    );
  });

  it('numbers after the highest talk and goes after the notes of the last one', () => {
    const notes = markdownToEditorState(
      '# Lightning\n\n## Talk 1: Kage\n\nshadow proxy\n\n## Talk 3: HAR\n\n### Tools\n\n- YSlow\n\n## Follow-ups\n\n- [ ] Try HAR viewer\n',
      { assignActionIds: false },
    );
    const after = updateDocument(notes, () => {
      $appendNextTalkBlock({ stamp: null });
    });
    expect(blocksOf(after).map(textOf)).toEqual([
      'Lightning',
      'Talk 1: Kage',
      'shadow proxy',
      'Talk 3: HAR',
      'Tools',
      'YSlow',
      'Talk 4: ',
      'Follow-ups',
      'Try HAR viewer',
    ]);
    expect(JSON.stringify(after)).not.toContain('"stamp"');
  });

  it('starts with talk 1 at the end of a document that has no talk block, and stamps now by default', () => {
    const before = Date.now();
    let stamp: number | null = null;
    const after = updateDocument(markdownToEditorState('# Notes\n\nsomething'), () => {
      stamp = $getStamp($appendNextTalkBlock());
    });
    expect(blocksOf(after).map(textOf)).toEqual(['Notes', 'something', 'Talk 1: ']);
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(Date.now());
  });

  it('adds one block per call, each with its own stamp', () => {
    const start = instantiateTemplate(builtinTemplate('builtin-lightning')!, session, conference);
    const stamps: (number | null)[] = [];
    const after = updateDocument(start, () => {
      for (let index = 0; index < 3; index++) {
        const heading = $appendNextTalkBlock({ stamp: at + index * 300_000 });
        heading.append($createTextNode(`title ${index + 2}`));
        heading.insertAfter($createParagraphNode().append($createTextNode(`notes ${index + 2}`)));
        stamps.push($getStamp(heading));
      }
      expect($getRoot().getChildren().map($talkNumber).filter((n) => n !== null)).toEqual([1, 2, 3, 4]);
    });
    expect(stamps).toEqual([at, at + 300_000, at + 600_000]);
    expect(blocksOf(after).map(textOf).slice(2)).toEqual([
      'Talk 1: ',
      'Talk 2: title 2',
      'notes 2',
      'Talk 3: title 3',
      'notes 3',
      'Talk 4: title 4',
      'notes 4',
      'Follow-ups',
      '',
    ]);
  });
});
