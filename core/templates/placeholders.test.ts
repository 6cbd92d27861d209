import { describe, expect, it } from 'vitest';
import type { EditorStateJson } from '../model/session';
import { markdownToEditorState } from '../markdown/convert';
import { blocksOf, textOf, type JsonNode } from './jsonTree';
import { normalizeDocument } from './normalize';
import { fillPlaceholders, fillText, placeholdersIn, placeholderValues, type PlaceholderValues } from './placeholders';

const values: PlaceholderValues = {
  title: 'Scaling Python on EC2',
  speakers: 'Neil Williams, Jeremy Edberg',
  conference: 'PyCon 2010',
  date: '2010-02-19',
  room: 'Grand Ballroom',
  track: 'Web',
  url: 'https://us.pycon.org/2010/talks/scaling',
  abstract: 'How one site grew onto many machines.',
};

function text(content: string, format = 0): JsonNode {
  return { type: 'text', text: content, format, style: '', mode: 'normal', detail: 0, version: 1 };
}

function paragraph(...children: JsonNode[]): JsonNode {
  return { type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' };
}

function doc(...blocks: JsonNode[]): EditorStateJson {
  return { root: { type: 'root', children: blocks, direction: null, format: '', indent: 0, version: 1 } };
}

const BOLD = 1;
const ITALIC = 2;

describe('fillText', () => {
  it('fills every known placeholder, with or without spaces and in any case', () => {
    expect(fillText('{{title}} by {{ speakers }} at {{Conference}}', values)).toBe(
      'Scaling Python on EC2 by Neil Williams, Jeremy Edberg at PyCon 2010',
    );
  });

  it('leaves unknown placeholders exactly as typed', () => {
    expect(fillText('{{title}} {{ Venue }} {{speaker}} {{}} {title}', values)).toBe(
      'Scaling Python on EC2 {{ Venue }} {{speaker}} {{}} {title}',
    );
  });

  it('does not fill a placeholder again inside a filled value', () => {
    expect(fillText('{{title}}', { ...values, title: 'About {{room}}' })).toBe('About {{room}}');
  });
});

describe('placeholderValues', () => {
  const session = {
    title: 'Keynote',
    speakers: ['Guido van Rossum', '', 'Ada'],
    room: 'A',
    track: '',
    url: '',
    scheduledStart: Date.UTC(2026, 10, 24, 23, 30),
  };

  it('joins speakers and gives the day of the session in the conference time zone', () => {
    const filled = placeholderValues(session, { name: 'Conf', timeZone: 'America/New_York' });
    expect(filled.speakers).toBe('Guido van Rossum, Ada');
    expect(filled.date).toBe('2026-11-24');
    expect(placeholderValues(session, { name: 'Conf', timeZone: 'Asia/Tokyo' }).date).toBe('2026-11-25');
  });

  it('falls back to the live start, then to now', () => {
    const now = Date.UTC(2026, 0, 2, 12);
    const unscheduled = { ...session, scheduledStart: undefined };
    expect(placeholderValues(unscheduled, null, now).date).toBe('2026-01-02');
    expect(placeholderValues({ ...unscheduled, actualStart: Date.UTC(2025, 5, 6, 12) }, null, now).date).toBe('2025-06-06');
  });
});

describe('fillPlaceholders', () => {
  it('keeps the formatting of the text node a placeholder sits in', () => {
    const state = doc(paragraph(text('Speakers: ', BOLD), text('{{speakers}}', ITALIC), text(' in {{room}}.')));
    const filled = fillPlaceholders(state, values);
    const children = (blocksOf(filled)[0]?.children ?? []) as JsonNode[];
    expect(children.map((child) => [child.text, child.format])).toEqual([
      ['Speakers: ', BOLD],
      ['Neil Williams, Jeremy Edberg', ITALIC],
      [' in Grand Ballroom.', 0],
    ]);
    expect(normalizeDocument(filled)).toBeTruthy();
  });

  it('fills a placeholder split across a change of formatting into the node where it starts', () => {
    const state = doc(paragraph(text('Talk: {{ti', BOLD), text('tle}} (', 0), text('{{track}}', ITALIC), text(')')));
    const filled = fillPlaceholders(state, values);
    const children = (blocksOf(filled)[0]?.children ?? []) as JsonNode[];
    expect(children.map((child) => [child.text, child.format])).toEqual([
      ['Talk: Scaling Python on EC2', BOLD],
      [' (', 0],
      ['Web', ITALIC],
      [')', 0],
    ]);
  });

  it('drops a text node that held only the tail of a placeholder', () => {
    const state = doc(paragraph(text('{{con', BOLD), text('ference}}', ITALIC)));
    const filled = fillPlaceholders(state, values);
    const children = (blocksOf(filled)[0]?.children ?? []) as JsonNode[];
    expect(children.map((child) => [child.text, child.format])).toEqual([['PyCon 2010', BOLD]]);
    expect(normalizeDocument(filled)).toBeTruthy();
  });

  it('leaves unknown placeholders visible and does not touch the input', () => {
    const state = doc(paragraph(text('{{title}} — {{venue}}')));
    const before = JSON.stringify(state);
    const filled = fillPlaceholders(state, values);
    expect(textOf(blocksOf(filled)[0] ?? {})).toBe('Scaling Python on EC2 — {{venue}}');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('fills headings, list items, quotes, link text and link addresses of a real document', () => {
    const state = markdownToEditorState(
      '# {{title}}\n\n> said at **{{conference}}**\n\n- [{{title}} slides]({{url}})\n- [ ] email {{speakers}}\n',
      { assignActionIds: false },
    );
    const filled = normalizeDocument(fillPlaceholders(state, values));
    const blocks = blocksOf(filled);
    expect(blocks.map(textOf)).toEqual([
      'Scaling Python on EC2',
      'said at PyCon 2010',
      'Scaling Python on EC2 slides',
      'email Neil Williams, Jeremy Edberg',
    ]);
    const link = ((blocks[2]?.children as JsonNode[])[0]?.children as JsonNode[])[0];
    expect(link?.type).toBe('link');
    expect(link?.url).toBe('https://us.pycon.org/2010/talks/scaling');
  });

  it('lists the placeholders a document uses', () => {
    const state = markdownToEditorState('# {{title}}\n\n{{ venue }} and {{room}}, {{title}}', { assignActionIds: false });
    expect(placeholdersIn(state)).toEqual(['title', 'venue', 'room']);
  });
});
