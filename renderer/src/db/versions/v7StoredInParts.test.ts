import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PlenaryDatabase } from '../database';
import { databaseAtVersion } from './testDatabase';
import { readDocument } from '../documentRows';
import { documentWith } from '../testDocuments';
import { v7StoredInParts } from './v7StoredInParts';

describe('schema version 7: stored in parts', () => {
  it('upgrades a version 6 database: each action row’s line moves to its session’s lines, documents of both older forms still read', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAtVersion('plenary-upgrade-7', indexedDB, 6);
    await old.open();
    const row = { conferenceId: 'c1', owner: '', due: null, stamp: null, tags: [], reason: null, source: 'explicit', done: false, openIn: 'c1' };
    await old.table('actionItems').bulkAdd([
      { ...row, sessionId: 's1', id: 'a', text: 'Email Ada', lineIndex: 7 },
      { ...row, sessionId: 's1', id: 'b', text: 'Watch the video', lineIndex: 2 },
      { ...row, sessionId: 's2', id: 'c', text: 'Try celery', lineIndex: 0 },
    ]);
    await old.table('documents').bulkAdd([
      { sessionId: 's1', content: documentWith('as an object'), revision: 2, updatedAt: 2 },
      { sessionId: 's2', content: JSON.stringify(documentWith('as text')), revision: 3, updatedAt: 3 },
    ]);
    old.close();

    const db = new PlenaryDatabase('plenary-upgrade-7', { indexedDB, IDBKeyRange });
    await db.open();
    expect(v7StoredInParts.name).toBe('stored in parts');
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.actionItems.count()).toBe(3);
    expect((await db.actionItems.toArray()).some((stored) => 'lineIndex' in stored)).toBe(false);
    expect(await db.actionLines.toArray()).toEqual([
      { sessionId: 's1', lines: { a: 7, b: 2 } },
      { sessionId: 's2', lines: { c: 0 } },
    ]);
    expect(await db.actionItems.where('openIn').equals('c1').count()).toBe(3);
    expect(await db.documentChunks.count()).toBe(0);
    expect((await readDocument(db, 's1'))?.content).toEqual(documentWith('as an object'));
    expect((await readDocument(db, 's2'))?.content).toEqual(documentWith('as text'));
    db.close();
  });
});
