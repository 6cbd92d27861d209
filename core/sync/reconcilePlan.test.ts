import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archiveKinds, type ArchiveEntry, type ArchiveKind } from '../model/archiveRecord';
import { idsByKind, reconcilePlan, type ReconcilePlan } from './reconcilePlan';

const entry = (id: string, revision: number, deleted = false, kind: ArchiveKind = 'session'): ArchiveEntry => ({
  kind,
  id,
  revision,
  deleted,
});

const key = (e: ArchiveEntry) => `${e.kind}:${e.id}`;

describe('reconcilePlan', () => {
  it('has nothing to do for two empty sides', () => {
    expect(reconcilePlan([], [])).toEqual({ toLocal: [], toDisk: [], equal: [] });
  });

  it('restores everything from disk into an empty local store (a new browser profile)', () => {
    const disk = [entry('b', 2), entry('a', 1), entry('c1', 4, false, 'conference')];
    expect(reconcilePlan([], disk)).toEqual({
      toLocal: [entry('c1', 4, false, 'conference'), entry('a', 1), entry('b', 2)],
      toDisk: [],
      equal: [],
    });
  });

  it('writes everything local to an empty archive folder (a new or moved folder)', () => {
    const local = [entry('a', 1), entry('t1', 1, false, 'template')];
    expect(reconcilePlan(local, [])).toEqual({ toLocal: [], toDisk: local, equal: [] });
  });

  it('lets the newer revision win in both directions and leaves equal revisions alone', () => {
    const local = [entry('newer-local', 5), entry('newer-disk', 2), entry('same', 3)];
    const disk = [entry('newer-local', 4), entry('newer-disk', 9), entry('same', 3)];
    expect(reconcilePlan(local, disk)).toEqual({
      toLocal: [entry('newer-disk', 9)],
      toDisk: [entry('newer-local', 5)],
      equal: [entry('same', 3)],
    });
  });

  it('never deletes a record because the other side lacks it', () => {
    const plan = reconcilePlan([entry('only-local', 1)], [entry('only-disk', 1)]);
    expect(plan.toDisk).toEqual([entry('only-local', 1)]);
    expect(plan.toLocal).toEqual([entry('only-disk', 1)]);
  });

  it('carries tombstones across like records, by revision', () => {
    const local = [entry('deleted-here', 3, true), entry('old-copy-here', 1)];
    const disk = [entry('deleted-here', 2), entry('old-copy-here', 2, true), entry('tombstone-only-on-disk', 7, true)];
    expect(reconcilePlan(local, disk)).toEqual({
      toLocal: [entry('old-copy-here', 2, true), entry('tombstone-only-on-disk', 7, true)],
      toDisk: [entry('deleted-here', 3, true)],
      equal: [],
    });
  });

  it('does not let an older live copy bring back a deleted record', () => {
    expect(reconcilePlan([entry('x', 1)], [entry('x', 2, true)]).toLocal).toEqual([entry('x', 2, true)]);
    expect(reconcilePlan([entry('x', 2, true)], [entry('x', 1)]).toDisk).toEqual([entry('x', 2, true)]);
  });

  it('keeps both copies when the revisions tie, even if only one is a tombstone', () => {
    expect(reconcilePlan([entry('x', 4, true)], [entry('x', 4)])).toEqual({ toLocal: [], toDisk: [], equal: [entry('x', 4, true)] });
  });

  it('tells kinds apart when ids repeat across them', () => {
    const local = [entry('same-id', 1, false, 'conference')];
    const disk = [entry('same-id', 1, false, 'session')];
    expect(reconcilePlan(local, disk)).toEqual({
      toLocal: [entry('same-id', 1, false, 'session')],
      toDisk: [entry('same-id', 1, false, 'conference')],
      equal: [],
    });
  });

  it('counts the highest revision when one side names a record twice', () => {
    expect(reconcilePlan([entry('x', 1), entry('x', 5)], [entry('x', 3)]).toDisk).toEqual([entry('x', 5)]);
  });

  it('groups ids by kind for reading', () => {
    expect(idsByKind([entry('a', 1), entry('c', 1, false, 'conference'), entry('b', 1)])).toEqual({
      conference: ['c'],
      session: ['a', 'b'],
      template: [],
    });
  });
});

const entryArb = fc.record({
  kind: fc.constantFrom(...archiveKinds),
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  revision: fc.nat({ max: 6 }),
  deleted: fc.boolean(),
});
const sideArb = fc.array(entryArb, { maxLength: 20 });

function highest(entries: readonly ArchiveEntry[]): Map<string, ArchiveEntry> {
  const map = new Map<string, ArchiveEntry>();
  for (const e of entries) {
    const known = map.get(key(e));
    if (!known || e.revision > known.revision) map.set(key(e), e);
  }
  return map;
}

/** Copies what the plan says, the way the app does. */
function apply(local: readonly ArchiveEntry[], disk: readonly ArchiveEntry[], plan: ReconcilePlan) {
  const localAfter = highest(local);
  const diskAfter = highest(disk);
  for (const e of plan.toLocal) localAfter.set(key(e), e);
  for (const e of plan.toDisk) diskAfter.set(key(e), e);
  return { localAfter, diskAfter };
}

describe('reconcilePlan properties', () => {
  it('never drops an id: every record of either side is in exactly one list', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (local, disk) => {
        const plan = reconcilePlan(local, disk);
        const planned = [...plan.toLocal, ...plan.toDisk, ...plan.equal].map(key);
        expect(new Set(planned).size).toBe(planned.length);
        expect(new Set(planned)).toEqual(new Set([...local, ...disk].map(key)));
      }),
    );
  });

  it('never copies an older revision over a newer or equal one', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (local, disk) => {
        const plan = reconcilePlan(local, disk);
        const localByKey = highest(local);
        const diskByKey = highest(disk);
        for (const e of plan.toLocal) {
          expect(e).toEqual(diskByKey.get(key(e)));
          expect(e.revision).toBeGreaterThan(localByKey.get(key(e))?.revision ?? -1);
        }
        for (const e of plan.toDisk) {
          expect(e).toEqual(localByKey.get(key(e)));
          expect(e.revision).toBeGreaterThan(diskByKey.get(key(e))?.revision ?? -1);
        }
        for (const e of plan.equal) expect(diskByKey.get(key(e))?.revision).toBe(e.revision);
      }),
    );
  });

  it('leaves both sides with the highest revision of every record, and nothing more to do', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (local, disk) => {
        const { localAfter, diskAfter } = apply(local, disk, reconcilePlan(local, disk));
        const best = highest([...local, ...disk]);
        for (const [k, e] of best) {
          expect(localAfter.get(k)?.revision).toBe(e.revision);
          expect(diskAfter.get(k)?.revision).toBe(e.revision);
        }
        const again = reconcilePlan([...localAfter.values()], [...diskAfter.values()]);
        expect(again.toLocal).toEqual([]);
        expect(again.toDisk).toEqual([]);
      }),
    );
  });

  it('is symmetric: swapping the sides swaps the directions', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (local, disk) => {
        const plan = reconcilePlan(local, disk);
        const swapped = reconcilePlan(disk, local);
        expect(swapped.toLocal).toEqual(plan.toDisk);
        expect(swapped.toDisk).toEqual(plan.toLocal);
        expect(swapped.equal.map(key)).toEqual(plan.equal.map(key));
      }),
    );
  });

  it('keeps a tombstone that is newest: the record stays deleted on both sides', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (local, disk) => {
        const { localAfter, diskAfter } = apply(local, disk, reconcilePlan(local, disk));
        for (const [k, e] of highest([...local, ...disk])) {
          const tiedLive = [...local, ...disk].some((o) => key(o) === k && o.revision === e.revision && !o.deleted);
          if (e.deleted && !tiedLive) {
            expect(localAfter.get(k)?.deleted).toBe(true);
            expect(diskAfter.get(k)?.deleted).toBe(true);
          }
        }
      }),
    );
  });
});
