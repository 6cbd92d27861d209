import { Link } from 'wouter';
import type { Session } from '../../../core/model/session';
import { formatClock } from '../../../core/time/stamps';
import { routes } from '../app/routes';
import { kindLabels } from '../screens/kindLabels';
import { SpeakerLinks, TagLinks } from './FacetLinks';
import './browse.css';
import '../schedule/schedule.css';

/** When a session ran, as the timeline shows it: "10:00–10:45", or just the start while it has no end. */
export function timeRange(start: number, end: number | undefined, timeZone: string): string {
  return end === undefined ? formatClock(start, timeZone) : `${formatClock(start, timeZone)}–${formatClock(end, timeZone)}`;
}

/** Where a session stands against the schedule: planned (from it, no notes yet), attended (its clock ran), cancelled. */
export function scheduleState(session: Session): 'planned' | 'attended' | 'cancelled' | null {
  if (session.cancelled) return 'cancelled';
  if (session.actualStart !== undefined) return 'attended';
  return session.sourceId !== undefined ? 'planned' : null;
}

/** One session in a day's list: its time, title, room, speakers and tags; planned and attended talks apart. */
export function TimelineEntry({ session, start, end, timeZone }: { session: Session; start?: number; end?: number; timeZone: string }) {
  const state = scheduleState(session);
  return (
    <li className={state ? `timeline-entry timeline-${state}` : 'timeline-entry'} data-testid="timeline-entry">
      <span className="timeline-time">
        {start !== undefined ? <time dateTime={new Date(start).toISOString()}>{timeRange(start, end, timeZone)}</time> : <span aria-hidden="true">—</span>}
      </span>
      <div className="timeline-body">
        <Link href={routes.session(session.id)} className="card-link">
          <span className="card-title">{session.title}</span>
        </Link>
        {state && <span className={`schedule-state schedule-state-${state}`}>{state}</span>}
        <span className="card-meta">
          {[session.room, session.track, kindLabels[session.kind]].filter(Boolean).join(' · ')}
          {session.speakers.length > 0 && (
            <>
              {' · '}
              <SpeakerLinks speakers={session.speakers} />
            </>
          )}
        </span>
        <TagLinks tags={session.tags} />
      </div>
    </li>
  );
}
