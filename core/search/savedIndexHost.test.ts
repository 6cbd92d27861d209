import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../model/session';
import { createSavedIndexHost, type SavedIndexStore } from './savedIndexHost';
import { createSearchWorkerHost } from './workerHost';
import type { SavedIndex } from './workerProtocol';

const record: SessionRecord = {
  session: { id: 's1', conferenceId: 'c1', title: 'Write the docs', speakers: ['Eric Holscher'], tags: [], room: '', track: '', kind: 'talk', url: '', revision: 3, updatedAt: 0 },
  document: {
    sessionId: 's1',
    revision: 3,
    updatedAt: 0,
    content: { root: { type: 'root', children: [{ type: 'paragraph', $: { stamp: 1_363_378_193_000 }, children: [{ type: 'text', text: 'Make happy sloths' }] }] } },
  },
};

/** A store that answers after a pause, as IndexedDB does. */
function memoryStore(initial: SavedIndex | null = null): SavedIndexStore & { kept: SavedIndex | null } {
  const store = {
    kept: initial,
    load: async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return store.kept;
    },
    save: async (index: SavedIndex) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      store.kept = index;
    },
  };
  return store;
}

describe('search worker keeping its saved index', () => {
  it('saves the index with its revisions, and a new worker loads it and hands back only the revisions', async () => {
    const store = memoryStore();
    const first = createSavedIndexHost(createSearchWorkerHost(), store);
    expect(await first({ type: 'loadSaved' })).toMatchObject({ type: 'needsBuild' });
    await first({ type: 'build', sessions: [record], conferences: [] });
    const saved = await first({ type: 'save', requestId: 7, revisions: { sessions: { s1: 3 }, conferences: { c1: 1 } } });
    expect(saved).toMatchObject({ type: 'saved', requestId: 7 });
    expect(store.kept?.sessions).toEqual({ s1: 3 });

    const second = createSavedIndexHost(createSearchWorkerHost(), store);
    // Asked before the load finished: answered in order, from the loaded index.
    const [ready, found] = await Promise.all([second({ type: 'loadSaved' }), second({ type: 'search', requestId: 1, query: 'sloths', filters: {} })]);
    expect(ready).toEqual(expect.objectContaining({ type: 'ready', sessionCount: 1, saved: { sessions: { s1: 3 }, conferences: { c1: 1 } } }));
    expect(ready).not.toHaveProperty('serialised');
    expect(found).toMatchObject({ type: 'results', hits: [{ sessionId: 's1' }] });
  });

  it('asks for a build when the saved index cannot be read or used', async () => {
    const broken: SavedIndexStore = { load: () => Promise.reject(new Error('disk gone')), save: () => Promise.resolve() };
    expect(await createSavedIndexHost(createSearchWorkerHost(), broken)({ type: 'loadSaved' })).toMatchObject({ type: 'needsBuild', reason: expect.stringContaining('disk gone') });
    const stale = memoryStore({ serialised: '{"format":0}', sessions: {}, conferences: {} });
    expect(await createSavedIndexHost(createSearchWorkerHost(), stale)({ type: 'loadSaved' })).toMatchObject({ type: 'needsBuild' });
  });

  it('answers a failed save with an error for that request', async () => {
    const full: SavedIndexStore = { load: () => Promise.resolve(null), save: () => Promise.reject(new Error('quota exceeded')) };
    const handle = createSavedIndexHost(createSearchWorkerHost(), full);
    expect(await handle({ type: 'save', requestId: 3, revisions: { sessions: {}, conferences: {} } })).toMatchObject({
      type: 'error',
      requestId: 3,
      message: expect.stringContaining('quota exceeded'),
    });
  });
});
