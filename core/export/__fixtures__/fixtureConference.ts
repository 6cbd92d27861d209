import { markdownToEditorState } from '../../markdown/convert';
import type { Conference } from '../../model/conference';
import type { EditorStateJson, SessionRecord } from '../../model/session';
import { fixtureImageAsset } from './fixtureImage';

/**
 * A small conference used by the export tests, the site builds and the
 * benchmark: two days in America/New_York, sessions with stamped notes,
 * headings, lists, quotes, code, links, an image, open and done action items, and
 * titles and text that break naive front matter and markdown.
 */
export const fixtureConference: Conference = {
  id: 'conf-pycon-2010',
  name: 'PyCon 2010',
  location: 'Atlanta, GA',
  startDate: '2010-02-19',
  endDate: '2010-02-21',
  timeZone: 'America/New_York',
  url: 'https://us.pycon.org/2010/',
  tags: ['python', 'pycon'],
  revision: 1,
  updatedAt: 1266600000000,
};

interface SessionSpec {
  id: string;
  title: string;
  speakers: string[];
  room: string;
  tags: string[];
  /** Local wall time in New York (EST, UTC-5) on the given day. */
  day: string;
  start: string;
  end: string;
  notes: string;
}

const specs: SessionSpec[] = [
  {
    id: 'sess-keynote',
    title: 'Keynote: Guido van Rossum',
    speakers: ['Guido van Rossum'],
    room: 'Main hall',
    tags: ['keynote'],
    day: '2010-02-19',
    start: '09:00',
    end: '09:45',
    notes: [
      'Python 2.7 will be the last release in the 2-series.',
      'Unladen Swallow (PEP 3146) may give a 2x speed-up.',
      '## Questions',
      '- asked over Twitter on a projected screen',
      '- tweets scrolled off too quickly',
      '- [ ] Read PEP 3146 again',
      '- [x] Find the video of the keynote',
    ].join('\n\n'),
  },
  {
    id: 'sess-ec2',
    title: 'Scaling your Python Application on EC2',
    speakers: ['Jeremy Edberg'],
    room: 'Ballroom B',
    tags: ['scaling', 'aws'],
    day: '2010-02-19',
    start: '16:55',
    end: '17:40',
    notes: [
      'They run 16 Python applications per server, two per core.',
      '> PostgreSQL is used as a key/value store, and it was faster than any key/value store they tried.',
      '1. use queues for votes and comments',
      '2. cache rendered pages in memcached',
      'Their whitespace filter is written in **C** and the render cache is *5 GB*.',
      'Slides: [reddit on EC2](https://example.com/reddit-ec2)',
      '```sh\nec2-run-instances --count 16\necho "{{< not a shortcode >}} {{% nor this %}}"\n```',
      '- [ ] Try software RAID for slow EBS volumes',
      '- [ ] Ask about the cost: $20K/month',
    ].join('\n\n'),
  },
  {
    id: 'sess-dict',
    title: 'The Mighty Dictionary',
    speakers: ['Brandon Craig Rhodes'],
    room: 'Ballroom A',
    tags: ['internals'],
    day: '2010-02-19',
    start: '11:05',
    end: '11:35',
    notes: [
      'Not as interesting as I had expected.',
      `![Slide: a dict of 8 slots, 3 of them free](${fixtureImageAsset})`,
      'A dict keeps 1/3 of its slots free.',
    ].join('\n\n'),
  },
  {
    id: 'sess-lightning',
    title: 'Lightning talks: "yes", no & <more>',
    speakers: ['Ana: the 1st', "O'Brien, Pat"],
    room: '',
    tags: ['yes', 'lightning talks', '#hash'],
    day: '2010-02-20',
    start: '17:43',
    end: '18:30',
    notes: [
      'Five talks in five minutes each.',
      '- one about <b>HTML</b> in notes',
      '- one about {{ templates }} and {% tags %}',
      '- one with an &amp; entity',
      '- [x] Say hello to the speakers',
    ].join('\n\n'),
  },
  {
    id: 'sess-packaging',
    title: 'The State of Packaging',
    speakers: ['Tarek Ziadé'],
    room: 'Ballroom A',
    tags: [],
    day: '2010-02-20',
    start: '13:15',
    end: '13:55',
    notes: ['# Distutils2', 'PEP 345 and PEP 386 describe the metadata.', '- [ ] Try Distutils2 on Python 3'].join('\n\n'),
  },
];

/** EST is UTC-5 in February. */
function newYorkTime(day: string, time: string): number {
  return Date.parse(`${day}T${time}:00-05:00`);
}

type JsonNode = { type: string; children?: JsonNode[]; $?: Record<string, unknown> };

/** Stamps every block (list items one by one) a minute apart and seven seconds in. */
function stampDocument(state: EditorStateJson, start: number): EditorStateJson {
  let minute = 0;
  const stamp = (node: JsonNode): void => {
    if (node.type === 'list') {
      for (const item of node.children ?? []) stamp(item);
      return;
    }
    if (node.type === 'code') return;
    node.$ = { ...(node.$ ?? {}), stamp: start + minute++ * 60_000 + 7_000 };
  };
  const copy = JSON.parse(JSON.stringify(state)) as EditorStateJson;
  for (const block of copy.root.children as JsonNode[]) stamp(block);
  return copy;
}

export function fixtureSessions(): SessionRecord[] {
  return specs.map((spec) => {
    const start = newYorkTime(spec.day, spec.start);
    const content = stampDocument(markdownToEditorState(spec.notes), start);
    return {
      session: {
        id: spec.id,
        conferenceId: fixtureConference.id,
        title: spec.title,
        speakers: spec.speakers,
        room: spec.room,
        track: '',
        kind: 'talk',
        url: '',
        tags: spec.tags,
        scheduledStart: start,
        scheduledEnd: newYorkTime(spec.day, spec.end),
        actualStart: start,
        actualEnd: newYorkTime(spec.day, spec.end),
        revision: 1,
        updatedAt: start,
      },
      document: { sessionId: spec.id, content, revision: 1, updatedAt: start },
    };
  });
}

/** Every note line's plain text, as a reader of the rendered post should find it. */
export function fixtureNoteLines(): string[] {
  return specs.flatMap((spec) =>
    spec.notes
      .split('\n\n')
      // Code is checked on its own; an image's alt text is an attribute, not text a reader sees.
      .filter((line) => !line.startsWith('```') && !line.startsWith('!['))
      .map((line) =>
        line
          .replace(/^(#+|-|\d+\.|>)\s+/, '')
          .replace(/^\[[ x]\]\s+/, '')
          .replace(/\*\*?/g, '')
          .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
      ),
  );
}

export function fixtureSessionTitles(): string[] {
  return specs.map((spec) => spec.title);
}
