import { useEffect, useRef, useState } from 'react';
import type { IndexCoverage, SearchFilters, SearchHit } from '../../../core/search/archiveSearch';
import type { IndexState } from './searchClient';
import { searchClient } from './searchService';

export interface ArchiveSearchState {
  hits: SearchHit[];
  /** The query the hits answer (typing may already be ahead of it). */
  answered: string | null;
  indexState: IndexState;
  tookMs: number | null;
  /** How much of the index the hits come from (while saved pieces load, the newest years). */
  coverage: IndexCoverage | null;
  /** How the index started: loaded from the saved copy, or built (none was saved). */
  startedFrom: 'loaded' | 'built' | null;
}

/**
 * Results as the user types: every change asks the worker at once, and an
 * answer is shown only if it is for the newest question, so a slow answer
 * never replaces a newer one and typing never waits.
 */
export function useArchiveSearch(query: string, filters: SearchFilters): ArchiveSearchState {
  const client = searchClient();
  const [indexState, setIndexState] = useState<IndexState>(client.indexState);
  const [result, setResult] = useState<Omit<ArchiveSearchState, 'indexState' | 'startedFrom'>>({ hits: [], answered: null, tookMs: null, coverage: null });
  const newest = useRef(0);
  const [indexChanges, setIndexChanges] = useState(0);

  useEffect(() => {
    setIndexState(client.indexState);
    const stopState = client.onStateChange(setIndexState);
    const stopChanges = client.onIndexChange(() => setIndexChanges((count) => count + 1));
    return () => {
      stopState();
      stopChanges();
    };
  }, [client]);

  const filterKey = JSON.stringify(filters);
  useEffect(() => {
    if (query.trim() === '') {
      newest.current = 0;
      setResult({ hits: [], answered: null, tookMs: null, coverage: null });
      return;
    }
    const { requestId, answer } = client.search(query, JSON.parse(filterKey) as SearchFilters);
    newest.current = requestId;
    answer.then(
      (found) => {
        if (found.requestId !== newest.current) return;
        setResult({ hits: found.hits, answered: found.query, tookMs: found.tookMs, coverage: found.coverage });
      },
      (error: unknown) => console.error('Search failed:', error),
    );
    // Asked again when the index becomes ready, so a query typed while it loads is answered,
    // when a save reaches the index, so the results on screen are never older than the notes,
    // and as each saved piece of the index loads, so the results grow to the whole archive.
  }, [client, query, filterKey, indexState, indexChanges]);

  return { ...result, indexState, startedFrom: client.lastStart?.mode ?? null };
}
