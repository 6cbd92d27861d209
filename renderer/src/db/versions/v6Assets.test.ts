import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PlenaryDatabase } from '../database';
import { databaseAtVersion } from './testDatabase';
import { v6Assets } from './v6Assets';

describe('schema version 6: image assets', () => {
  it('upgrades a version 5 database with an empty assets table and every record kept', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAtVersion('plenary-upgrade-6', indexedDB, 5);
    await old.open();
    await old.table('sessions').add({ id: 's1', conferenceId: 'c1', title: 'Talk', speakers: [], room: '', track: '', kind: 'talk', url: '', tags: [], revision: 3, updatedAt: 1 });
    await old.table('deletedSessions').add({ id: 's0', conferenceId: 'c1' });
    old.close();

    const db = new PlenaryDatabase('plenary-upgrade-6', { indexedDB, IDBKeyRange });
    await db.open();
    expect(v6Assets.name).toBe('image assets');
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.assets.count()).toBe(0);
    expect(await db.sessions.get('s1')).toMatchObject({ title: 'Talk', revision: 3 });
    expect(await db.deletedSessions.where('conferenceId').equals('c1').count()).toBe(1);
    const asset = `${'0a'.repeat(32)}.png`;
    await db.assets.put({ asset, blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }) });
    const row = await db.assets.get(asset);
    expect(row?.asset).toBe(asset);
    expect(await db.assets.toCollection().primaryKeys()).toEqual([asset]);
    db.close();
  });
});
