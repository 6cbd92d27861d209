import { describe, expect, it } from 'vitest';
import type { ActionItemRecord } from '../db/actionItems';
import { actionItemsAsMarkdown, defaultFilters, filterActionItems, groupActionItems } from './actionFilters';

function row(patch: Partial<ActionItemRecord>): ActionItemRecord {
  return {
    id: 'a', sessionId: 's1', conferenceId: 'c1', text: 'Try out celery', done: false, owner: 'me', due: null,
    stamp: null, tags: [], source: 'explicit', lineIndex: 0, reason: null, ...patch,
  };
}

const rows = [
  row({ id: 'a', text: 'Try out celery', tags: ['python'] }),
  row({ id: 'b', text: 'Thank Kenneth', done: true, lineIndex: 3 }),
  row({ id: 'c', text: 'Email Dana', owner: 'dana', due: '2026-12-01', sessionId: 's2', conferenceId: 'c2' }),
  row({ id: 's-1', text: "I'll try scrapyd later", source: 'suggested', reason: 'first-person intention', lineIndex: 1 }),
  row({ id: 's-2', text: 'need to watch the video', source: 'suggested', lineIndex: 2 }),
];
const names = {
  sessionTitles: new Map([['s1', 'Instagram'], ['s2', 'Scrapy']]),
  conferences: new Map([['c1', { name: 'PyCon 2013', startDate: '2013-03-13' }], ['c2', { name: 'EuroPython', startDate: '2026-07-13' }]]),
};
const ids = (list: ActionItemRecord[]) => list.map((item) => item.id);

describe('Actions view filters', () => {
  it('shows open items and suggestions not dismissed by default', () => {
    expect(ids(filterActionItems(rows, new Set(['s-2']), defaultFilters))).toEqual(['a', 'c', 's-1']);
  });
  it('filters by done, owner, conference, tag and words', () => {
    expect(ids(filterActionItems(rows, new Set(), { ...defaultFilters, status: 'done' }))).toEqual(['b']);
    expect(ids(filterActionItems(rows, new Set(), { ...defaultFilters, owner: 'dana' }))).toEqual(['c']);
    expect(ids(filterActionItems(rows, new Set(), { ...defaultFilters, conferenceId: 'c2' }))).toEqual(['c']);
    expect(ids(filterActionItems(rows, new Set(), { ...defaultFilters, tag: 'Python' }))).toEqual(['a']);
    expect(ids(filterActionItems(rows, new Set(), { ...defaultFilters, status: 'all', suggestions: false, query: 'celery try' }))).toEqual(['a']);
  });
  it('groups by conference and session, or by due date', () => {
    const bySession = groupActionItems(rows, 'session', names);
    expect(bySession.map((group) => [group.title, group.subgroups.map((sub) => [sub.title, ids(sub.rows)])])).toEqual([
      ['EuroPython', [['Scrapy', ['c']]]],
      ['PyCon 2013', [['Instagram', ['a', 's-1', 's-2', 'b']]]],
    ]);
    expect(groupActionItems(rows, 'due', names).map((group) => group.title)).toEqual(['Due 2026-12-01', 'No due date']);
  });
  it('copies as a markdown task list', () => {
    expect(actionItemsAsMarkdown(rows.slice(0, 2))).toBe('- [ ] Try out celery\n- [x] Thank Kenneth\n');
  });
});
