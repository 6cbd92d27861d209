import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { schemaVersions } from './index';
import { v1Initial } from './v1Initial';

/** The database as version 2 declared it, whatever versions come later. */
function atVersion2(name: string, options: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): Dexie {
  const db = new Dexie(name, options);
  for (const step of schemaVersions.filter((candidate) => candidate.version <= 2)) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

describe('schema version 2: templates', () => {
  it('upgrades a version 1 database, keeping its records, with an empty templates table', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('plenary-upgrade', { indexedDB, IDBKeyRange });
    old.version(1).stores(v1Initial.stores);
    await old.open();
    await old.table('conferences').add({ id: 'c1', name: 'PyCon', startDate: '2013-03-15', endDate: '2013-03-17', revision: 1, updatedAt: 1 });
    await old.table('settings').put({ key: 'settings', value: { theme: 'dark' } });
    old.close();

    const db = atVersion2('plenary-upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.table('conferences').get('c1')).toMatchObject({ name: 'PyCon' });
    expect(await db.table('settings').get('settings')).toMatchObject({ value: { theme: 'dark' } });
    expect(await db.table('templates').count()).toBe(0);
    await db.table('templates').put({ id: 't1', name: 'Standup', description: '', content: { root: { type: 'root', children: [] } }, revision: 1, updatedAt: 5 });
    expect(await db.table('templates').orderBy('name').keys()).toEqual(['Standup']);
    db.close();
  });
});
