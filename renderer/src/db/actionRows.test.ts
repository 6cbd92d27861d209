import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionItemRow } from '../../../core/actions/derive';
import { listSessionActionItems } from './actionItems';
import { actionTables, RememberedActionRows, replaceActionRows, type StoredActionItem } from './actionRows';
import { database } from './database';
import { actionRowsRead } from './testActionRows';

function row(id: string, text: string, done = false, lineIndex = 0): ActionItemRow {
  return { id, sessionId: 's1', conferenceId: 'c1', text, done, owner: 'me', due: null, stamp: 1, tags: [], source: 'explicit', lineIndex, reason: null };
}

beforeEach(async () => {
  const db = database();
  await Promise.all([db.actionItems.clear(), db.actionLines.clear()]);
});

/** Ids of the action rows `change` writes (created or updated), and whether it wrote the session's lines. */
async function writesOf(change: () => Promise<void>): Promise<{ rows: string[]; lines: boolean }> {
  const db = database();
  const rows: string[] = [];
  let lines = false;
  const created = (_key: unknown, obj: StoredActionItem) => void rows.push(obj.id);
  const updated = (_changes: object, _key: unknown, obj: StoredActionItem) => void rows.push(obj.id);
  const linesWritten = () => void (lines = true);
  db.actionItems.hook('creating', created);
  db.actionItems.hook('updating', updated);
  db.actionLines.hook('creating', linesWritten);
  db.actionLines.hook('updating', linesWritten);
  try {
    await change();
  } finally {
    db.actionItems.hook('creating').unsubscribe(created);
    db.actionItems.hook('updating').unsubscribe(updated);
    db.actionLines.hook('creating').unsubscribe(linesWritten);
    db.actionLines.hook('updating').unsubscribe(linesWritten);
  }
  return { rows: rows.sort(), lines };
}

describe('replacing a session’s action rows', () => {
  it('writes only rows that changed, deletes rows that went away, and leaves other sessions alone', async () => {
    const db = database();
    await db.actionItems.put({ ...row('other', 'Another session'), sessionId: 's2' });
    await replaceActionRows(db, 's1', [row('a', 'Email Ada'), row('b', 'Watch the video', false, 1), row('d', 'Unchanged', false, 2)]);

    const writes = await writesOf(() => replaceActionRows(db, 's1', [row('a', 'Email Ada', true), row('c', 'Try the tool', false, 1), row('d', 'Unchanged', false, 2)]));

    expect(writes.rows).toEqual(['a', 'c']);
    const rows = await listSessionActionItems('s1');
    expect(rows.map((r) => [r.id, r.done, r.lineIndex])).toEqual([
      ['a', true, 0],
      ['c', false, 1],
      ['d', false, 2],
    ]);
    expect(await db.actionItems.where('sessionId').equals('s2').count()).toBe(1);
  });

  it('moves lines by rewriting the session’s lines alone: an Enter above a hundred items writes no item', async () => {
    const db = database();
    const items = Array.from({ length: 100 }, (_, index) => row(`item${index}`, `Follow up ${index}`, false, 10 + index * 2));
    await replaceActionRows(db, 's1', items);

    const moved = await writesOf(() => replaceActionRows(db, 's1', items.map((item) => ({ ...item, lineIndex: item.lineIndex + 1 }))));
    expect(moved).toEqual({ rows: [], lines: true });
    expect((await listSessionActionItems('s1')).map((item) => item.lineIndex)).toEqual(items.map((item) => item.lineIndex + 1));

    // Nothing changed: nothing written at all.
    expect(await writesOf(() => replaceActionRows(db, 's1', items.map((item) => ({ ...item, lineIndex: item.lineIndex + 1 }))))).toEqual({ rows: [], lines: false });
    // No rows left: the lines go too.
    await replaceActionRows(db, 's1', []);
    expect(await db.actionLines.get('s1')).toBeUndefined();
    expect(await db.actionItems.where('sessionId').equals('s1').count()).toBe(0);
  });

  it('with a writer’s memory, compares with what it wrote instead of reading the rows, until someone else writes them', async () => {
    const db = database();
    const memory = new RememberedActionRows();
    await replaceActionRows(db, 's1', [row('a', 'Email Ada'), row('b', 'Watch the video', false, 1)], memory);
    const remembered = await actionRowsRead(() => writesOf(() => replaceActionRows(db, 's1', [row('a', 'Email Ada', true), row('b', 'Watch the video', false, 2)], memory)));
    expect(remembered.read).toBe(0);
    expect(remembered.result).toEqual({ rows: ['a'], lines: true });

    // Another writer (the window's thread) drops b: the memory is no longer trusted, and b comes back.
    await replaceActionRows(db, 's1', [row('a', 'Email Ada', true)]);
    const afterOther = await actionRowsRead(() => replaceActionRows(db, 's1', [row('a', 'Email Ada', true), row('b', 'Watch the video', false, 2)], memory));
    expect(afterOther.read).toBeGreaterThan(0);
    expect((await listSessionActionItems('s1')).map((r) => [r.id, r.lineIndex])).toEqual([
      ['a', 0],
      ['b', 2],
    ]);

    // A save that rolls back leaves the memory untrusted too: c, written in it, is written again.
    await expect(
      db.transaction('rw', actionTables(db), async () => {
        await replaceActionRows(db, 's1', [row('a', 'Email Ada', true), row('c', 'Try the tool', false, 3)], memory);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    await replaceActionRows(db, 's1', [row('a', 'Email Ada', true), row('c', 'Try the tool', false, 3)], memory);
    expect((await listSessionActionItems('s1')).map((r) => r.id)).toEqual(['a', 'c']);
  });
});
