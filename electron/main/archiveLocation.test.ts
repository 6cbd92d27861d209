import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchiveLocation, saveArchiveLocation } from './archiveLocation';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'plenary-location-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('the archive folder chosen in Settings', () => {
  it('is remembered whole, with no temporary file left', async () => {
    expect(readArchiveLocation(userData)).toBeNull();
    const chosen = path.join(userData, 'Sync', 'Plenary archive');
    await saveArchiveLocation(userData, chosen);
    expect(readArchiveLocation(userData)).toBe(chosen);
    expect(await readdir(userData)).toEqual(['archive-location.json']);
  });

  it('falls back to the default folder when the note is damaged or names a relative path', async () => {
    await writeFile(path.join(userData, 'archive-location.json'), '{"archiveDir": ');
    expect(readArchiveLocation(userData)).toBeNull();
    await writeFile(path.join(userData, 'archive-location.json'), '{"archiveDir": "relative/folder"}');
    expect(readArchiveLocation(userData)).toBeNull();
  });
});
