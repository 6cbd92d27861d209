import fc from 'fast-check';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../../core/export/posts';
import { writeExport } from './writer';

// Whatever path a post claims, nothing is ever written outside the export folder.
let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'plenary-export-prop-'));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const segment = fc.oneof(
  fc.constantFrom('..', '.', '', 'a', 'posts', 'x.md', '~', 'C:', 'c:\\', '\\..', '..\\..', '%2e%2e', '/', '//', 'con', '\u0000', '.plenary-export.json'),
  fc.string({ maxLength: 6 }),
);
const hostilePath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(fc.sample(fc.constantFrom('/', '\\'), 1)[0] ?? '/'));

describe('writer paths', () => {
  it('never writes outside the folder, whatever the post paths (200 exports)', { timeout: 300_000 }, async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(hostilePath, { minLength: 1, maxLength: 8 }), async (paths) => {
        const box = path.join(parent, `box-${round++}`);
        // Deeper than any path can climb (six segments of "..").
        const levels = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7'];
        const folder = path.join(box, ...levels, 'export');
        await mkdir(folder, { recursive: true });
        const posts: Post[] = paths.map((p) => ({ path: p, slug: 'x', title: p, date: 0, conferenceId: 'c', sessionIds: [], content: 'x\n', attachments: [] }));
        try {
          const { files } = await writeExport(folder, posts);
          expect(files).toHaveLength(posts.length);
          // Only the export folder may have changed: its parents hold exactly the one folder each.
          let at = box;
          for (const name of [...levels, 'export']) {
            expect(await readdir(at)).toEqual([name]);
            at = path.join(at, name);
          }
        } finally {
          await rm(box, { recursive: true, force: true });
        }
        expect(await readdir(parent)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
