import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PlenaryDatabase } from '../database';
import { databaseAtVersion } from './testDatabase';
import { v4SearchIndex } from './v4SearchIndex';

describe('schema version 4: search index', () => {
  it('upgrades a version 3 database with an empty search index table and every record kept', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAtVersion('plenary-upgrade-4', indexedDB, 3);
    await old.open();
    await old.table('conferences').add({ id: 'c1', name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York', url: '', tags: [], revision: 1, updatedAt: 1 });
    await old.table('sessions').add({ id: 's1', conferenceId: 'c1', title: 'Talk', speakers: [], room: '', track: '', kind: 'talk', url: '', tags: [], revision: 3, updatedAt: 1 });
    old.close();

    const db = new PlenaryDatabase('plenary-upgrade-4', { indexedDB, IDBKeyRange });
    await db.open();
    expect(v4SearchIndex.name).toBe('search index');
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.searchIndex.count()).toBe(0);
    expect(await db.sessions.get('s1')).toMatchObject({ title: 'Talk', revision: 3 });
    await db.table('searchIndex').put({ key: 'archive', serialised: '{}', sessions: { s1: 3 }, conferences: { c1: 1 }, savedAt: 5 });
    expect(await db.searchIndex.get('archive')).toMatchObject({ sessions: { s1: 3 } });
    db.close();
  });
});
