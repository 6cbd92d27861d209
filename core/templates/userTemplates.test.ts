import { describe, expect, it } from 'vitest';
import { templateSchema } from '../model/template';
import { builtinTemplate } from './builtins';
import { copyName, createUserTemplate, deleteUserTemplate, duplicateTemplate, setTemplateHidden, updateUserTemplate } from './userTemplates';

const talk = builtinTemplate('builtin-talk')!;

describe('user templates', () => {
  it('are created as valid records at revision 1 with their own copy of the content', () => {
    const created = createUserTemplate({ name: ' Standup ', description: 'Daily', content: talk.content }, 42);
    expect(templateSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({ name: 'Standup', revision: 1, updatedAt: 42 });
    expect(created.content).toEqual(talk.content);
    expect(created.content).not.toBe(talk.content);
  });

  it('based on a built-in remember it, and copies of copies keep it', () => {
    const copy = duplicateTemplate(talk, ['Talk'], 1);
    expect(copy).toMatchObject({ name: 'Talk (copy)', basedOn: 'builtin-talk', kind: 'talk' });
    const again = duplicateTemplate(copy, ['Talk', 'Talk (copy)'], 2);
    expect(again).toMatchObject({ name: 'Talk (copy 2)', basedOn: 'builtin-talk' });
    expect(again.id).not.toBe(copy.id);
  });

  it('get names no other template has', () => {
    expect(copyName('Talk', [])).toBe('Talk (copy)');
    expect(copyName('Talk (copy)', ['talk (COPY)', 'Talk (copy 2)'])).toBe('Talk (copy 3)');
  });

  it('are renamed and edited as new revisions, and deleted as tombstones', () => {
    const created = createUserTemplate({ name: 'Standup', description: '', content: talk.content }, 1);
    const renamed = updateUserTemplate(created, { name: 'Weekly sync' }, 5);
    expect(renamed).toMatchObject({ id: created.id, name: 'Weekly sync', revision: 2, updatedAt: 5 });
    expect(() => updateUserTemplate(created, { name: '  ' })).toThrow(/name/);
    const deleted = deleteUserTemplate(renamed, 9);
    expect(deleted).toMatchObject({ id: created.id, deleted: true, revision: 3 });
  });

  it('never change or delete a built-in', () => {
    expect(() => updateUserTemplate(talk, { name: 'Mine' })).toThrow(/duplicate/);
    expect(() => deleteUserTemplate(talk)).toThrow(/hide/);
  });

  it('hide and show built-ins only', () => {
    expect(setTemplateHidden([], 'builtin-panel', true)).toEqual(['builtin-panel']);
    expect(setTemplateHidden(['builtin-panel'], 'builtin-panel', true)).toEqual(['builtin-panel']);
    expect(setTemplateHidden(['builtin-panel', 'builtin-cfp'], 'builtin-panel', false)).toEqual(['builtin-cfp']);
    expect(setTemplateHidden([], 'some-user-template', true)).toEqual([]);
  });
});
