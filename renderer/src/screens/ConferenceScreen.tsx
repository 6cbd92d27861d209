import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { routes } from '../app/routes';
import { useFirstScreenShown } from '../app/startup';
import { ConferenceTimeline } from '../browse/ConferenceTimeline';
import { TagLinks } from '../browse/FacetLinks';
import { getConference } from '../db/conferences';
import { listSessions } from '../db/sessions';
import { NowNext } from '../schedule/NowNext';
import { formatDateRange } from './formatDates';

/** One conference: its days as a timeline, each session at its time. */
export function ConferenceScreen({ conferenceId, onNewSession }: { conferenceId: string; onNewSession: () => void }) {
  const conference = useLiveQuery(() => getConference(conferenceId), [conferenceId]);
  const sessions = useLiveQuery(() => listSessions(conferenceId), [conferenceId]);
  useFirstScreenShown(sessions !== undefined);

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
          <h1 id="conference-title" title={conference.name}>
            {conference.name}
          </h1>
          <p className="screen-subtitle">
            {formatDateRange(conference.startDate, conference.endDate)}
            {conference.location ? ` · ${conference.location}` : ''} · {conference.timeZone}
          </p>
          <TagLinks tags={conference.tags} />
        </div>
        <button type="button" className="button-primary" onClick={onNewSession}>
          New session
        </button>
      </header>
      <NowNext conferenceId={conferenceId} />
      {sessions && sessions.length === 0 && (
        <div className="empty-state">
          <p>No sessions yet. Add the talk you are in and start typing.</p>
        </div>
      )}
      {sessions && sessions.length > 0 && <ConferenceTimeline conference={conference} sessions={sessions} />}
    </main>
  );
}
