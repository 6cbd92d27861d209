import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../model/session';
import { createSavedIndexHost, type SavedIndexStore, type SavedManifest, type SavedPieceWrite } from './savedIndexHost';
import { createSearchWorkerHost } from './workerHost';
import type { SearchWorkerResponse } from './workerProtocol';

const record: SessionRecord = {
  session: { id: 's1', conferenceId: 'c1', title: 'Write the docs', speakers: ['Eric Holscher'], tags: [], room: '', track: '', kind: 'talk', url: '', revision: 3, updatedAt: 0 },
  document: {
    sessionId: 's1',
    revision: 3,
    updatedAt: 0,
    content: { root: { type: 'root', children: [{ type: 'paragraph', $: { stamp: 1_363_378_193_000 }, children: [{ type: 'text', text: 'Make happy sloths' }] }] } },
  },
};

/** A store that answers after a pause, as IndexedDB does, and counts the pieces written. */
function memoryStore(): SavedIndexStore & { manifest: SavedManifest | null; pieces: Map<string, Uint8Array>; written: string[] } {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
  const store = {
    manifest: null as SavedManifest | null,
    pieces: new Map<string, Uint8Array>(),
    written: [] as string[],
    loadManifest: async () => {
      await pause();
      return store.manifest && structuredClone(store.manifest);
    },
    loadPiece: async (key: string) => {
      await pause();
      return store.pieces.get(key) ?? null;
    },
    save: async ({ manifest, put, removed }: SavedPieceWrite) => {
      await pause();
      for (const key of removed) store.pieces.delete(key);
      for (const { key, bytes } of put) {
        store.pieces.set(key, bytes);
        store.written.push(key);
      }
      store.manifest = structuredClone(manifest);
    },
  };
  return store;
}

function inYear(id: string, year: number, text: string): SessionRecord {
  return {
    session: { ...record.session, id, actualStart: Date.UTC(year, 2, 15), conferenceId: '' },
    document: { ...record.document!, sessionId: id, content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } } },
  };
}

describe('search worker keeping its saved index', () => {
  it('saves the index in pieces with its revisions; a new worker answers at once and searches while the pieces load, newest first', async () => {
    const store = memoryStore();
    const first = createSavedIndexHost(createSearchWorkerHost(), store);
    expect(await first({ type: 'loadSaved' })).toMatchObject({ type: 'needsBuild' });
    await first({ type: 'build', sessions: [record, inYear('old', 2009, 'happy sloths of old')], conferences: [] });
    const saved = await first({ type: 'save', requestId: 7, revisions: { sessions: { s1: 3, old: 1 }, conferences: { c1: 1 } } });
    expect(saved).toMatchObject({ type: 'saved', requestId: 7, bytes: expect.any(Number) });
    expect(store.manifest).toMatchObject({ keys: ['2009', 'undated'], sessions: { s1: 3, old: 1 } });
    expect([...store.pieces.keys()].sort()).toEqual(['2009', 'undated']);

    const progress: SearchWorkerResponse[] = [];
    const second = createSavedIndexHost(createSearchWorkerHost(), store, (message) => progress.push(message));
    const [ready, early] = await Promise.all([second({ type: 'loadSaved' }), second({ type: 'search', requestId: 1, query: 'sloths', filters: {} })]);
    expect(ready).toEqual(expect.objectContaining({ type: 'ready', saved: { sessions: { s1: 3, old: 1 }, conferences: { c1: 1 } } }));
    // Asked before any piece was in: answered at once, saying how much it covered.
    expect(early).toMatchObject({ type: 'results', hits: [], coverage: { loadedPieces: 0, totalPieces: 2 } });
    await second({ type: 'save', requestId: 2, revisions: { sessions: { s1: 3, old: 1 }, conferences: { c1: 1 } } });
    expect(progress.map((message) => message.type === 'progress' && message.coverage.loadedPieces)).toEqual([1, 2]);
    const found = await second({ type: 'search', requestId: 3, query: 'sloths', filters: {} });
    expect(found).toMatchObject({ type: 'results', coverage: { loadedPieces: 2, totalPieces: 2 } });
    expect(found?.type === 'results' && found.hits.map((hit) => hit.sessionId).sort()).toEqual(['old', 's1']);

    // A save after one session changed writes its piece only.
    store.written.length = 0;
    await second({ type: 'put', session: inYear('old', 2009, 'sloths asleep'), conference: null });
    await second({ type: 'save', requestId: 4, revisions: { sessions: { s1: 3, old: 2 }, conferences: { c1: 1 } } });
    expect(store.written).toEqual(['2009']);
  });

  it('asks for a build when the saved index cannot be read or is of another form', async () => {
    const broken: SavedIndexStore = { loadManifest: () => Promise.reject(new Error('disk gone')), loadPiece: () => Promise.resolve(null), save: () => Promise.resolve() };
    expect(await createSavedIndexHost(createSearchWorkerHost(), broken)({ type: 'loadSaved' })).toMatchObject({ type: 'needsBuild', reason: expect.stringContaining('disk gone') });
    const stale = memoryStore();
    stale.manifest = { format: 1, keys: [] } as unknown as SavedManifest;
    expect(await createSavedIndexHost(createSearchWorkerHost(), stale)({ type: 'loadSaved' })).toMatchObject({ type: 'needsBuild' });
  });

  it('names the sessions of a piece that cannot be read, so they are indexed again', async () => {
    const store = memoryStore();
    const first = createSavedIndexHost(createSearchWorkerHost(), store);
    await first({ type: 'build', sessions: [record, inYear('old', 2009, 'happy sloths of old')], conferences: [] });
    await first({ type: 'save', requestId: 1, revisions: { sessions: { s1: 3, old: 1 }, conferences: {} } });
    store.pieces.set('2009', new Uint8Array([31, 139, 8, 0, 1, 2]));
    const progress: SearchWorkerResponse[] = [];
    const second = createSavedIndexHost(createSearchWorkerHost(), store, (message) => progress.push(message));
    await second({ type: 'loadSaved' });
    await second({ type: 'save', requestId: 2, revisions: { sessions: { s1: 3 }, conferences: {} } });
    expect(progress.find((message) => message.type === 'progress' && message.lost)).toMatchObject({ lost: ['old'] });
    expect(store.pieces.has('2009')).toBe(false);
  });

  it('answers a failed save with an error for that request', async () => {
    const full: SavedIndexStore = { loadManifest: () => Promise.resolve(null), loadPiece: () => Promise.resolve(null), save: () => Promise.reject(new Error('quota exceeded')) };
    const handle = createSavedIndexHost(createSearchWorkerHost(), full);
    expect(await handle({ type: 'save', requestId: 3, revisions: { sessions: {}, conferences: {} } })).toMatchObject({
      type: 'error',
      requestId: 3,
      message: expect.stringContaining('quota exceeded'),
    });
  });
});
