import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { Link } from 'wouter';
import { routes } from '../app/routes';
import { listSpeakers, listTags, type FacetCount } from '../db/facets';
import './browse.css';

interface FacetKind {
  title: string;
  load: () => Promise<FacetCount[]>;
  href: (name: string) => string;
  show: (name: string) => string;
  empty: string;
}

const kinds: Record<'speakers' | 'tags', FacetKind> = {
  speakers: { title: 'Speakers', load: listSpeakers, href: routes.speaker, show: (name) => name, empty: 'No session has a speaker yet. Add speakers with Edit details on a session.' },
  tags: { title: 'Tags', load: listTags, href: routes.tag, show: (name) => `#${name}`, empty: 'No session or conference has a tag yet. Add tags with Edit details on a session.' },
};

/** Every speaker or every tag in the archive, with how many sessions each has, filtered as you type. */
export function FacetIndexScreen({ kind }: { kind: 'speakers' | 'tags' }) {
  // One screen per kind: going from speakers to tags starts with an empty filter.
  return <FacetIndex key={kind} kind={kind} />;
}

function FacetIndex({ kind }: { kind: 'speakers' | 'tags' }) {
  const facet = kinds[kind];
  const counts = useLiveQuery(facet.load, [facet]);
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLocaleLowerCase());
  const shown = counts?.filter((entry) => entry.name.toLocaleLowerCase().includes(deferred.replace(/^#+/, '')));
  const titleId = `${kind}-title`;
  return (
    <main className="screen" aria-labelledby={titleId}>
      <header className="screen-header">
        <h1 id={titleId}>{facet.title}</h1>
      </header>
      {counts?.length === 0 && (
        <div className="empty-state">
          <p>{facet.empty}</p>
        </div>
      )}
      {counts && counts.length > 0 && (
        <>
          <div className="field facet-filter">
            <label htmlFor={`${kind}-filter`}>Filter {facet.title.toLocaleLowerCase()}</label>
            <input id={`${kind}-filter`} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} autoComplete="off" />
          </div>
          <ul className="facet-index" aria-label={facet.title}>
            {shown?.map((entry) => (
              <li key={entry.name}>
                <Link href={facet.href(entry.name)} className="facet-index-link">
                  <span>{facet.show(entry.name)}</span>
                  <span className="facet-count">
                    {entry.count} {entry.count === 1 ? 'session' : 'sessions'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {shown?.length === 0 && <p className="timeline-hint">Nothing matches “{filter}”.</p>}
        </>
      )}
    </main>
  );
}
