import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PlenaryDatabase } from '../database';
import { schemaVersions } from './index';
import { v1Initial } from './v1Initial';

describe('schema versions', () => {
  it('are declared in order, each with a name', () => {
    const numbers = schemaVersions.map((version) => version.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const version of schemaVersions) expect(version.name).toMatch(/\w/);
    expect(schemaVersions[0]).toBe(v1Initial);
  });

  it('open a database created at version 1 and keep its rows', async () => {
    const name = `plenary-v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(v1Initial.version).stores(v1Initial.stores);
    await v1.open();
    await v1.table('conferences').add({ id: 'c1', name: 'Kept', location: '', startDate: '2026-01-01', endDate: '2026-01-01', timeZone: 'UTC', url: '', tags: [], revision: 1, updatedAt: 1 });
    v1.close();

    const latest = new PlenaryDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(schemaVersions[schemaVersions.length - 1]?.version);
    expect(await latest.conferences.get('c1')).toMatchObject({ name: 'Kept' });
    latest.close();
    await Dexie.delete(name);
  });
});
