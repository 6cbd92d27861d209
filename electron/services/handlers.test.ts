import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conferenceRecord, sessionRecord } from './archive/testRecords';
import { serviceDispatcher } from './testDispatcher';

let archiveDir: string;

beforeEach(async () => {
  archiveDir = await mkdtemp(join(tmpdir(), 'plenary-handlers-'));
});

afterEach(async () => {
  await rm(archiveDir, { recursive: true, force: true });
});

const dispatcher = () => serviceDispatcher(archiveDir);

describe('createServiceHandlers: archive channels', () => {
  it('writes, indexes and reads through the dispatcher', async () => {
    const dispatch = dispatcher();
    const record = sessionRecord('sess-1', 3, { text: 'hello' });
    expect(await dispatch('archiveWrite', { record })).toEqual({ ok: true, value: { written: true, revision: 3 } });
    expect(await dispatch('archiveWrite', { record })).toEqual({ ok: true, value: { written: false, revision: 3 } });
    // An older revision this file never held was made elsewhere: kept aside, and the writer is told.
    expect(await dispatch('archiveWrite', { record: sessionRecord('sess-1', 2) })).toMatchObject({
      ok: true,
      value: { written: false, revision: 3, conflict: { diskRevision: 3 } },
    });
    expect(await dispatch('archiveIndex', {})).toEqual({
      ok: true,
      value: { entries: [{ kind: 'session', id: 'sess-1', revision: 3, deleted: false }], problems: [] },
    });
    expect(await dispatch('archiveRead', { kind: 'session', ids: ['sess-1'] })).toEqual({ ok: true, value: { records: [record] } });
  });

  it('rejects a malformed payload and writes nothing', async () => {
    const dispatch = dispatcher();
    const result = await dispatch('archiveWrite', { record: { kind: 'session', record: { session: { id: 'x' } } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readdir(archiveDir)).toEqual([]);
  });

  it('answers a hostile id with a message for the user and writes nothing', async () => {
    const dispatch = dispatcher();
    const result = await dispatch('archiveWrite', { record: conferenceRecord('../../outside') });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-archive-id', message: expect.stringContaining('not a valid archive id') } });
    expect(await dispatch('archiveRead', { kind: 'conference', ids: ['..'] })).toMatchObject({ ok: false, error: { code: 'invalid-archive-id' } });
    expect(await readdir(archiveDir)).toEqual([]);
    expect(await readdir(join(archiveDir, '..'))).not.toContain('outside.json');
  });
});
