import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../core/import/plan';
import { createConference, listConferences } from './conferences';
import { database } from './database';
import { knownSourceHashes, storeImport } from './imports';
import { getDocument, listSessions, updateSession } from './sessions';

const examples = path.resolve(__dirname, '../../../tests/fixtures/examples');

async function plan(name: string, options = {}) {
  return planImport(await readFile(path.join(examples, name), 'utf8'), name, options);
}

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.documents.clear(), db.actionItems.clear()]);
});

describe('storeImport', () => {
  it('stores a new conference with its sessions and documents, and skips them when imported again', async () => {
    const pycon = await plan('pycon-2013-raw-timestamped-notes.txt');
    const first = await storeImport([{ plan: pycon, conferenceId: null }], 1_000);
    expect(first.conferences).toHaveLength(1);
    expect(first.conferences[0]?.name).toBe('Pycon 2013');
    expect(first.conferences[0]?.timeZone).toBe('America/New_York');
    expect(first.sessions).toHaveLength(pycon.sessions.length);
    const stored = await listSessions(first.conferences[0]?.id ?? '');
    expect(stored.map((session) => session.title)).toEqual(pycon.sessions.map((session) => session.title));
    const document = await getDocument(stored[0]?.id ?? '');
    expect(JSON.stringify(document?.content)).toContain(`"stamp":${Date.UTC(2013, 2, 15, 17, 55, 11)}`);
    expect((await knownSourceHashes()).size).toBe(pycon.sessions.length);

    const again = await storeImport([{ plan: pycon, conferenceId: null }], 2_000);
    expect(again.sessions).toEqual([]);
    expect(again.files[0]?.skipped).toHaveLength(pycon.sessions.length);
    expect(await database().sessions.count()).toBe(pycon.sessions.length);
  });

  it('puts sessions into a chosen conference and widens its dates', async () => {
    const conference = await createConference({ name: 'Meetups', location: '', startDate: '2012-12-01', endDate: '2012-12-01', timeZone: 'America/Los_Angeles' });
    const talks = await plan('two-tech-talks-in-a-day.jekyll-post.md', { timeZone: 'America/Los_Angeles' });
    const result = await storeImport([{ plan: talks, conferenceId: conference.id }]);
    expect(result.files[0]?.created).toHaveLength(2);
    const [widened] = await listConferences();
    expect(widened?.startDate).toBe('2012-11-14');
    expect(widened?.revision).toBe(2);
    expect(result.conferences).toEqual([widened]);
  });

  it('shares one new conference between files of the same conference, and catches a section twice in one import', async () => {
    const blog = await plan('pycon-2014-blogger-post.txt');
    const result = await storeImport([
      { plan: blog, conferenceId: null },
      { plan: blog, conferenceId: null },
    ]);
    expect(await database().conferences.count()).toBe(1);
    expect(result.files[1]?.created).toEqual([]);
    expect(result.files[1]?.skipped).toHaveLength(blog.sessions.length);
  });

  it('imports a deleted session again', async () => {
    const proposal = await plan('talk-proposal-cfp.md');
    const first = await storeImport([{ plan: proposal, conferenceId: null }]);
    await updateSession(first.sessions[0]?.id ?? '', { deleted: true });
    const again = await storeImport([{ plan: proposal, conferenceId: null }]);
    expect(again.sessions).toHaveLength(1);
  });

  it('writes nothing when the chosen conference is gone', async () => {
    const proposal = await plan('talk-proposal-cfp.md');
    await expect(storeImport([{ plan: proposal, conferenceId: 'missing' }])).rejects.toThrow(/no longer exists/);
    expect(await database().sessions.count()).toBe(0);
  });
});
