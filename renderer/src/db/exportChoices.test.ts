import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from './database';
import { defaultExportChoices, loadExportChoices, saveExportChoices } from './exportChoices';
import { loadSettings } from './settings';

beforeEach(async () => {
  await database().settings.clear();
});

describe('remembered export choices', () => {
  it('start from the defaults and are kept per conference', async () => {
    expect(await loadExportChoices('c1')).toEqual(defaultExportChoices);
    const jekyll = { ...defaultExportChoices, preset: 'jekyll' as const, layout: 'day' as const, tags: ['notes'], folder: '/home/ada/blog' };
    await saveExportChoices('c1', jekyll);
    expect(await loadExportChoices('c1')).toEqual(jekyll);
    expect(await loadExportChoices('c2')).toEqual(defaultExportChoices);
  });

  it('keep the readable fields of a damaged row and leave the settings alone', async () => {
    await database().settings.put({ key: 'export:c1', value: { preset: 'wordpress', layout: 'day', draft: 'yes', tags: ['a'] } });
    expect(await loadExportChoices('c1')).toEqual({ ...defaultExportChoices, layout: 'day', tags: ['a'] });
    await database().settings.put({ key: 'export:c2', value: 'not an object' });
    expect(await loadExportChoices('c2')).toEqual(defaultExportChoices);
    expect((await loadSettings()).theme).toBeDefined();
  });
});
