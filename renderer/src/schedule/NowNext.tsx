import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import { nowAndNext, type NowNext as NowNextRows } from '../../../core/schedule/nowNext';
import { defaultSettings } from '../../../core/model/settings';
import { formatClock, type ClockFormat } from '../../../core/time/stamps';
import { commandList } from '../../../core/commands/commandList';
import { useCommand } from '../app/commands';
import { describeKeys } from '../components/ShortcutHelp';
import { notifyError } from '../app/notices';
import { getConference } from '../db/conferences';
import { loadSettings } from '../db/settings';
import { conferencesOnNow, sessionsAround, setStarred } from '../db/schedules';
import { persistSession } from '../sync/persist';
import { startTalk } from './startTalk';
import { useNow } from './useNow';
import './schedule.css';

/** The local store is asked again when the clock moves into another ten minutes; the rows are worked out at every tick. */
const QUERY_BUCKET_MS = 10 * 60_000;
const START_KEYS = commandList.find((command) => command.id === 'schedule.startNow')?.keys ?? '';

function StarButton({ session }: { session: Session }) {
  const starred = Boolean(session.starred);
  return (
    <button
      type="button"
      className={starred ? 'star-button starred' : 'star-button'}
      aria-pressed={starred}
      aria-label={`Star “${session.title}”`}
      title={starred ? 'One of your picks: click to unstar' : 'Star: one of your picks'}
      onClick={() => {
        setStarred(session.id, !starred).then((saved) => persistSession(saved.id), notifyError);
      }}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span>
    </button>
  );
}

function Talk({ session, conference, label, clock, onStart }: { session: Session; conference: Conference; label: 'Now' | 'Next'; clock: ClockFormat; onStart: (session: Session) => void }) {
  const times = `${formatClock(session.scheduledStart ?? 0, conference.timeZone, clock)}–${formatClock(session.scheduledEnd ?? 0, conference.timeZone, clock)}`;
  return (
    <div className={`now-next-talk now-next-${label.toLowerCase()}`}>
      <span className="now-next-label">{label}</span>
      <StarButton session={session} />
      <button type="button" className="now-next-title" onClick={() => onStart(session)} aria-label={`Start the note for “${session.title}”, ${times}`}>
        {session.title}
      </button>
      <span className="now-next-meta">
        {times}
        {session.speakers.length > 0 ? ` · ${session.speakers.join(', ')}` : ''}
      </span>
    </div>
  );
}

function ConferenceRows({ conference, rows, clock, onStart }: { conference: Conference; rows: NowNextRows; clock: ClockFormat; onStart: (session: Session) => void }) {
  return (
    <ul className="now-next-rooms" aria-label={`Rooms at ${conference.name}`}>
      {rows.rows.map((row) => (
        <li key={row.room} className="now-next-room">
          <span className="now-next-room-name">{row.room || 'No room'}</span>
          {row.now && <Talk session={row.now} conference={conference} label="Now" clock={clock} onStart={onStart} />}
          {row.next && <Talk session={row.next} conference={conference} label="Next" clock={clock} onStart={onStart} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Now and next" from the schedule: the talks on now and next, room by
 * room, the user's picks first, a star on each. Choosing a talk starts its
 * note; the one key ($mod+Alt+N) starts the note of the talk on now.
 * With a conference it shows that one; without, every conference on today.
 */
export function NowNext({ conferenceId }: { conferenceId?: string }) {
  const [, navigate] = useLocation();
  const now = useNow();
  const clock = (useLiveQuery(loadSettings, []) ?? defaultSettings).clockFormat;
  const bucket = Math.floor(now / QUERY_BUCKET_MS) * QUERY_BUCKET_MS + QUERY_BUCKET_MS / 2;
  const data = useLiveQuery(async () => {
    if (!conferenceId) return conferencesOnNow(bucket);
    const conference = await getConference(conferenceId);
    return conference ? [{ conference, sessions: await sessionsAround(conferenceId, bucket) }] : [];
  }, [conferenceId, bucket]);
  const shown = (data ?? [])
    .map(({ conference, sessions }) => ({ conference, rows: nowAndNext(sessions, now, conference.rooms ?? []) }))
    .filter(({ rows }) => rows.rows.length > 0);
  const current = shown.map(({ rows }) => rows.current).find((session) => session !== null) ?? null;

  const start = (session: Session) => {
    startTalk(session, navigate).catch(notifyError);
  };
  useCommand('schedule.startNow', () => current && start(current), current !== null);

  if (shown.length === 0) return null;
  return (
    <section className="now-next" aria-labelledby="now-next-title">
      <div className="now-next-header">
        <h2 id="now-next-title">Now and next</h2>
        {current && (
          <p className="now-next-hint">
            <kbd>{describeKeys(START_KEYS)}</kbd> starts the note for “{current.title}”
          </p>
        )}
      </div>
      {shown.map(({ conference, rows }) => (
        <div key={conference.id} className="now-next-conference">
          {!conferenceId && <h3 className="now-next-conference-name">{conference.name}</h3>}
          <ConferenceRows conference={conference} rows={rows} clock={clock} onStart={start} />
        </div>
      ))}
    </section>
  );
}
