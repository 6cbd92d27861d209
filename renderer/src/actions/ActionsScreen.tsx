import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { notify, notifyError } from '../app/notices';
import { routes } from '../app/routes';
import { acceptSuggestion, dismissSuggestion, loadActionItemsView, setActionItemDone, type ActionItemRecord } from '../db/actionItems';
import { persistSession } from '../sync/persist';
import { actionItemsAsMarkdown, defaultFilters, filterActionItems, groupActionItems, type ActionFilters } from './actionFilters';
import './actions.css';
import { FilterSelect } from '../components/FilterSelect';

function openHref(row: ActionItemRecord): string {
  return row.source === 'explicit'
    ? `${routes.session(row.sessionId)}?action=${encodeURIComponent(row.id)}`
    : routes.session(row.sessionId, String(row.lineIndex));
}

async function tick(row: ActionItemRecord, done: boolean): Promise<void> {
  if (!(await setActionItemDone(row.sessionId, row.id, done))) {
    notify('That line is no longer in its session; the list was out of date.', 'error');
    return;
  }
  void persistSession(row.sessionId);
}

async function accept(row: ActionItemRecord): Promise<void> {
  if (!(await acceptSuggestion(row.sessionId, row.id))) {
    notify('That line has changed since it was suggested.', 'error');
    return;
  }
  void persistSession(row.sessionId);
}

function ActionRow({ row }: { row: ActionItemRecord }) {
  const explicit = row.source === 'explicit';
  return (
    <li className={`action-row ${row.source}${row.done ? ' done' : ''}`} data-testid="action-row">
      {explicit ? (
        <input
          type="checkbox"
          checked={row.done}
          aria-label={`Done: ${row.text}`}
          onChange={(event) => void tick(row, event.currentTarget.checked).catch(notifyError)}
        />
      ) : (
        <span className="action-chip action-suggested-chip">Suggested</span>
      )}
      <span className="action-body">
        <span className="action-text">{row.text}</span>
        {/* Why the line was suggested, from the rule that found it. */}
        {!explicit && row.reason && <span className="action-reason">Why: {row.reason}</span>}
      </span>
      {row.owner !== 'me' && <span className="action-chip">@{row.owner}</span>}
      {row.due && <span className="action-chip">due {row.due}</span>}
      {!explicit && (
        <>
          <button type="button" className="link-button" onClick={() => void accept(row).catch(notifyError)} aria-label={`Accept: ${row.text}`}>
            Accept
          </button>
          <button type="button" className="link-button" onClick={() => void dismissSuggestion(row).catch(notifyError)} aria-label={`Dismiss: ${row.text}`}>
            Dismiss
          </button>
        </>
      )}
      <Link href={openHref(row)} className="link-button" aria-label={`Open the line: ${row.text}`}>
        Open
      </Link>
    </li>
  );
}

/** Every action item of every session: filtered, grouped, ticked here and in the notes at once. */
export function ActionsScreen() {
  const view = useLiveQuery(loadActionItemsView, []);
  const [filters, setFilters] = useState<ActionFilters>(defaultFilters);
  const [groupBy, setGroupBy] = useState<'session' | 'due'>('session');
  const set = (patch: Partial<ActionFilters>) => setFilters((current) => ({ ...current, ...patch }));

  const shown = useMemo(() => (view ? filterActionItems(view.rows, view.dismissed, filters) : []), [view, filters]);
  const groups = useMemo(() => (view ? groupActionItems(shown, groupBy, view) : []), [view, shown, groupBy]);
  const owners = useMemo(() => [...new Set(view?.rows.map((row) => row.owner) ?? [])].sort(), [view]);
  const tags = useMemo(() => [...new Set(view?.rows.flatMap((row) => row.tags) ?? [])].sort(), [view]);

  const copy = () => {
    navigator.clipboard.writeText(actionItemsAsMarkdown(shown)).then(
      () => notify(`Copied ${shown.length} ${shown.length === 1 ? 'item' : 'items'} as a markdown task list.`),
      notifyError,
    );
  };

  return (
    <main className="screen actions-screen" aria-labelledby="actions-title">
      <header className="screen-header">
        <h1 id="actions-title">Action items</h1>
        <button type="button" onClick={copy} disabled={shown.length === 0}>
          Copy as markdown
        </button>
      </header>
      <div className="actions-filters" role="group" aria-label="Filters">
        <label>
          Show
          <select value={filters.status} onChange={(event) => set({ status: event.currentTarget.value as ActionFilters['status'] })}>
            <option value="open">Open</option>
            <option value="done">Done</option>
            <option value="all">All</option>
          </select>
        </label>
        <label>
          Group by
          <select value={groupBy} onChange={(event) => setGroupBy(event.currentTarget.value as 'session' | 'due')}>
            <option value="session">Conference and session</option>
            <option value="due">Due date</option>
          </select>
        </label>
        <FilterSelect label="Owner" value={filters.owner} onChange={(owner) => set({ owner })} anyLabel="Anyone" options={owners} />
        <FilterSelect
          label="Conference"
          value={filters.conferenceId}
          onChange={(conferenceId) => set({ conferenceId })}
          anyLabel="All conferences"
          options={[...(view?.conferences ?? [])].map(([id, conference]) => [id, conference.name] as const)}
        />
        <FilterSelect label="Tag" value={filters.tag} onChange={(tag) => set({ tag })} anyLabel="Any tag" options={tags} />
        <label>
          Search
          <input type="search" value={filters.query} onChange={(event) => set({ query: event.currentTarget.value })} placeholder="Words in the item" />
        </label>
        <label className="checkbox-label">
          <input type="checkbox" checked={filters.suggestions} onChange={(event) => set({ suggestions: event.currentTarget.checked })} />
          Suggestions
        </label>
      </div>
      {view && shown.length === 0 && (
        <p className="empty-state">
          {view.rows.length === 0
            ? 'No action items yet. In a session, press Ctrl+Enter (⌘↵ on a Mac) on a line, or start it with [ ], TODO or Action:.'
            : 'Nothing matches these filters.'}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.key} className="actions-group" aria-label={group.title}>
          <h2>{group.title}</h2>
          {group.subgroups.map((subgroup) => (
            <div key={subgroup.key}>
              {subgroup.title && <h3>{subgroup.title}</h3>}
              <ul className="action-list">
                {subgroup.rows.map((row) => (
                  <ActionRow key={`${row.sessionId}/${row.id}`} row={row} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </main>
  );
}
