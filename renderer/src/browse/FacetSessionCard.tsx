import { Link } from 'wouter';
import { formatClock, dayKey } from '../../../core/time/stamps';
import { routes } from '../app/routes';
import type { FacetSession } from '../db/facets';
import { formatDateRange } from '../screens/formatDates';
import { SpeakerLinks, TagLinks } from './FacetLinks';
import { formatShortDay } from './formatDay';
import './browse.css';

/** A session among others from any conference: its title, conference, day and time, speakers and tags. */
export function FacetSessionCard({ item }: { item: FacetSession }) {
  const { session, conference } = item;
  const start = session.actualStart ?? session.scheduledStart;
  const when = start !== undefined ? `${formatShortDay(dayKey(start, conference.timeZone))}, ${formatClock(start, conference.timeZone)}` : formatDateRange(conference.startDate, conference.endDate);
  return (
    <li className="card facet-card" data-testid="facet-session">
      <Link href={routes.session(session.id)} className="card-link">
        <span className="card-title">{session.title}</span>
      </Link>
      <span className="card-meta">
        <Link href={routes.conference(conference.id)} className="facet-link">
          {conference.name}
        </Link>
        {` · ${when}`}
        {session.room ? ` · ${session.room}` : ''}
        {session.speakers.length > 0 && (
          <>
            {' · '}
            <SpeakerLinks speakers={session.speakers} />
          </>
        )}
      </span>
      <TagLinks tags={[...session.tags, ...conference.tags]} />
    </li>
  );
}
