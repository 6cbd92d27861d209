import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditorStateJson } from '../../../core/model/session';
import { createSavedIndexHost } from '../../../core/search/savedIndexHost';
import { createSearchWorkerHost } from '../../../core/search/workerHost';
import type { SearchClientRequest, SearchWorkerResponse } from '../../../core/search/workerProtocol';
import { createConference, updateConference } from '../db/conferences';
import { database } from '../db/database';
import { listSessionTags, loadSearchSnapshot, savedIndexStore } from '../db/searchIndex';
import { createSession, saveDocument, updateSession } from '../db/sessions';
import { SearchClient, type SearchPort } from './searchClient';

/**
 * The worker as the app composes it (search.worker.ts: the host, keeping the
 * saved index in the database itself), answering asynchronously as a worker
 * does; it counts what it was sent.
 */
function inProcessPort(): SearchPort & { sent: SearchClientRequest[] } {
  const emit = (response: SearchWorkerResponse) => setTimeout(() => port.onmessage?.({ data: structuredClone(response) }), 0);
  const handle = createSavedIndexHost(createSearchWorkerHost(), savedIndexStore, emit);
  const port: SearchPort & { sent: SearchClientRequest[] } = {
    sent: [],
    onmessage: null,
    postMessage(request) {
      port.sent.push(request);
      const copy = structuredClone(request);
      setTimeout(() => {
        void handle(copy).then((response: SearchWorkerResponse | null) => {
          if (response) port.onmessage?.({ data: structuredClone(response) });
        });
      }, 0);
    },
  };
  return port;
}

function doc(...lines: string[]): EditorStateJson {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: lines.map((text, index) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        $: { stamp: 1_700_000_000_000 + index * 60_000 },
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      })),
    },
  } as EditorStateJson;
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const clients: SearchClient[] = [];
function newClient(port: SearchPort): SearchClient {
  const client = new SearchClient(port, { saveDelayMs: 30 });
  clients.push(client);
  return client;
}

async function sessionIdsFor(client: SearchClient, query: string, filters = {}): Promise<string[]> {
  const { answer } = client.search(query, filters);
  return (await answer).hits.map((hit) => hit.sessionId);
}

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.documents.clear(), db.actionItems.clear(), db.searchIndex.clear(), db.searchPieces.clear()]);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});

describe('search client', () => {
  it('builds the index once, saves it, and on the next start loads it and indexes only what changed', async () => {
    const pycon = await createConference({ name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York' });
    const celery = await createSession({ conferenceId: pycon.id, title: 'Celery at Instagram' }, doc('Queues with RabbitMQ', 'Sharded postgres'));
    const docs = await createSession({ conferenceId: pycon.id, title: 'Write the docs' }, doc('Sphinx and readthedocs'));

    const first = newClient(inProcessPort());
    await first.start();
    expect(first.lastStart).toMatchObject({ mode: 'built', indexed: 2 });
    expect(await sessionIdsFor(first, 'rabbitmq')).toEqual([celery.id]);
    await first.save();
    const snapshot = await loadSearchSnapshot();
    expect(snapshot?.sessions).toEqual({ [celery.id]: 1, [docs.id]: 1 });
    first.dispose();

    // While the app was closed: one document changed, one session was deleted, one was added.
    await saveDocument(celery.id, doc('Queues with kombu'));
    await updateSession(docs.id, { deleted: true });
    const added = await createSession({ conferenceId: pycon.id, title: 'Keynote' }, doc('Guido on asyncio'));

    const port = inProcessPort();
    const second = newClient(port);
    await second.start();
    await second.untilLoaded();
    expect(second.lastStart).toMatchObject({ mode: 'loaded', indexed: 2, removed: 1 });
    expect(port.sent.filter((request) => request.type === 'build')).toHaveLength(0);
    expect(port.sent.filter((request) => request.type === 'put').map((request) => request.type === 'put' && request.session.session.id).sort()).toEqual(
      [celery.id, added.id].sort(),
    );
    expect(await sessionIdsFor(second, 'rabbitmq')).toEqual([]);
    expect(await sessionIdsFor(second, 'kombu')).toEqual([celery.id]);
    expect(await sessionIdsFor(second, 'sphinx')).toEqual([]);
    expect(await sessionIdsFor(second, 'asyncio')).toEqual([added.id]);
  });

  it('indexes each save, re-indexes a renamed conference, and saves the index a moment later', async () => {
    const pycon = await createConference({ name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York' });
    const client = newClient(inProcessPort());
    await client.start();
    const session = await createSession({ conferenceId: pycon.id, title: 'Testing' }, doc('pytest fixtures'));
    await waitFor(async () => (await sessionIdsFor(client, 'fixtures')).length === 1);
    await saveDocument(session.id, doc('pytest fixtures', 'hypothesis strategies'));
    await waitFor(async () => (await sessionIdsFor(client, 'hypothesis')).length === 1);
    await updateConference(pycon.id, { name: 'PyCon Montreal' });
    await waitFor(async () => (await sessionIdsFor(client, 'montreal')).length === 1);
    await waitFor(async () => (await loadSearchSnapshot())?.conferences[pycon.id] === 2);
    expect((await loadSearchSnapshot())?.sessions[session.id]).toBe(2);
  });

  it('builds again when the saved index cannot be read', async () => {
    const pycon = await createConference({ name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York' });
    const session = await createSession({ conferenceId: pycon.id, title: 'Packaging' }, doc('wheels everywhere'));
    // An index saved whole, as before it was kept in pieces.
    await database().table('searchIndex').put({ key: 'archive', serialised: '{"format":1}', sessions: { [session.id]: 1 }, conferences: {}, savedAt: 0 });
    await database().searchPieces.put({ key: '1999', bytes: new Uint8Array([1, 2, 3]) });
    const client = newClient(inProcessPort());
    await client.start();
    expect(client.lastStart?.mode).toBe('built');
    expect(await sessionIdsFor(client, 'wheels')).toEqual([session.id]);
    // Saved again in pieces; a piece row of no saved index is gone.
    await client.save();
    expect((await database().searchPieces.toCollection().primaryKeys()).sort()).toEqual(['2013']);
    expect(await loadSearchSnapshot()).toMatchObject({ format: 2, keys: ['2013'], sessions: { [session.id]: 1 } });
  });
});

describe('tags offered as a search filter', () => {
  it('lists the tags of live sessions once each, and filtering by one finds its sessions', async () => {
    const pycon = await createConference({ name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York' });
    const tagged = await createSession({ conferenceId: pycon.id, title: 'Queues', tags: ['Celery'] }, doc('brokers and workers'));
    await createSession({ conferenceId: pycon.id, title: 'More queues', tags: ['celery', 'redis'] }, doc('brokers again'));
    const gone = await createSession({ conferenceId: pycon.id, title: 'Gone', tags: ['deleted-only'] }, doc('brokers'));
    await updateSession(gone.id, { deleted: true });
    expect((await listSessionTags()).map((tag) => tag.toLowerCase())).toEqual(['celery', 'redis']);
    const client = newClient(inProcessPort());
    await client.start();
    expect((await sessionIdsFor(client, 'brokers', { tag: 'Celery' })).sort()).toEqual(
      (await sessionIdsFor(client, 'brokers', {})).filter((id) => id !== gone.id).sort(),
    );
    expect(await sessionIdsFor(client, 'brokers', { tag: 'redis' })).not.toContain(tagged.id);
  });
});
