// A generated archive for benchmarks: conferences, sessions with stamped note
// lines and action items, built from the words of the real example notes so
// the vocabulary and word lengths are those of real notes. Deterministic.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Conference } from '../core/model/conference';
import type { SessionRecord } from '../core/model/session';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'shared', 'examples');

export function exampleFiles(): Array<{ name: string; text: string }> {
  const dir = process.env.PLENARY_EXAMPLES ?? EXAMPLES;
  return readdirSync(dir)
    .filter((name) => name !== 'README.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Words of the example notes, most frequent first, and the plain words (letters only, 4+ characters). */
export function exampleVocabulary(): { words: string[]; plainWords: string[] } {
  const counts = new Map<string, number>();
  for (const { text } of exampleFiles()) {
    for (const word of text.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  return { words, plainWords: words.filter((word) => /^[A-Za-z]{4,}$/.test(word)) };
}

/** Mulberry32: a small seeded generator, so every run measures the same archive. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Grace', 'Linus', 'Guido', 'Barbara', 'Ken', 'Margaret', 'Dennis', 'Radia', 'Alan', 'Frances', 'Donald', 'Katherine', 'John', 'Hedy', 'Tim', 'Anita', 'Bjarne', 'Joan', 'Yukihiro'];
const LAST = ['Lovelace', 'Hopper', 'Torvalds', 'Rossum', 'Liskov', 'Thompson', 'Hamilton', 'Ritchie', 'Perlman', 'Kay', 'Allen', 'Knuth', 'Johnson', 'McCarthy', 'Lamarr', 'Berners-Lee', 'Borg', 'Stroustrup', 'Clarke', 'Matsumoto'];
const TAGS = ['python', 'rust', 'databases', 'devops', 'security', 'frontend', 'testing', 'data', 'ml', 'cloud', 'career', 'design', 'performance', 'networking', 'docs'];
const CONFERENCES = ['PyCon', 'RustConf', 'Strange Loop', 'JSConf', 'KubeCon', 'DjangoCon', 'SREcon', 'GopherCon', 'EuroPython', 'FOSDEM'];

function text(children: Array<Record<string, unknown>>) {
  return children;
}

function textNode(value: string) {
  return { type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 };
}

export interface GeneratedArchive {
  conferences: Conference[];
  sessions: SessionRecord[];
  lineCount: number;
}

export interface ArchiveShape {
  /** Sessions per conference (25 unless given). */
  perConference?: number;
  /** Sessions per conference day, 40 minutes apart from 09:00; a conference spans as many days as it needs (all of them on one day unless given). */
  perDay?: number;
}

/**
 * `sessions` sessions of `linesPerSession` note lines each, over conferences
 * of 25 sessions on one day, or of `shape.perConference` sessions over days
 * of `shape.perDay`.
 */
export function generateArchive(sessions = 10_000, linesPerSession = 20, seed = 7, shape: ArchiveShape = {}): GeneratedArchive {
  const next = random(seed);
  const { words } = exampleVocabulary();
  // Zipf-like: frequent words often, the long tail now and then.
  const word = () => words[Math.floor(words.length * next() ** 2.2)] ?? 'notes';
  const sentence = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, word).join(' ');
  const conferences: Conference[] = [];
  const records: SessionRecord[] = [];
  const perConference = shape.perConference ?? 25;
  const perDay = shape.perDay ?? perConference;
  const days = Math.ceil(perConference / perDay);
  for (let c = 0; c * perConference < sessions; c++) {
    const year = 2010 + (c % 17);
    const day = `${year}-${String(1 + (c % 12)).padStart(2, '0')}-${String(1 + (c % 27)).padStart(2, '0')}`;
    conferences.push({
      id: `conf-${String(c).padStart(4, '0')}`,
      name: `${CONFERENCES[c % CONFERENCES.length]} ${year} #${c}`,
      location: '',
      startDate: day,
      endDate: new Date(Date.parse(`${day}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10),
      timeZone: 'UTC',
      url: '',
      tags: [],
      revision: 1,
      updatedAt: 0,
    });
  }
  for (let s = 0; s < sessions; s++) {
    const conference = conferences[Math.floor(s / perConference)]!;
    const position = s % perConference;
    const start = Date.parse(`${conference.startDate}T09:00:00Z`) + Math.floor(position / perDay) * 86_400_000 + (position % perDay) * 40 * 60_000;
    const id = `sess-${String(s).padStart(5, '0')}`;
    const children: Array<Record<string, unknown>> = [];
    for (let l = 0; l < linesPerSession; l++) {
      const stamp = start + l * 90_000;
      if (l === linesPerSession - 1 && s % 3 === 0) {
        children.push({
          type: 'list', listType: 'check', start: 1, tag: 'ul', direction: null, format: '', indent: 0, version: 1,
          children: [{ type: 'listitem', checked: s % 2 === 0, value: 1, $: { stamp, actionId: `act-${s}` }, direction: null, format: '', indent: 0, version: 1, children: text([textNode(`Follow up: ${sentence(3, 7)}`)]) }],
        });
      } else {
        children.push({ type: 'paragraph', $: { stamp }, direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: text([textNode(sentence(5, 14))]) });
      }
    }
    records.push({
      session: {
        id,
        conferenceId: conference.id,
        title: sentence(2, 6),
        speakers: [`${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[Math.floor(next() * LAST.length)]}`],
        room: '',
        track: '',
        kind: 'talk',
        url: '',
        tags: [TAGS[Math.floor(next() * TAGS.length)]!, TAGS[Math.floor(next() * TAGS.length)]!],
        actualStart: start,
        revision: 1,
        updatedAt: 0,
      },
      document: { sessionId: id, content: { root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } }, revision: 1, updatedAt: 0 },
    });
  }
  return { conferences, sessions: records, lineCount: sessions * linesPerSession };
}

/** `count` query prefixes of real words, as typed one letter after another (2 letters and up). */
export function typedQueries(count: number, seed = 11): string[] {
  const next = random(seed);
  const { plainWords } = exampleVocabulary();
  const out: string[] = [];
  while (out.length < count) {
    const target = plainWords[Math.floor(plainWords.length * next() ** 1.5)] ?? 'redis';
    for (let length = 2; length <= target.length && out.length < count; length++) out.push(target.slice(0, length).toLowerCase());
  }
  return out;
}
