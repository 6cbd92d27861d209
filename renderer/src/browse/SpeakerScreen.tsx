import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { routes } from '../app/routes';
import { sessionsBySpeaker } from '../db/facets';
import { FacetSessionCard } from './FacetSessionCard';
import './browse.css';

function summary(sessionCount: number, conferenceCount: number): string {
  const sessions = `${sessionCount} ${sessionCount === 1 ? 'session' : 'sessions'}`;
  return `${sessions} at ${conferenceCount} ${conferenceCount === 1 ? 'conference' : 'conferences'}`;
}

/** A speaker across the archive: every session of theirs, newest first. */
export function SpeakerScreen({ name }: { name: string }) {
  const sessions = useLiveQuery(() => sessionsBySpeaker(name), [name]);
  return (
    <main className="screen" aria-labelledby="speaker-title">
      <header className="screen-header">
        <div>
          <nav className="breadcrumb" aria-label="Breadcrumb">
            <Link href={routes.speakers}>Speakers</Link>
          </nav>
          <h1 id="speaker-title">{name}</h1>
          {sessions && <p className="screen-subtitle">{summary(sessions.length, new Set(sessions.map((item) => item.conference.id)).size)}</p>}
        </div>
      </header>
      {sessions?.length === 0 && (
        <div className="empty-state">
          <p>No session in the archive lists {name} as a speaker.</p>
        </div>
      )}
      {sessions && sessions.length > 0 && (
        <ol className="card-list" aria-label={`Sessions by ${name}`}>
          {sessions.map((item) => (
            <FacetSessionCard key={item.session.id} item={item} />
          ))}
        </ol>
      )}
    </main>
  );
}
