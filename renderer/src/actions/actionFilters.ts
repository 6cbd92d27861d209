import type { ActionItemRecord } from '../db/actionItems';

/** The Actions view's filters, grouping and markdown copy, kept apart from the screen so they are plain functions. */
export interface ActionFilters {
  status: 'open' | 'done' | 'all';
  suggestions: boolean;
  owner: string;
  conferenceId: string;
  tag: string;
  query: string;
}

export const defaultFilters: ActionFilters = { status: 'open', suggestions: true, owner: '', conferenceId: '', tag: '', query: '' };

export function filterActionItems(rows: readonly ActionItemRecord[], dismissed: ReadonlySet<string>, filters: ActionFilters): ActionItemRecord[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (row.source === 'suggested' && (!filters.suggestions || dismissed.has(row.id) || filters.status === 'done')) return false;
    if (row.source === 'explicit' && filters.status === 'open' && row.done) return false;
    if (row.source === 'explicit' && filters.status === 'done' && !row.done) return false;
    if (filters.owner && row.owner !== filters.owner) return false;
    if (filters.conferenceId && row.conferenceId !== filters.conferenceId) return false;
    if (filters.tag && !row.tags.some((tag) => tag.toLowerCase() === filters.tag.toLowerCase())) return false;
    const text = row.text.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

export interface ActionGroup {
  key: string;
  title: string;
  subgroups: Array<{ key: string; title: string; rows: ActionItemRecord[] }>;
}

export interface GroupNames {
  sessionTitles: ReadonlyMap<string, string>;
  conferences: ReadonlyMap<string, { name: string; startDate: string }>;
}

/** By conference (newest first), then session, then line; or by due date (soonest first, undated last). */
export function groupActionItems(rows: readonly ActionItemRecord[], by: 'session' | 'due', names: GroupNames): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  const sorted = [...rows].sort((a, b) => {
    if (by === 'due') return (a.due ?? '9999').localeCompare(b.due ?? '9999') || (a.stamp ?? 0) - (b.stamp ?? 0);
    const conferenceA = names.conferences.get(a.conferenceId)?.startDate ?? '';
    const conferenceB = names.conferences.get(b.conferenceId)?.startDate ?? '';
    return conferenceB.localeCompare(conferenceA) || a.sessionId.localeCompare(b.sessionId) || a.lineIndex - b.lineIndex;
  });
  for (const row of sorted) {
    const conference = names.conferences.get(row.conferenceId)?.name ?? 'Unknown conference';
    const session = names.sessionTitles.get(row.sessionId) ?? 'Untitled session';
    const key = by === 'due' ? (row.due ?? 'none') : row.conferenceId;
    const title = by === 'due' ? (row.due ? `Due ${row.due}` : 'No due date') : conference;
    const group = groups.get(key) ?? { key, title, subgroups: [] };
    groups.set(key, group);
    const subKey = by === 'due' ? 'all' : row.sessionId;
    let subgroup = group.subgroups.find((candidate) => candidate.key === subKey);
    if (!subgroup) {
      subgroup = { key: subKey, title: by === 'due' ? '' : session, rows: [] };
      group.subgroups.push(subgroup);
    }
    subgroup.rows.push(row);
  }
  return [...groups.values()];
}

/** The rows as a markdown task list, one line each. */
export function actionItemsAsMarkdown(rows: readonly ActionItemRecord[]): string {
  return rows.map((row) => `- [${row.done ? 'x' : ' '}] ${row.text.replace(/\s+/g, ' ').trim()}`).join('\n') + (rows.length ? '\n' : '');
}
