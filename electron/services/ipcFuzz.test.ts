import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../core/ipc/contract';
import { createDispatcher, type MainHandlers } from '../../core/ipc/dispatch';
import type { Result } from '../../core/ipc/result';
import { ArchiveStore } from './archive/archiveStore';
import { sessionRecord } from './archive/testRecords';
import { folderToShow } from './folderToShow';
import { createServiceHandlers } from './handlers';
import { PathGrants } from './pathGrants';

/**
 * Every channel, through the dispatcher main uses, with requests a page that
 * has been taken over might send: each answer must be a result (a value, or
 * a refusal with a code and a plain message), and no file may appear outside
 * the archive and the one folder the user chose.
 */

let root: string;
let archiveDir: string;
let chosenDir: string;
let outsideDir: string;
let chosenToken: string;
let fileToken: string;
const shown: string[] = [];
const usedArchiveFolders: string[] = [];
// The long poll answers at once (no wait); a resolution names the conflict copy made before the run.
const ARCHIVE_CHANGES_REQUEST = { after: -1, epoch: null, waitMs: 0 };
let conflictCopy = '';
let dispatch: ReturnType<typeof createDispatcher>;
const unexpected: unknown[] = [];
const carriedOut = new Set<string>();

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plenary-fuzz-'));
  archiveDir = path.join(root, 'archive');
  chosenDir = path.join(root, 'chosen');
  outsideDir = path.join(root, 'outside');
  await mkdir(chosenDir, { recursive: true });
  await mkdir(outsideDir, { recursive: true });
  await writeFile(path.join(outsideDir, 'secret.txt'), 'password=hunter2\n');
  await writeFile(path.join(chosenDir, 'notes.md'), '# Talk\n\nA line.\n');
  // Two versions of one session at one revision: the second is kept as a conflict copy for archiveResolveConflict.
  const apart = new ArchiveStore(archiveDir);
  await apart.write(sessionRecord('s-9', 1, { text: 'on this device' }));
  conflictCopy = (await apart.write(sessionRecord('s-9', 1, { text: 'on another device' }))).conflict?.file ?? '';
  const grants = new PathGrants();
  chosenToken = await grants.grantFolder(chosenDir);
  fileToken = grants.grantFile(path.join(chosenDir, 'notes.md'));
  // Main's own channels, with the system dialog and shell stood in for, and main's checks kept.
  const mainHandlers: MainHandlers = {
    appInfo: async () => ({ version: 'test', archiveDir, archiveFolder: await grants.grantFolder(archiveDir), platform: process.platform }),
    // As main does, short of remembering the folder and starting again.
    useArchiveFolder: async ({ folder }) => {
      const chosen = await grants.folder(folder);
      usedArchiveFolders.push(chosen);
      return { archiveDir: chosen };
    },
    showFolder: async ({ folder }) => {
      shown.push(await folderToShow(grants, folder));
      return null;
    },
    chooseFolder: async () => ({ token: chosenToken, path: chosenDir }),
  };
  dispatch = createDispatcher({ ...createServiceHandlers({ archiveDir, grants }), ...mainHandlers }, (_message, error) => unexpected.push(error));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const session = sessionRecord('s-1', 1, { text: 'hello' });
const sessionFields = session.kind === 'session' ? session.record : null;
const slide = readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/images/slide.png'));
const slideAsset = `${createHash('sha256').update(slide).digest('hex')}.png`;

/** A document as the editor's autosave sends it: the JSON around the blocks, and each block's JSON by key. */
function wholeDelta(content: unknown) {
  const parsed = content as { root: { children: unknown[] } };
  const changed = Object.fromEntries(parsed.root.children.map((child, index) => [`b${index}`, JSON.stringify(child)]));
  const [head = '', tail = ''] = JSON.stringify({ root: { ...parsed.root, children: '#' } }).split('"#"');
  return { head, tail, keys: Object.keys(changed), changed, whole: true };
}

/** One request per channel that main would carry out: the fuzzer starts from these and breaks them. */
function validRequests(): Record<Channel, Record<string, unknown>> {
  return {
    appInfo: {},
    useArchiveFolder: { folder: chosenToken },
    showFolder: { folder: chosenToken },
    chooseFolder: { title: 'Choose', defaultFolder: chosenToken },
    archiveIndex: {},
    archiveRead: { kind: 'session', ids: ['s-1'] },
    archiveWrite: { record: session },
    archiveWriteSessionText: {
      session: { ...sessionFields?.session, revision: 2 },
      document: {
        sessionId: 's-1',
        content: wholeDelta(sessionFields?.document?.content),
        revision: 2,
        updatedAt: 1,
      },
    },
    assetWrite: { asset: slideAsset, data: slide.toString('base64') },
    assetRead: { asset: slideAsset },
    assetIndex: {},
    importPlan: { files: [{ file: fileToken }, { name: 'pasted.md', text: '# Talk\n\nHello' }] },
    importCancel: { cancelKey: 'k' },
    exportPlan: { folder: chosenToken, options: { preset: 'hugo', layout: 'session' } },
    exportWrite: { folder: chosenToken, options: { preset: 'hugo', layout: 'session' } },
    exportProgress: { progressKey: 'k' },
    scheduleRead: {
      source: {
        name: 'schedule.ics',
        text: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\nBEGIN:VEVENT\r\nUID:talk-1\r\nDTSTAMP:20260601T080000Z\r\nDTSTART:20260610T080000Z\r\nDTEND:20260610T084500Z\r\nSUMMARY:A talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      },
      timeZone: 'Europe/Berlin',
    },
    archiveChanges: ARCHIVE_CHANGES_REQUEST,
    archiveConflicts: {},
    archiveResolveConflict: { file: conflictCopy, resolution: 'merge' },
  };
}

/** What a hostile page sends in place of a field. */
const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      '../../outside/secret.txt',
      '..\\..\\outside\\secret.txt',
      '/etc/passwd',
      'C:\\Windows\\System32',
      '\\\\server\\share',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'a\0b',
      '__proto__',
      'constructor',
      'CON',
      'nul',
      '',
      ' ',
      null,
      undefined,
      true,
      -1,
      1e308,
      Number.NaN,
      Number.MAX_SAFE_INTEGER,
      [],
      {},
    ),
    fc.constant(null).map(() => path.join(root, 'outside', 'made-by-fuzz')),
    fc.constant(null).map(() => 'x'.repeat(70_000)),
    fc.constant(null).map(() => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown),
    fc.string({ maxLength: 40 }),
    fc.anything({ maxDepth: 2 }),
  );

/** A valid request with one field (at any depth) replaced, removed, or a stray key added. */
function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, at: string[]) => {
    if (at.length > 0) paths.push(at);
    if (value && typeof value === 'object' && at.length < 4) for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...at, key]);
  };
  walk(valid, []);
  return fc.tuple(fc.constantFrom(...(paths.length ? paths : [['x']])), fc.constantFrom('replace', 'remove', 'add'), hostileValue(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra')).map(([at, how, value, key]) => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    let parent: Record<string, unknown> = copy;
    for (const step of at.slice(0, -1)) parent = parent[step] as Record<string, unknown>;
    const last = at[at.length - 1] ?? 'x';
    if (how === 'remove') delete parent[last];
    else if (how === 'add') Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
    else parent[last] = value;
    return copy;
  });
}

// Node's system error text: "ENOENT: no such file or directory, open '/x'".
const ERRNO_TEXT = /\bE[A-Z]{3,}\b|\berrno\b|\bsyscall\b|no such file or directory|permission denied, /;

function expectResult(answer: Result<unknown>) {
  expect(typeof answer).toBe('object');
  if (answer.ok) return;
  expect(answer.error.code).toMatch(/^[a-z-]+$/);
  expect(answer.error.message.length).toBeGreaterThan(10);
  expect(answer.error.message.length).toBeLessThan(1000);
  expect(answer.error.message).not.toMatch(ERRNO_TEXT);
  expect(answer.error.message).not.toContain('hunter2');
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('every IPC channel under hostile requests', () => {
  it('has a valid request in this test, so a new channel is fuzzed too', () => {
    expect(Object.keys(validRequests()).sort()).toEqual([...channels].sort());
  });

  it.each(channels)('%s: every request is carried out or refused with a plain message, and nothing lands outside', async (channel) => {
    const valid = validRequests()[channel];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 6, arbitrary: mutated(valid) }, { weight: 2, arbitrary: hostileValue() }, { weight: 1, arbitrary: fc.constant(valid) }),
        async (request) => {
          const answer = await dispatch(channel, request);
          expectResult(answer);
          if (answer.ok) carriedOut.add(channel);
        },
      ),
      { numRuns: 80 },
    );
    expect(unexpected).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const outside = (await filesUnder(root)).filter((file) => !file.startsWith(`archive${path.sep}`) && !file.startsWith(`chosen${path.sep}`));
    expect(outside).toEqual([path.join('outside', 'secret.txt')]);
    expect(await readFile(path.join(outsideDir, 'secret.txt'), 'utf8')).toBe('password=hunter2\n');
    expect(shown.every((folder) => folder === chosenDir || folder === archiveDir)).toBe(true);
    expect(usedArchiveFolders.every((folder) => folder === chosenDir || folder === archiveDir)).toBe(true);
  }, 120_000);

  it('carried out the valid request of every channel at least once', () => {
    expect([...carriedOut].sort()).toEqual([...channels].sort());
  });

  it('refuses a path where a token belongs, on every channel that reads or writes the disk', async () => {
    const secret = path.join(outsideDir, 'secret.txt');
    const answers = await Promise.all([
      dispatch('importPlan', { files: [{ path: '/etc/passwd' }] }),
      dispatch('importPlan', { files: [{ file: secret }] }),
      dispatch('exportWrite', { folder: outsideDir, options: { preset: 'hugo', layout: 'session' } }),
      dispatch('exportPlan', { folder: '/', options: { preset: 'hugo', layout: 'session' } }),
      dispatch('showFolder', { path: '/Applications/Calculator.app' }),
      dispatch('showFolder', { folder: outsideDir }),
      dispatch('chooseFolder', { title: 'x', defaultPath: '/etc' }),
    ]);
    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expectResult(answer);
    }
    const forged = await dispatch('exportWrite', { folder: 'Z'.repeat(32), options: { preset: 'hugo', layout: 'session' } });
    expect(forged).toMatchObject({ ok: false, error: { code: 'unknown-path', message: expect.stringContaining('Choose the folder again') } });
    expect(await filesUnder(outsideDir)).toEqual([path.join('outside', 'secret.txt')]);
  });
});
