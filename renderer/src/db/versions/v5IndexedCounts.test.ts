import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PlenaryDatabase } from '../database';
import { databaseAtVersion } from './testDatabase';
import { v5IndexedCounts } from './v5IndexedCounts';

describe('schema version 5: indexed counts', () => {
  it('upgrades a version 4 database: tombstones listed by conference, open check-list items marked with theirs, every record kept', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAtVersion('plenary-upgrade-5', indexedDB, 4);
    await old.open();
    await old.table('conferences').add({ id: 'c1', name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York', url: '', tags: [], revision: 1, updatedAt: 1 });
    const session = { id: 's1', conferenceId: 'c1', title: 'Talk', speakers: [], room: '', track: '', kind: 'talk', url: '', tags: [], revision: 3, updatedAt: 1 };
    await old.table('sessions').bulkAdd([session, { ...session, id: 's2' }, { ...session, id: 's3', deleted: true }]);
    const row = { sessionId: 's1', conferenceId: 'c1', text: 'Try celery', owner: '', due: null, stamp: null, tags: [], lineIndex: 0, reason: null };
    await old.table('actionItems').bulkAdd([
      { ...row, id: 'open', source: 'explicit', done: false },
      { ...row, id: 'done', source: 'explicit', done: true },
      { ...row, id: 'suggested', source: 'suggested', done: false },
    ]);
    old.close();

    const db = new PlenaryDatabase('plenary-upgrade-5', { indexedDB, IDBKeyRange });
    await db.open();
    expect(v5IndexedCounts.name).toBe('indexed counts');
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.deletedSessions.toArray()).toEqual([{ id: 's3', conferenceId: 'c1' }]);
    expect(await db.sessions.count()).toBe(3);
    expect(await db.actionItems.where('openIn').equals('c1').primaryKeys()).toEqual([['s1', 'open']]);
    expect(await db.actionItems.count()).toBe(3);
    db.close();
  });
});
