import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../model/session';
import { createSearchWorkerHost } from './workerHost';

const record: SessionRecord = {
  session: { id: 's1', conferenceId: 'c1', title: 'Write the docs', speakers: ['Eric Holscher'], tags: [], room: '', track: '', kind: 'talk', url: '', revision: 1, updatedAt: 0 },
  document: {
    sessionId: 's1',
    revision: 1,
    updatedAt: 0,
    content: { root: { type: 'root', children: [{ type: 'paragraph', $: { stamp: 1_363_378_193_000 }, children: [{ type: 'text', text: 'Make happy sloths' }] }] } },
  },
};

describe('search worker host', () => {
  it('builds, searches, and indexes each save and delete through messages', () => {
    const handle = createSearchWorkerHost();
    expect(handle({ type: 'search', requestId: 1, query: 'sloths', filters: {} })).toMatchObject({ type: 'results', hits: [] });
    expect(handle({ type: 'build', sessions: [record], conferences: [] })).toMatchObject({ type: 'ready', sessionCount: 1, entryCount: 2, coverage: { loadedPieces: 1, totalPieces: 1 } });
    const found = handle({ type: 'search', requestId: 2, query: 'sloth', filters: {} });
    expect(found).toMatchObject({ type: 'results', requestId: 2, query: 'sloth', hits: [{ sessionId: 's1', blockIndex: 0, stamp: 1_363_378_193_000 }] });
    expect(handle({ type: 'remove', sessionId: 's1' })).toBeNull();
    expect(handle({ type: 'search', requestId: 5, query: 'sloths', filters: {} })).toMatchObject({ hits: [] });
  });

  it('indexes a saved session without a prior build', () => {
    const handle = createSearchWorkerHost();
    handle({ type: 'put', session: record, conference: null });
    expect(handle({ type: 'search', requestId: 1, query: 'docs', filters: {} })).toMatchObject({ hits: [{ sessionId: 's1', kind: 'session' }] });
  });
});
