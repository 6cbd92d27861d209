import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { routes } from '../app/routes';
import { useFirstScreenShown } from '../app/startup';
import { TagLinks } from '../browse/FacetLinks';
import { listConferenceSummaries } from '../db/summaries';
import { NowNext } from '../schedule/NowNext';
import { formatDateRange, prepareDateFormat } from './formatDates';

/** The archive's front page: every conference, newest first. */
export function HomeScreen({ onNewConference }: { onNewConference: () => void }) {
  const conferences = useLiveQuery(listConferenceSummaries, []);
  useFirstScreenShown(conferences !== undefined);
  // The first screen of the window: the date formatter is made while the rows are read.
  useEffect(() => prepareDateFormat(), []);

  return (
    <main className="screen" aria-labelledby="home-title">
      <header className="screen-header">
        <h1 id="home-title">Conferences</h1>
        <button type="button" className="button-primary" onClick={onNewConference}>
          New conference
        </button>
      </header>
      <NowNext />
      {conferences && conferences.length === 0 && (
        <div className="empty-state">
          <p>No conferences yet.</p>
          <p>Create one for the event you are at, then add a session for the talk you are in.</p>
        </div>
      )}
      <ul className="card-list" aria-label="Conferences">
        {conferences?.map(({ conference, sessionCount, openActionCount }) => (
          <li key={conference.id} className="card">
            <Link href={routes.conference(conference.id)} className="card-link">
              <span className="card-title">{conference.name}</span>
            </Link>
            <span className="card-meta">
              {formatDateRange(conference.startDate, conference.endDate)}
              {conference.location ? ` · ${conference.location}` : ''}
              {` · ${sessionCount} ${sessionCount === 1 ? 'session' : 'sessions'}`}
              {` · ${openActionCount} open ${openActionCount === 1 ? 'action item' : 'action items'}`}
            </span>
            <TagLinks tags={conference.tags} />
          </li>
        ))}
      </ul>
    </main>
  );
}
