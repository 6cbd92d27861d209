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
  it('builds, searches, serialises and loads through messages', () => {
    const handle = createSearchWorkerHost();
    expect(handle({ type: 'search', requestId: 1, query: 'sloths', filters: {} })).toMatchObject({ type: 'results', hits: [] });
    expect(handle({ type: 'build', sessions: [record], conferences: [] })).toMatchObject({ type: 'ready', sessionCount: 1, entryCount: 2 });
    const found = handle({ type: 'search', requestId: 2, query: 'sloth', filters: {} });
    expect(found).toMatchObject({ type: 'results', requestId: 2, query: 'sloth', hits: [{ sessionId: 's1', blockIndex: 0, stamp: 1_363_378_193_000 }] });
    const saved = handle({ type: 'serialise', requestId: 3 });
    if (saved?.type !== 'serialised') throw new Error('expected the serialised index');

    const restarted = createSearchWorkerHost();
    expect(restarted({ type: 'load', serialised: saved.serialised })).toMatchObject({ type: 'ready', sessionCount: 1 });
    expect(restarted({ type: 'search', requestId: 4, query: 'sloths', filters: {} })).toMatchObject({ hits: [{ sessionId: 's1' }] });
    expect(restarted({ type: 'remove', sessionId: 's1' })).toBeNull();
    expect(restarted({ type: 'search', requestId: 5, query: 'sloths', filters: {} })).toMatchObject({ hits: [] });
  });

  it('asks for a build when the saved index cannot be used', () => {
    const handle = createSearchWorkerHost();
    expect(handle({ type: 'load', serialised: 'not json' })).toMatchObject({ type: 'needsBuild' });
  });

  it('indexes a saved session without a prior build', () => {
    const handle = createSearchWorkerHost();
    handle({ type: 'put', session: record, conference: null });
    expect(handle({ type: 'search', requestId: 1, query: 'docs', filters: {} })).toMatchObject({ hits: [{ sessionId: 's1', kind: 'session' }] });
  });
});
