import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import { buildTimeline, type PlacedSession } from './dayTimeline';
import { formatDay } from './formatDay';
import { TimeAxis } from './TimeAxis';
import { TimelineEntry } from './TimelineEntry';
import './browse.css';

/** The end to print: only one that was recorded or scheduled, not the assumed length the axis draws. */
function knownEnd({ session, start }: PlacedSession): number | undefined {
  const end = session.actualEnd ?? session.scheduledEnd;
  return end !== undefined && end > start ? end : undefined;
}

/**
 * A conference day by day in its own zone: each day's sessions on a time
 * axis, then listed at their times; sessions with no time come last.
 */
export function ConferenceTimeline({ conference, sessions }: { conference: Conference; sessions: readonly Session[] }) {
  const timeline = buildTimeline(conference, sessions);
  return (
    <div className="conference-timeline">
      {timeline.days.map((day) => {
        const title = formatDay(day.date);
        const headingId = `day-${day.date}`;
        return (
          <section key={day.date} className="timeline-day" aria-labelledby={headingId} data-testid="timeline-day" data-date={day.date}>
            <h2 id={headingId} className="timeline-day-title">
              {title}
              {!day.inConference && <span className="timeline-day-note"> (outside the conference dates)</span>}
            </h2>
            {day.sessions.length === 0 ? (
              <p className="timeline-empty">No sessions on this day.</p>
            ) : (
              <>
                <TimeAxis day={day} conference={conference} label={`${title} at a glance`} />
                <ol className="timeline-list" aria-label={`Sessions on ${title}`}>
                  {day.sessions.map((item) => (
                    <TimelineEntry key={item.session.id} session={item.session} start={item.start} end={knownEnd(item)} timeZone={conference.timeZone} />
                  ))}
                </ol>
              </>
            )}
          </section>
        );
      })}
      {timeline.unscheduled.length > 0 && (
        <section className="timeline-day" aria-labelledby="day-unscheduled" data-testid="timeline-unscheduled">
          <h2 id="day-unscheduled" className="timeline-day-title">
            Not scheduled
          </h2>
          <p className="timeline-hint">Give a session its time with Edit details on its page.</p>
          <ul className="timeline-list" aria-label="Sessions not scheduled">
            {timeline.unscheduled.map((session) => (
              <TimelineEntry key={session.id} session={session} timeZone={conference.timeZone} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
