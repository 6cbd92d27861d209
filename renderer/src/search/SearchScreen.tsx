import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Conference } from '../../../core/model/conference';
import { defaultSettings } from '../../../core/model/settings';
import type { IndexCoverage, SearchFilters, SearchHit } from '../../../core/search/archiveSearch';
import type { Snippet } from '../../../core/search/highlight';
import { formatClock } from '../../../core/time/stamps';
import { useCommand } from '../app/commands';
import { routes } from '../app/routes';
import { listConferences } from '../db/conferences';
import { listSpeakers } from '../db/facets';
import { listSessionTags } from '../db/searchIndex';
import { loadSettings } from '../db/settings';
import { useArchiveSearch } from './useArchiveSearch';
import './search.css';
import { FilterSelect } from '../components/FilterSelect';

interface FilterChoices {
  conferenceId: string;
  year: string;
  speaker: string;
  tag: string;
  openActions: boolean;
}

const noConferences: Conference[] = [];
const noFilters: FilterChoices = { conferenceId: '', year: '', speaker: '', tag: '', openActions: false };

// The last search, kept while the window is open so coming back from a result finds it again.
let remembered: { query: string; filters: FilterChoices } = { query: '', filters: noFilters };

function toSearchFilters(choices: FilterChoices): SearchFilters {
  const filters: SearchFilters = {};
  if (choices.conferenceId) filters.conferenceId = choices.conferenceId;
  if (choices.year) filters.year = Number(choices.year);
  if (choices.speaker) filters.speaker = choices.speaker;
  if (choices.tag) filters.tag = choices.tag;
  if (choices.openActions) filters.hasOpenActions = true;
  return filters;
}

/** The snippet with its matched words in <mark>. */
export function HighlightedSnippet({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start < at) continue;
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}

function hitHref(hit: SearchHit): string {
  return routes.session(hit.sessionId, hit.blockIndex === null ? undefined : String(hit.blockIndex));
}

function hitKey(hit: SearchHit): string {
  return `${hit.sessionId}#${hit.blockIndex ?? 's'}`;
}

/** While saved pieces of the index load, newest year first: what the results cover so far. */
export function coverageText(coverage: IndexCoverage | null): string | null {
  if (!coverage || coverage.loadedPieces >= coverage.totalPieces) return null;
  const years = coverage.pending.filter((key) => key !== 'undated');
  const older = years.length === 0 ? 'undated sessions' : years.length === 1 ? years[0] : `${years.at(-1)}–${years[0]}`;
  return `so far from ${coverage.sessions.toLocaleString('en')} sessions; still opening ${older}…`;
}

export function statusText(count: number, query: string, answered: string | null, indexState: string, coverage: IndexCoverage | null): string {
  if (indexState === 'failed') return 'The search index could not be opened.';
  // While the client catches up with changes, answers from the pieces already in are shown as they are.
  const answering = answered !== null && query.trim() !== '' && coverage !== null && coverage.loadedPieces > 0;
  if (indexState !== 'ready' && indexState !== 'idle' && !answering) return indexState === 'building' ? 'Building the search index…' : 'Opening the search index…';
  if (query.trim() === '') return 'Type to search titles, speakers, tags and notes.';
  if (answered === null) return 'Searching…';
  const partial = coverageText(coverage);
  if (coverage && coverage.loadedPieces === 0 && partial) return 'Opening the search index…';
  if (count === 0) return partial ? `Nothing matches ${partial}` : 'Nothing matches.';
  const found = `${count} ${count === 1 ? 'result' : 'results'}`;
  return partial ? `${found} ${partial}` : found;
}

/** Search the whole archive as you type; open a result at its line. */
export function SearchScreen() {
  const [, navigate] = useLocation();
  const [query, setQuery] = useState(remembered.query);
  const [choices, setChoices] = useState<FilterChoices>(remembered.filters);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const filters = useMemo(() => toSearchFilters(choices), [choices]);
  const { hits, answered, indexState, startedFrom, coverage } = useArchiveSearch(query, filters);

  const settings = useLiveQuery(loadSettings, []) ?? defaultSettings;
  const conferences = useLiveQuery(listConferences, [], noConferences);
  const speakers = useLiveQuery(listSpeakers, []) ?? [];
  const tags = useLiveQuery(listSessionTags, []) ?? [];
  const conferenceById = useMemo(() => new Map<string, Conference>(conferences.map((conference) => [conference.id, conference])), [conferences]);
  const years = useMemo(() => [...new Set(conferences.map((conference) => conference.startDate.slice(0, 4)))].sort().reverse(), [conferences]);

  useEffect(() => {
    remembered = { query, filters: choices };
  }, [query, choices]);
  useEffect(() => setActive(hits.length > 0 ? 0 : -1), [hits]);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  // Ctrl/Cmd+K while this screen is shown goes back to the search box.
  useCommand('go.search', () => {
    input.current?.focus();
    input.current?.select();
  });
  useEffect(() => {
    if (active >= 0) document.getElementById(`search-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const set = (patch: Partial<FilterChoices>) => setChoices((current) => ({ ...current, ...patch }));
  const open = (hit: SearchHit | undefined) => {
    if (hit) navigate(hitHref(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current) => Math.min(hits.length - 1, current + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(0, current - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[Math.max(0, active)]);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  const expanded = hits.length > 0;
  return (
    <main className="screen search-screen" aria-labelledby="search-title">
      <header className="screen-header">
        <h1 id="search-title">Search</h1>
      </header>
      <div className="search-box">
        <label htmlFor="search-input" className="visually-hidden">
          Search the archive
        </label>
        <input
          id="search-input"
          ref={input}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search titles, speakers, tags and notes"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? 'search-results' : undefined}
          aria-activedescendant={expanded && active >= 0 ? `search-hit-${active}` : undefined}
          aria-describedby="search-status search-keys"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <p id="search-keys" className="search-keys">
          ↑ ↓ to move, Enter to open at the line, Esc to clear.
        </p>
      </div>
      <div className="search-filters" role="group" aria-label="Filters">
        <FilterSelect
          label="Conference"
          value={choices.conferenceId}
          onChange={(conferenceId) => set({ conferenceId })}
          anyLabel="All conferences"
          options={conferences.map((conference) => [conference.id, conference.name] as const)}
        />
        <FilterSelect label="Year" value={choices.year} onChange={(year) => set({ year })} anyLabel="Any year" options={years} />
        <FilterSelect label="Speaker" value={choices.speaker} onChange={(speaker) => set({ speaker })} anyLabel="Anyone" options={speakers.map((speaker) => speaker.name)} />
        <FilterSelect label="Tag" value={choices.tag} onChange={(tag) => set({ tag })} anyLabel="Any tag" options={tags} />
        <label className="search-check">
          <input type="checkbox" checked={choices.openActions} onChange={(event) => set({ openActions: event.currentTarget.checked })} />
          Has open action items
        </label>
      </div>
      <p id="search-status" className="search-status" role="status" data-testid="search-status" data-index-start={startedFrom ?? undefined}
        data-index-complete={coverage ? String(coverage.loadedPieces >= coverage.totalPieces) : undefined}
      >
        {statusText(hits.length, query, answered, indexState, coverage)}
      </p>
      {expanded && (
        <ul id="search-results" className="search-results" role="listbox" aria-label="Results">
          {hits.map((hit, index) => {
            const conference = conferenceById.get(hit.conferenceId);
            const stamp = hit.stamp !== null && conference ? formatClock(hit.stamp, conference.timeZone, settings.clockFormat) : null;
            return (
              <li
                key={hitKey(hit)}
                id={`search-hit-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'search-hit active' : 'search-hit'}
                data-testid="search-hit"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => open(hit)}
                onMouseMove={() => index !== active && setActive(index)}
              >
                <span className="search-hit-head">
                  <span className="search-hit-title">{hit.sessionTitle || 'Untitled session'}</span>
                  {stamp && (
                    <time className="search-hit-stamp" dateTime={new Date(hit.stamp ?? 0).toISOString()} data-testid="search-hit-stamp">
                      {stamp}
                    </time>
                  )}
                </span>
                <span className="search-hit-meta">
                  {[hit.conferenceName || conference?.name, hit.speakers.join(', ')].filter(Boolean).join(' · ')}
                </span>
                <span className="search-hit-snippet" data-testid="search-hit-snippet">
                  <HighlightedSnippet snippet={hit.snippet} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
