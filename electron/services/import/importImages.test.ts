import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../core/ipc/dispatch';
import type { FileImportPlan } from '../../../core/ipc/channels/import';
import { createServiceHandlers } from '../handlers';
import { PathGrants } from '../pathGrants';

/** Main's record of the files the user picked or dropped; requests name them by token. */
const grants = new PathGrants();

const slide = path.join(import.meta.dirname, '../../../tests/fixtures/images/slide.png');
let dir: string;
let notes: string;
let archiveDir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-import-images-'));
  notes = path.join(dir, 'notes');
  archiveDir = path.join(dir, 'archive');
  await mkdir(path.join(notes, 'slides'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function planOne(request: unknown): Promise<FileImportPlan> {
  const dispatch = createDispatcher(createServiceHandlers({ archiveDir, grants }) as Parameters<typeof createDispatcher>[0]);
  const result = await dispatch('importPlan', request);
  if (!result.ok) throw new Error(result.error.message);
  const file = (result.value as { files: FileImportPlan[] }).files[0];
  if (!file) throw new Error('no plan');
  return file;
}

type Node = { type: string; asset?: string; altText?: string; children?: Node[]; text?: string };
function nodesOf(plan: FileImportPlan, type: string): Node[] {
  if (!plan.ok) throw new Error(plan.error);
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.type === type) found.push(node);
    node.children?.forEach(walk);
  };
  for (const session of plan.plan.sessions) walk(session.document.root as unknown as Node);
  return found;
}

describe('importing markdown with images', () => {
  it('brings in an image beside the notes and leaves every other image line as written, saying why', async () => {
    const png = await readFile(slide);
    const asset = `${createHash('sha256').update(png).digest('hex')}.png`;
    await copyFile(slide, path.join(notes, 'slides', 'flame graph.png'));
    await writeFile(path.join(notes, 'slides', 'fake.png'), 'not a picture');
    await writeFile(path.join(dir, 'outside.png'), png);
    await symlink(path.join(dir, 'outside.png'), path.join(notes, 'slides', 'link.png'));
    await writeFile(
      path.join(notes, 'talk.md'),
      [
        '# Profiling in production',
        '',
        '![The flame graph](slides/flame%20graph.png)',
        '',
        '![remote](https://example.com/chart.png)',
        '',
        '![up](../outside.png)',
        '',
        '![linked](slides/link.png)',
        '',
        '![fake](slides/fake.png)',
        '',
        '![gone](slides/missing.png)',
        '',
        `![absolute](${path.join(dir, 'outside.png')})`,
      ].join('\n'),
    );

    const plan = await planOne({ files: [{ file: grants.grantFile(path.join(notes, 'talk.md')) }], conferenceName: 'GopherCon' });
    expect(nodesOf(plan, 'image')).toMatchObject([{ asset, altText: 'The flame graph' }]);
    expect(await readdir(path.join(archiveDir, 'assets'))).toEqual([asset]);

    // The others stay as written: "!" and a link to what they named.
    expect(nodesOf(plan, 'link').map((node) => (node as { url?: string }).url)).toEqual([
      'https://example.com/chart.png',
      '../outside.png',
      'slides/link.png',
      'slides/fake.png',
      'slides/missing.png',
      path.join(dir, 'outside.png'),
    ]);
    const warnings = plan.ok ? plan.plan.warnings.join('\n') : '';
    expect(warnings).toMatch(/“https:\/\/example\.com\/chart\.png” was not brought in \(the line stays as written, a link\): .*never downloads/);
    expect(warnings).toMatch(/“\.\.\/outside\.png” was not brought in \(the line stays as written, a link\): it lies outside the folder of the notes/);
    expect(warnings).toMatch(/“slides\/link\.png” was not brought in \(the line stays as written, a link\): it lies outside the folder of the notes/);
    expect(warnings).toMatch(/“slides\/fake\.png” was not brought in \(the line stays as written, a link\): This file is not a PNG, JPEG, GIF or WebP image/);
    expect(warnings).toMatch(/“slides\/missing\.png” was not brought in \(the line stays as written, a link\): there is no such file/);
    expect(warnings).toMatch(/was not brought in \(the line stays as written, a link\): only images in the folder of the notes/);
  });

  it('does not bring in images of pasted notes: they have no folder', async () => {
    const plan = await planOne({ files: [{ name: 'pasted.md', text: '# Talk\n\n![slide](slides/one.png)' }] });
    expect(nodesOf(plan, 'image')).toEqual([]);
    expect(plan.ok && plan.plan.warnings.join('\n')).toMatch(/“slides\/one\.png” was not brought in .*pasted notes have no folder to read images from/);
  });
});
