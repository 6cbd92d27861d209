import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { markdownToEditorState } from '../../../../core/markdown/convert';
import { PlenaryDatabase } from '../database';
import { databaseAtVersion } from './testDatabase';

describe('schema version 3: action items', () => {
  it('upgrades a version 2 database, deriving rows from the documents it holds', async () => {
    const indexedDB = new IDBFactory();
    const old = databaseAtVersion('plenary-upgrade-3', indexedDB, 2);
    await old.open();
    await old.table('conferences').add({ id: 'c1', name: 'PyCon', location: '', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/New_York', url: '', tags: [], revision: 1, updatedAt: 1 });
    const session = { id: 's1', conferenceId: 'c1', title: 'Talk', speakers: [], room: '', track: '', kind: 'talk', url: '', tags: ['queues'], revision: 1, updatedAt: 1 };
    await old.table('sessions').add(session);
    await old.table('sessions').add({ ...session, id: 's2', deleted: true });
    const content = markdownToEditorState("- [ ] Try out celery\n\nI'll try that out later.\n");
    await old.table('documents').add({ sessionId: 's1', content, revision: 1, updatedAt: 1 });
    await old.table('documents').add({ sessionId: 's2', content, revision: 1, updatedAt: 1 });
    old.close();

    const db = new PlenaryDatabase('plenary-upgrade-3', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const rows = await db.actionItems.toArray();
    expect(rows.map((row) => [row.sessionId, row.source, row.text, row.tags])).toEqual([
      ['s1', 'explicit', 'Try out celery', ['queues']],
      ['s1', 'suggested', "I'll try that out later.", ['queues']],
    ].sort());
    expect(await db.dismissedSuggestions.count()).toBe(0);
    expect(await db.conferences.get('c1')).toMatchObject({ name: 'PyCon' });
    db.close();
  });
});
