import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { plenaryNodes } from '../editor/nodes';
import { $getStamp } from '../editor/stampState';
import type { EditorStateJson } from '../model/session';
import { planImport } from './plan';

// The five example notes, kept in the repository so the tests run from a clean checkout.
const EXAMPLES = fileURLToPath(new URL('../../tests/fixtures/examples', import.meta.url));
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

/** Every stamped block of a document, read back through a real Lexical editor: [stamp, text]. */
function stampedBlocks(document: EditorStateJson): Array<[number, string]> {
  const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
  const state = editor.parseEditorState(JSON.stringify(document));
  const out: Array<[number, string]> = [];
  state.read(() => {
    const visit = (node: LexicalNode) => {
      const stamp = $getStamp(node);
      if (stamp !== null) out.push([stamp, node.getTextContent()]);
      if ($isElementNode(node)) node.getChildren().forEach(visit);
    };
    visit($getRoot());
  });
  return out;
}

function documentText(document: EditorStateJson): string {
  const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
  return editor.parseEditorState(JSON.stringify(document)).read(() => $getRoot().getTextContent());
}

describe('pycon-2013-raw-timestamped-notes.txt (a wall-clock header per talk)', async () => {
  const plan = await planImport(read('pycon-2013-raw-timestamped-notes.txt'), 'pycon-2013-raw-timestamped-notes.txt');

  it('splits into one session per header, titled from the first line', () => {
    expect(plan.sessions.map((session) => session.title)).toEqual([
      'Instagram talk',
      'Scrapy it GETs the web',
      'Sphinx automation talk',
      'Met with Travis Oliphant of Continuum Analytics',
      'Visualization of GitHub',
      'Missed out on the Big Data Algorithms talk (well, part of it)',
    ]);
    expect(plan.sessions[1]?.speakers).toEqual(['Asheesh Laroia']);
    expect(plan.sessions[3]?.kind).toBe('hallway');
  });

  it('stamps the first block of each talk at the exact instant of its EDT header', () => {
    const expected = [
      Date.UTC(2013, 2, 15, 17, 55, 11),
      Date.UTC(2013, 2, 15, 18, 32, 19),
      Date.UTC(2013, 2, 15, 19, 11, 18),
      Date.UTC(2013, 2, 15, 21, 47, 57),
      Date.UTC(2013, 2, 15, 22, 13, 44),
      Date.UTC(2013, 2, 16, 0, 9, 53),
    ];
    expect(plan.sessions.map((session) => session.actualStart)).toEqual(expected);
    const first = stampedBlocks(plan.sessions[0]!.document);
    expect(first).toEqual([[expected[0], 'Instagram talk now.']]);
    // 20:09 EDT is already the next day in UTC; the session stays on the conference day.
    expect(plan.sessions[5]?.date).toBe('2013-03-15');
  });

  it('reads the conference from the file name and the zone from the abbreviation', () => {
    expect(plan.conference).toMatchObject({ name: 'Pycon 2013', nameFrom: 'file name', startDate: '2013-03-15', timeZone: 'America/New_York' });
    expect(plan.warnings.join(' ')).toContain('EDT');
  });

  it('keeps headers out of the notes, turns underlines into headings and keeps asides and pros/cons as written', () => {
    const instagram = plan.sessions[0]!;
    expect(instagram.markdown).not.toContain('EDT 2013');
    expect(instagram.markdown).toContain('### Alerting');
    expect(instagram.markdown).toContain('### Actions for me');
    const text = documentText(instagram.document);
    expect(text).toContain('# Missed writing this section');
    expect(text).toContain('+ Already use it');
    expect(text).toContain('- Polling for Task Distribution');
    expect(JSON.stringify(instagram.document)).toContain('"tag":"h3"');
    expect(documentText(plan.sessions[5]!.document)).toContain('No more notes. Over and out.');
    expect(plan.leftOut).toEqual([]);
  });
});

describe('pycon-2010-day-1-liveblog.txt (time-prefixed entries, newest first)', async () => {
  const text = read('pycon-2010-day-1-liveblog.txt');
  const plan = await planImport(text, 'pycon-2010-day-1-liveblog.txt', { date: '2010-02-19', timeZone: 'America/New_York' });

  it('makes one session per entry, oldest first', () => {
    expect(plan.sessions).toHaveLength(13);
    expect(plan.sessions.map((session) => session.title).slice(-4)).toEqual([
      'The Ring of Python',
      'Powerful Pythonic Patterns',
      'Scaling your Python Application on EC2',
      'Lightning talks',
    ]);
    expect(plan.sessions.at(-1)?.kind).toBe('lightning');
    expect(plan.conference).toMatchObject({ name: 'PyCon 2010', nameFrom: 'text', startDate: '2010-02-19' });
  });

  it('turns "1743:" into a stamp at 17:43 New York time on the conference day', () => {
    const lightning = plan.sessions.at(-1)!;
    expect(lightning.actualStart).toBe(Date.UTC(2010, 1, 19, 22, 43));
    expect(stampedBlocks(lightning.document)).toEqual([
      [Date.UTC(2010, 1, 19, 22, 43), 'Lightning talks. Some sophomoric obscene humor is on display in one of the talks.'],
    ]);
    expect(plan.sessions[0]?.actualStart).toBe(Date.UTC(2010, 1, 19, 12, 20));
  });

  it('keeps every paragraph of an entry with it', () => {
    const scaling = plan.sessions.find((session) => session.title.startsWith('Scaling'))!;
    expect(scaling.markdown).toContain('They pay $20K/month for hosting on EC2.');
    expect(stampedBlocks(scaling.document)).toHaveLength(1);
  });

  it('leaves out the share buttons and the comment form, and lists them', () => {
    expect(plan.leftOut.map((piece) => [piece.reason, piece.fromLine, piece.toLine])).toEqual([
      ['share buttons', 47, 47],
      ['comment form', 49, 65],
    ]);
    const all = plan.sessions.map((session) => session.markdown).join('\n');
    expect(all).not.toMatch(/Add to Facebook|Leave a Reply|Akismet|commenting using/);
  });

  it('without a date, keeps the times as text and says why', async () => {
    const undated = await planImport(text, 'pycon-2010-day-1-liveblog.txt');
    expect(undated.sessions).toHaveLength(13);
    expect(undated.sessions.every((session) => session.stamps.length === 0)).toBe(true);
    expect(undated.sessions[0]?.markdown).toMatch(/^1743: Lightning talks/m);
    expect(undated.warnings.join(' ')).toMatch(/13 hand-written times were kept as text/);
  });
});

describe('two-tech-talks-in-a-day.jekyll-post.md (a ## per talk)', async () => {
  const plan = await planImport(read('two-tech-talks-in-a-day.jekyll-post.md'), 'two-tech-talks-in-a-day.jekyll-post.md');

  it('splits at ## and fills metadata from the front matter', () => {
    expect(plan.sessions.map((session) => [session.title, session.kind, session.date])).toEqual([
      ["Say's tech talk", 'talk', '2012-11-14'],
      ['SF Python Meetup', 'meetup', '2012-11-14'],
    ]);
    expect(plan.conference).toMatchObject({ name: 'Two tech. talks in a day', nameFrom: 'front matter', startDate: '2012-11-14' });
  });

  it('keeps ### topics and links, and puts the introduction in the first session', () => {
    const first = plan.sessions[0]!;
    expect(first.markdown.startsWith('Today I assisted to two tech. talks.')).toBe(true);
    expect(first.markdown).toContain('### Kage');
    const json = JSON.stringify(first.document);
    expect(json).toContain('"type":"link"');
    expect(json).toContain('"url":"https://github.com/cookpad/kage"');
    expect(plan.sessions[1]!.markdown).not.toContain('## SF Python Meetup');
  });
});

describe('pycon-2014-blogger-post.txt (sections ending in a sign-off)', async () => {
  const plan = await planImport(read('pycon-2014-blogger-post.txt'), 'pycon-2014-blogger-post.txt');

  it('splits at the repeated sign-off and takes titles and date from the text', () => {
    expect(plan.sessions.map((session) => session.title)).toEqual(['Pycon 2014', 'Auth Evolution', 'Spark Overview']);
    expect(plan.conference).toMatchObject({ name: 'Pycon 2014', startDate: '2014-09-28', endDate: '2014-09-28' });
    expect(plan.sessions.every((session) => session.date === '2014-09-28')).toBe(true);
  });

  it('lists the tagline and the sign-offs as left out', () => {
    expect(plan.leftOut.map((piece) => [piece.reason, piece.fromLine, piece.sessionIndex])).toEqual([
      ['blog chrome', 1, 0],
      ['sign-off', 24, 0],
      ['sign-off', 46, 1],
      ['sign-off', 79, 2],
    ]);
    expect(plan.sessions.map((session) => session.markdown).join('\n')).not.toContain('Happy Learning');
  });

  it('turns • bullets into list items', () => {
    const auth = plan.sessions[1]!;
    expect(auth.markdown).toContain('- HTTP basic Auth');
    expect(JSON.stringify(auth.document)).toContain('"listType":"bullet"');
  });
});

describe('talk-proposal-cfp.md (a form)', async () => {
  const plan = await planImport(read('talk-proposal-cfp.md'), 'talk-proposal-cfp.md');

  it('is one proposal titled from its Title field', () => {
    expect(plan.sessions).toHaveLength(1);
    expect(plan.sessions[0]).toMatchObject({ title: 'DIY Performance Tuning When All You Have is Python', kind: 'proposal', date: null });
    expect(plan.sessions[0]!.stamps).toEqual([]);
  });

  it('keeps every field heading and the closing bullets', () => {
    const json = JSON.stringify(plan.sessions[0]!.document);
    for (const heading of ['Status', 'Title', 'Outline', 'Additional notes']) expect(json).toContain(`"text":"${heading}"`);
    expect(plan.sessions[0]!.markdown).toContain('- Have a technical solution planned out');
  });
});
