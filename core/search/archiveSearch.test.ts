import { describe, expect, it } from 'vitest';
import type { Conference } from '../model/conference';
import type { EditorStateJson, SessionRecord } from '../model/session';
import { ArchiveSearch } from './archiveSearch';
import { decodePiece, encodePiece } from './pieceCodec';

const conferences: Conference[] = [
  { id: 'pycon13', name: 'PyCon 2013', location: 'Santa Clara', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/Los_Angeles', url: '', tags: [], revision: 1, updatedAt: 0 },
  { id: 'rust24', name: 'RustConf 2024', location: 'Montreal', startDate: '2024-09-10', endDate: '2024-09-13', timeZone: 'America/Toronto', url: '', tags: [], revision: 1, updatedAt: 0 },
];

function paragraph(text: string, stamp?: number) {
  return { type: 'paragraph', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], ...(stamp ? { $: { stamp } } : {}), direction: null, format: '', indent: 0, version: 1 };
}

function checkList(items: Array<[string, boolean]>) {
  return {
    type: 'list',
    listType: 'check',
    children: items.map(([text, checked], index) => ({ type: 'listitem', checked, value: index + 1, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], direction: null, format: '', indent: 0, version: 1 })),
    direction: null,
    format: '',
    indent: 0,
    start: 1,
    tag: 'ul',
    version: 1,
  };
}

function doc(...children: Array<Record<string, unknown>>): EditorStateJson {
  return { root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } };
}

function session(id: string, conferenceId: string, title: string, speakers: string[], tags: string[], content: EditorStateJson, extra: Partial<SessionRecord['session']> = {}): SessionRecord {
  return {
    session: { id, conferenceId, title, speakers, tags, room: '', track: '', kind: 'talk', url: '', revision: 1, updatedAt: 0, ...extra },
    document: { sessionId: id, content, revision: 1, updatedAt: 0 },
  };
}

const records = [
  session('instagram', 'pycon13', 'Scaling Instagram with Celery', ['Rick Branson'], ['python', 'queues'], doc(
    paragraph('Instagram talk now.', 1_363_370_111_000),
    paragraph('They ran out of memory and crashed, no recovery'),
    paragraph('Redis for the broker, then RabbitMQ', 1_363_370_400_000),
    checkList([['Build rabbit-in-a-box', false], ['Try out celery', true]]),
  )),
  session('scrapy', 'pycon13', 'Scrapy it GETs the web', ['Asheesh Laroia'], ['python', 'scraping'], doc(
    paragraph('CSS gives you an API incidentally built by web designers', 1_363_372_339_000),
    paragraph('Better disable the telnet console'),
  )),
  session('async-rust', 'rust24', 'Async Rust in production', ['Café Señor'], ['rust'], doc(
    paragraph('Tokio runtime and the redis client we use', 1_725_980_000_000),
    checkList([['Read the tokio tutorial', true]]),
  )),
  session('gone', 'rust24', 'Celery deleted talk', [], [], doc(paragraph('celery celery celery')), { deleted: true }),
];

const build = () => ArchiveSearch.fromRecords(records, conferences);

describe('ArchiveSearch', () => {
  it('finds a note line with its stamp and block index', () => {
    const hits = build().search('telnet');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ sessionId: 'scrapy', kind: 'line', blockIndex: 1, stamp: null, conferenceName: 'PyCon 2013' });
    const stamped = build().search('incidentally');
    expect(stamped[0]).toMatchObject({ blockIndex: 0, stamp: 1_363_372_339_000 });
  });

  it('ranks a title match above a passing mention in notes, and leaves tombstones out', () => {
    const hits = build().search('celery');
    expect(hits[0]).toMatchObject({ sessionId: 'instagram', kind: 'session' });
    expect(hits.some((hit) => hit.kind === 'line' && hit.blockIndex === 4)).toBe(true);
    expect(hits.some((hit) => hit.sessionId === 'gone')).toBe(false);
  });

  it('matches as you type, and forgives a typo in a longer word', () => {
    const search = build();
    expect(search.search('scr')[0]?.sessionId).toBe('scrapy');
    expect(search.search('incident')[0]?.sessionId).toBe('scrapy');
    expect(search.search('rabbtmq')[0]?.snippet.text).toContain('RabbitMQ');
    expect(search.search('cafe')[0]?.sessionId).toBe('async-rust');
  });

  it('needs every word, falling back to any word', () => {
    const search = build();
    expect(search.search('redis broker').map((hit) => [hit.sessionId, hit.blockIndex])).toEqual([['instagram', 2]]);
    expect([...new Set(search.search('telnet tokio').map((hit) => hit.sessionId))].sort()).toEqual(['async-rust', 'scrapy']);
  });

  it('highlights the matched words in the snippet', () => {
    const [hit] = build().search('redis broker');
    const text = hit!.snippet.text;
    expect(hit!.snippet.highlights.map(([start, end]) => text.slice(start, end))).toEqual(['Redis', 'broker']);
    const session = build().search('laroia')[0]!;
    expect(session.kind).toBe('session');
    expect(session.snippet.highlights.map(([start, end]) => session.snippet.text.slice(start, end))).toEqual(['Laroia']);
  });

  it('cuts a long line around the first match', () => {
    const long = `${'word '.repeat(80)}needle ${'tail '.repeat(80)}`;
    const search = ArchiveSearch.fromRecords([session('long', 'pycon13', 'Long', [], [], doc(paragraph(long)))], conferences);
    const { text, highlights } = search.search('needle')[0]!.snippet;
    expect(text.length).toBeLessThanOrEqual(162);
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true);
    expect(highlights.map(([start, end]) => text.slice(start, end))).toEqual(['needle']);
  });

  it('filters by conference, year, speaker, tag and open action items', () => {
    const search = build();
    const ids = (filters: Parameters<ArchiveSearch['search']>[1]) => [...new Set(search.search('redis', filters).map((hit) => hit.sessionId))].sort();
    expect(ids({})).toEqual(['async-rust', 'instagram']);
    expect(ids({ conferenceId: 'rust24' })).toEqual(['async-rust']);
    expect(ids({ year: 2013 })).toEqual(['instagram']);
    expect(ids({ speaker: 'cafe senor' })).toEqual(['async-rust']);
    expect(ids({ tag: 'Python' })).toEqual(['instagram']);
    expect(ids({ hasOpenActions: true })).toEqual(['instagram']);
    expect(ids({ hasOpenActions: false })).toEqual(['async-rust']);
    expect(ids({ year: 2013, tag: 'rust' })).toEqual([]);
  });

  it('updates one session on save: old text gone, new text found', () => {
    const search = build();
    const edited = session('scrapy', 'pycon13', 'Scrapy it GETs the web', ['Asheesh Laroia'], ['python'], doc(paragraph('Use selenium for JavaScript pages', 1_363_372_500_000)));
    search.putSession(edited, conferences[0]);
    expect(search.search('telnet')).toEqual([]);
    expect(search.search('selenium')[0]).toMatchObject({ sessionId: 'scrapy', blockIndex: 0, stamp: 1_363_372_500_000 });
    expect(search.search('redis', { tag: 'scraping' })).toEqual([]);
    expect(search.sessionCount).toBe(3);
    search.putSession({ ...edited, session: { ...edited.session, deleted: true } });
    expect(search.search('selenium')).toEqual([]);
    expect(search.sessionCount).toBe(2);
  });

  it('saves its pieces (one per year) and loads them back one by one with the same answers', async () => {
    const search = build();
    const changes = search.takeChanges();
    expect(changes.keys).toEqual(['2024', '2013']);
    const stored = await Promise.all(changes.put.map(async (data) => [data.key, await encodePiece(data)] as const));
    const loaded = ArchiveSearch.create();
    loaded.expectPieces(changes.keys);
    expect(loaded.coverage).toMatchObject({ loadedPieces: 0, totalPieces: 2, pending: ['2024', '2013'] });
    expect(loaded.search('celery')).toEqual([]);
    // Searches run on the pieces in so far.
    loaded.attachPiece(await decodePiece(stored.find(([key]) => key === '2024')![1]));
    expect(loaded.coverage).toMatchObject({ loadedPieces: 1, totalPieces: 2, pending: ['2013'] });
    expect(loaded.search('celery')).toEqual([]);
    loaded.attachPiece(await decodePiece(stored.find(([key]) => key === '2013')![1]));
    expect(loaded.fullyLoaded).toBe(true);
    for (const query of ['celery', 'redis broker', 'scr', 'rabbtmq']) expect(loaded.search(query)).toEqual(search.search(query));
    expect(loaded.search('redis', { hasOpenActions: true }).map((hit) => hit.sessionId)).toEqual(['instagram']);
    loaded.removeSession('instagram');
    expect(loaded.search('celery')).toEqual([]);
    await expect(decodePiece(new Uint8Array([1, 2, 3]))).rejects.toThrow();
  });

  it('keeps a session saved while its year is still loading, and only the changed year is written again', async () => {
    const search = build();
    const stored = await Promise.all(search.takeChanges().put.map(async (data) => [data.key, await encodePiece(data)] as const));
    const loaded = ArchiveSearch.create();
    loaded.expectPieces(['2024', '2013']);
    const edited = session('scrapy', 'pycon13', 'Scrapy it GETs the web', ['Asheesh Laroia'], ['python'], doc(paragraph('Use selenium for JavaScript pages')));
    loaded.putSession(edited, conferences[0]);
    for (const [, bytes] of stored) loaded.attachPiece(await decodePiece(bytes));
    expect(loaded.search('telnet')).toEqual([]);
    expect(loaded.search('selenium').map((hit) => hit.sessionId)).toEqual(['scrapy']);
    expect(loaded.sessionCount).toBe(3);
    const changes = loaded.takeChanges();
    expect(changes.put.map((data) => data.key)).toEqual(['2013']);
    expect(loaded.search('selenium').map((hit) => hit.sessionId)).toEqual(['scrapy']);
    expect(() => {
      const partial = ArchiveSearch.create();
      partial.expectPieces(['2013']);
      partial.takeChanges();
    }).toThrow(/still loading/);
  });

  it('answers nothing to an empty query or one made only of common words', () => {
    expect(build().search('   ')).toEqual([]);
    expect(build().search('the and')).toEqual([]);
  });
});
