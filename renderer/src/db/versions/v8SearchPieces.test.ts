import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PlenaryDatabase } from '../database';
import { databaseAtVersion } from './testDatabase';
import { v8SearchPieces } from './v8SearchPieces';

describe('schema version 8: search index in pieces', () => {
  it('upgrades a version 7 database: the index saved whole is deleted, pieces have their table, every record kept', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAtVersion('plenary-upgrade-8', indexedDB, 7);
    await old.open();
    await old.table('conferences').add({ id: 'c1', name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York', url: '', tags: [], revision: 1, updatedAt: 1 });
    await old.table('sessions').add({ id: 's1', conferenceId: 'c1', title: 'Talk', speakers: [], room: '', track: '', kind: 'talk', url: '', tags: [], revision: 3, updatedAt: 1 });
    await old.table('searchIndex').put({ key: 'archive', serialised: '{"format":1,"index":{},"sessions":[]}', sessions: { s1: 3 }, conferences: { c1: 1 }, savedAt: 5 });
    old.close();

    const db = new PlenaryDatabase('plenary-upgrade-8', { indexedDB, IDBKeyRange });
    await db.open();
    expect(v8SearchPieces.name).toBe('search index in pieces');
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await db.searchIndex.count()).toBe(0);
    expect(await db.searchPieces.count()).toBe(0);
    expect(await db.sessions.get('s1')).toMatchObject({ title: 'Talk', revision: 3 });
    expect(await db.conferences.get('c1')).toMatchObject({ name: 'PyCon' });
    await db.searchPieces.put({ key: '2013', bytes: new Uint8Array([1, 2, 3]) });
    expect((await db.searchPieces.get('2013'))?.bytes).toEqual(new Uint8Array([1, 2, 3]));
    db.close();
  });
});
