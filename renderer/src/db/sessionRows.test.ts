import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../core/model/session';
import { localEntries } from './archiveRecords';
import { database } from './database';
import { archiveRevisions } from './searchIndex';
import { readAllSessions } from './sessionRows';

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.templates.clear()]);
});

describe('reading every session a page at a time', () => {
  it('returns each session once, over several pages, with tombstones, for reconcile and for search', async () => {
    const sessions: Session[] = Array.from({ length: 2_345 }, (_, index) => ({
      id: `s-${String(index).padStart(5, '0')}`,
      conferenceId: `c-${index % 7}`,
      title: `Talk ${index}`,
      speakers: [],
      room: '',
      track: '',
      kind: 'talk',
      url: '',
      tags: [],
      revision: 1 + (index % 3),
      updatedAt: index,
      ...(index % 500 === 0 ? { deleted: true } : {}),
    }));
    // Stored out of order: pages follow the ids, not the order of writing.
    await database().sessions.bulkAdd([...sessions].reverse());

    const read = await readAllSessions(database().sessions);
    expect(read.map((session) => session.id)).toEqual(sessions.map((session) => session.id));
    expect((await localEntries()).filter((entry) => entry.deleted).map((entry) => entry.id)).toEqual(['s-00000', 's-00500', 's-01000', 's-01500', 's-02000']);
    const { sessions: revisions } = await archiveRevisions();
    expect(revisions).toHaveLength(2_345);
    expect(revisions[1_234]).toEqual({ id: 's-01234', revision: 1 + (1_234 % 3), deleted: false, conferenceId: 'c-2' });
  });
});
