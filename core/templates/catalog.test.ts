import { describe, expect, it } from 'vitest';
import type { Template } from '../model/template';
import { builtinTemplates } from './builtins';
import { findTemplate, matchScore, templateCatalog } from './catalog';
import { createUserTemplate, deleteUserTemplate } from './userTemplates';

const content = builtinTemplates()[0]!.content;
const mine = (name: string, description = '', kind?: Template['kind']): Template =>
  createUserTemplate({ name, description, ...(kind ? { kind } : {}), content }, 1_700_000_000_000);

const names = (entries: ReturnType<typeof templateCatalog>) => entries.map((entry) => entry.template.name);

describe('templateCatalog', () => {
  const builtinNames = builtinTemplates().map((template) => template.name);

  it('lists the user templates by name, then the built-ins in order', () => {
    const entries = templateCatalog({ userTemplates: [mine('Standup'), mine('api review')] });
    expect(names(entries)).toEqual(['api review', 'Standup', ...builtinNames]);
    expect(entries.filter((entry) => entry.builtin)).toHaveLength(8);
  });

  it('leaves out hidden built-ins and deleted user templates', () => {
    const gone = deleteUserTemplate(mine('Old'));
    const entries = templateCatalog({ userTemplates: [gone, mine('Kept')], hiddenTemplateIds: ['builtin-panel', 'builtin-cfp'] });
    expect(names(entries)).toEqual(['Kept', ...builtinNames.filter((name) => name !== 'Panel' && name !== 'Talk proposal (CFP)')]);
    const all = templateCatalog({ userTemplates: [], hiddenTemplateIds: ['builtin-panel'], includeHidden: true });
    expect(all.find((entry) => entry.template.id === 'builtin-panel')?.hidden).toBe(true);
  });

  it('puts the conference default first, even a hidden built-in', () => {
    const standup = mine('Standup');
    const entries = templateCatalog({ userTemplates: [standup], defaultTemplateId: 'builtin-workshop' });
    expect(entries[0]?.template.id).toBe('builtin-workshop');
    expect(entries[0]?.isDefault).toBe(true);
    expect(entries.filter((entry) => entry.isDefault)).toHaveLength(1);
    const hidden = templateCatalog({ userTemplates: [], defaultTemplateId: 'builtin-panel', hiddenTemplateIds: ['builtin-panel'] });
    expect(hidden[0]?.template.id).toBe('builtin-panel');
    expect(templateCatalog({ userTemplates: [standup], defaultTemplateId: standup.id })[0]?.template).toBe(standup);
  });

  it('suggests the templates made for the kind of session', () => {
    const entries = templateCatalog({ userTemplates: [mine('Zebra panel', '', 'panel')], kind: 'panel' });
    expect(names(entries).slice(0, 3)).toEqual(['Zebra panel', 'Panel', 'Talk']);
  });

  it('filters by what is typed, in name or description, best match first', () => {
    expect(names(templateCatalog({ userTemplates: [], query: 'talk' }))).toEqual([
      'Talk',
      'Talk proposal (CFP)',
      'Lightning talks',
      'Hallway track / meeting',
    ]);
    expect(names(templateCatalog({ userTemplates: [], query: 'cfp' }))).toEqual(['Talk proposal (CFP)']);
    expect(names(templateCatalog({ userTemplates: [], query: '  LIVE   blog ' }))).toEqual(['Conference day live blog']);
    expect(names(templateCatalog({ userTemplates: [], query: 'exercises' }))).toEqual(['Workshop / tutorial']);
    expect(templateCatalog({ userTemplates: [], query: 'nothing like this' })).toEqual([]);
  });

  it('keeps the default first among matches and drops it when it does not match', () => {
    const entries = templateCatalog({ userTemplates: [], query: 'talk', defaultTemplateId: 'builtin-hallway' });
    expect(names(entries)).toEqual(['Hallway track / meeting', 'Talk', 'Talk proposal (CFP)', 'Lightning talks']);
    expect(names(templateCatalog({ userTemplates: [], query: 'cfp', defaultTemplateId: 'builtin-panel' }))).toEqual(['Talk proposal (CFP)']);
  });

  it('ignores case and accents', () => {
    const cafe = mine('Café chats');
    expect(names(templateCatalog({ userTemplates: [cafe], query: 'CAFE' }))).toEqual(['Café chats']);
    expect(matchScore({ name: 'Reading group', description: '' }, 'group read')).toBeGreaterThan(0);
    expect(matchScore({ name: 'Reading group', description: '' }, 'group write')).toBeNull();
  });
});

describe('findTemplate', () => {
  it('finds built-ins and live user templates by id', () => {
    const standup = mine('Standup');
    expect(findTemplate('builtin-talk', [])?.name).toBe('Talk');
    expect(findTemplate(standup.id, [standup])).toBe(standup);
    expect(findTemplate(standup.id, [deleteUserTemplate(standup)])).toBeUndefined();
    expect(findTemplate(undefined, [standup])).toBeUndefined();
  });
});
