import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../../core/templates/builtins';
import { templateFromDocument } from '../../../core/templates/instantiate';
import { localEntries, readLocalRecords, storeRecordsFromDisk } from './archiveRecords';
import { database } from './database';
import {
  addUserTemplate,
  changeUserTemplate,
  deleteUserTemplateById,
  duplicateUserTemplate,
  getUserTemplate,
  listUserTemplates,
  restoreUserTemplate,
} from './templates';

const talk = builtinTemplate('builtin-talk')!;

beforeEach(async () => {
  await database().templates.clear();
});

describe('template repository', () => {
  it('creates, renames, duplicates and deletes user templates', async () => {
    const standup = await addUserTemplate(templateFromDocument(talk.content, 'Standup'), 10);
    const renamed = await changeUserTemplate(standup.id, { name: 'Weekly sync', description: 'Mondays' }, 20);
    expect(renamed).toMatchObject({ revision: 2, name: 'Weekly sync', description: 'Mondays' });

    const copy = await duplicateUserTemplate(renamed, 30);
    expect(copy.name).toBe('Weekly sync (copy)');
    const talkCopy = await duplicateUserTemplate(talk, 40);
    expect(talkCopy).toMatchObject({ name: 'Talk (copy)', basedOn: 'builtin-talk' });
    expect((await listUserTemplates()).map((template) => template.name)).toEqual(['Talk (copy)', 'Weekly sync', 'Weekly sync (copy)']);

    const tombstone = await deleteUserTemplateById(copy.id, 50);
    expect(tombstone).toMatchObject({ deleted: true, revision: 2 });
    expect(await getUserTemplate(copy.id)).toBeUndefined();
    expect((await listUserTemplates()).map((template) => template.name)).toEqual(['Talk (copy)', 'Weekly sync']);
    await expect(changeUserTemplate(copy.id, { name: 'Back' })).rejects.toThrow(/no longer exists/);
    const restored = await restoreUserTemplate(copy.id, 60);
    expect(restored).toMatchObject({ revision: 3, name: 'Weekly sync (copy)' });
    expect(restored.deleted).toBeUndefined();
    expect(await getUserTemplate(copy.id)).toEqual(restored);
  });

  it('takes part in the archive: entries with tombstones, records, and newer copies from disk', async () => {
    const standup = await addUserTemplate(templateFromDocument(talk.content, 'Standup'), 10);
    const gone = await deleteUserTemplateById((await addUserTemplate(templateFromDocument(talk.content, 'Gone'))).id);
    const entries = (await localEntries()).filter((entry) => entry.kind === 'template');
    expect(entries).toEqual(
      expect.arrayContaining([
        { kind: 'template', id: standup.id, revision: 1, deleted: false },
        { kind: 'template', id: gone.id, revision: 2, deleted: true },
      ]),
    );
    const [record] = await readLocalRecords('template', [standup.id]);
    expect(record).toEqual({ kind: 'template', template: standup });

    const older = { kind: 'template' as const, template: { ...standup, name: 'Older', revision: 1 } };
    const newer = { kind: 'template' as const, template: { ...standup, name: 'From disk', revision: 5 } };
    const restored = { kind: 'template' as const, template: { ...standup, id: 'restored-1', name: 'Restored' } };
    expect(await storeRecordsFromDisk([older])).toBe(0);
    expect(await storeRecordsFromDisk([newer, restored])).toBe(2);
    expect((await listUserTemplates()).map((template) => template.name)).toEqual(['From disk', 'Restored']);
  });
});
