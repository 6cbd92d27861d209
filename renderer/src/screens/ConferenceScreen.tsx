import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { formatClock } from '../../../core/time/stamps';
import { routes } from '../app/routes';
import { getConference } from '../db/conferences';
import { listSessions } from '../db/sessions';
import { formatDateRange } from './formatDates';
import { kindLabels } from './kindLabels';

/** One conference: its sessions in the order they happened. */
export function ConferenceScreen({ conferenceId, onNewSession }: { conferenceId: string; onNewSession: () => void }) {
  const conference = useLiveQuery(() => getConference(conferenceId), [conferenceId]);
  const sessions = useLiveQuery(() => listSessions(conferenceId), [conferenceId]);

  if (conference === undefined && sessions !== undefined) {
    return (
      <main className="screen">
        <p>This conference is not in the archive. <Link href={routes.home}>Back to conferences</Link></p>
      </main>
    );
  }
  if (!conference) return null;

  return (
    <main className="screen" aria-labelledby="conference-title">
      <header className="screen-header">
        <div>
          <h1 id="conference-title">{conference.name}</h1>
          <p className="screen-subtitle">
            {formatDateRange(conference.startDate, conference.endDate)}
            {conference.location ? ` · ${conference.location}` : ''} · {conference.timeZone}
          </p>
        </div>
        <button type="button" className="button-primary" onClick={onNewSession}>
          New session
        </button>
      </header>
      {sessions && sessions.length === 0 && (
        <div className="empty-state">
          <p>No sessions yet. Add the talk you are in and start typing.</p>
        </div>
      )}
      <ul className="card-list" aria-label="Sessions">
        {sessions?.map((session) => {
          const start = session.actualStart ?? session.scheduledStart;
          return (
            <li key={session.id} className="card">
              <Link href={routes.session(session.id)} className="card-link">
                <span className="card-title">{session.title}</span>
              </Link>
              <span className="card-meta">
                {start ? `${formatClock(start, conference.timeZone)} · ` : ''}
                {kindLabels[session.kind]}
                {session.speakers.length ? ` · ${session.speakers.join(', ')}` : ''}
                {session.room ? ` · ${session.room}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
