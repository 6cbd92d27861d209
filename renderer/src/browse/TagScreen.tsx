import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { routes } from '../app/routes';
import { sessionsByTag } from '../db/facets';
import { formatDateRange } from '../screens/formatDates';
import { FacetSessionCard } from './FacetSessionCard';
import './browse.css';

/** A tag across the archive: the conferences carrying it and every session on it, newest first. */
export function TagScreen({ tag }: { tag: string }) {
  const shown = tag.trim().replace(/^#+/, '');
  const facet = useLiveQuery(() => sessionsByTag(shown), [shown]);
  return (
    <main className="screen" aria-labelledby="tag-title">
      <header className="screen-header">
        <div>
          <nav className="breadcrumb" aria-label="Breadcrumb">
            <Link href={routes.tags}>Tags</Link>
          </nav>
          <h1 id="tag-title">#{shown}</h1>
          {facet && (
            <p className="screen-subtitle">
              {facet.sessions.length} {facet.sessions.length === 1 ? 'session' : 'sessions'}
            </p>
          )}
        </div>
      </header>
      {facet && facet.conferences.length > 0 && (
        <section aria-labelledby="tag-conferences" className="facet-section">
          <h2 id="tag-conferences">Conferences</h2>
          <ul className="card-list" aria-label={`Conferences tagged ${shown}`}>
            {facet.conferences.map((conference) => (
              <li key={conference.id} className="card">
                <Link href={routes.conference(conference.id)} className="card-link">
                  <span className="card-title">{conference.name}</span>
                </Link>
                <span className="card-meta">
                  {formatDateRange(conference.startDate, conference.endDate)}
                  {conference.location ? ` · ${conference.location}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {facet?.sessions.length === 0 && (
        <div className="empty-state">
          <p>No session in the archive is tagged #{shown}.</p>
        </div>
      )}
      {facet && facet.sessions.length > 0 && (
        <section aria-labelledby="tag-sessions" className="facet-section">
          <h2 id="tag-sessions">Sessions</h2>
          <ol className="card-list" aria-label={`Sessions tagged ${shown}`}>
            {facet.sessions.map((item) => (
              <FacetSessionCard key={item.session.id} item={item} />
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
