import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionItemRow } from '../../../core/actions/derive';
import { replaceActionRows } from './actionRows';
import { database } from './database';

function row(id: string, text: string, done = false): ActionItemRow {
  return { id, sessionId: 's1', conferenceId: 'c1', text, done, owner: 'me', due: null, stamp: 1, tags: [], source: 'explicit', lineIndex: 0, reason: null };
}

beforeEach(async () => {
  await database().actionItems.clear();
});

describe('replacing a session’s action rows', () => {
  it('writes only rows that changed, deletes rows that went away, and leaves other sessions alone', async () => {
    const table = database().actionItems;
    await table.put({ ...row('other', 'Another session'), sessionId: 's2' });
    await replaceActionRows(table, 's1', [row('a', 'Email Ada'), row('b', 'Watch the video'), row('d', 'Unchanged')]);

    const writes: string[] = [];
    const created = (_key: unknown, obj: ActionItemRow) => void writes.push(obj.id);
    const updated = (_changes: object, _key: unknown, obj: ActionItemRow) => void writes.push(obj.id);
    table.hook('creating', created);
    table.hook('updating', updated);
    await replaceActionRows(table, 's1', [row('a', 'Email Ada', true), row('c', 'Try the tool'), row('d', 'Unchanged')]);
    table.hook('creating').unsubscribe(created);
    table.hook('updating').unsubscribe(updated);

    expect(writes.sort()).toEqual(['a', 'c']);
    const rows = await table.where('sessionId').equals('s1').toArray();
    expect(rows.map((r) => [r.id, r.done]).sort()).toEqual([
      ['a', true],
      ['c', false],
      ['d', false],
    ]);
    expect(await table.where('sessionId').equals('s2').count()).toBe(1);
  });
});
