import { Link } from 'wouter';
import type { Conference } from '../../../core/model/conference';
import { formatClock } from '../../../core/time/stamps';
import { routes } from '../app/routes';
import { axisHours, type TimelineDay } from './dayTimeline';
import './browse.css';

/** A session's place on the axis, for its accessible name: "Celery in depth, 10:00 to 10:45, Hall A". */
export function barLabel(item: TimelineDay['sessions'][number], timeZone: string): string {
  const { session } = item;
  const when = `${formatClock(item.start, timeZone)} to ${formatClock(item.end, timeZone)}`;
  return [session.title, when, session.room].filter(Boolean).join(', ');
}

/**
 * One day at a glance: whole hours across, one bar per session from its
 * start to its end, overlapping sessions in lanes below each other. Each
 * bar is a link to its session; the hour marks are decoration (the list
 * beside it says the same in words).
 */
export function TimeAxis({ day, conference, label }: { day: TimelineDay; conference: Pick<Conference, 'timeZone'>; label: string }) {
  if (day.sessions.length === 0) return null;
  const span = day.axisEnd - day.axisStart;
  const percent = (duration: number) => `${((duration / span) * 100).toFixed(3)}%`;
  const at = (instant: number) => percent(instant - day.axisStart);
  const hours = axisHours(day);
  return (
    <div className="time-axis" role="group" aria-label={label} data-testid="time-axis" data-lanes={day.laneCount}>
      <div className="time-axis-hours" aria-hidden="true">
        {hours.map((hour, index) => (
          <span
            key={hour}
            className={index === hours.length - 1 ? 'time-axis-hour last' : 'time-axis-hour'}
            style={{ left: at(hour) }}
          >
            {formatClock(hour, conference.timeZone)}
          </span>
        ))}
      </div>
      <div className="time-axis-track" style={{ height: `calc(${day.laneCount} * var(--lane-height) + 0.5rem)` }}>
        {hours.map((hour) => (
          <span key={hour} className="time-axis-tick" style={{ left: at(hour) }} aria-hidden="true" />
        ))}
        {day.sessions.map((item) => (
          <Link
            key={item.session.id}
            href={routes.session(item.session.id)}
            className={item.session.actualStart !== undefined ? 'time-bar actual' : 'time-bar'}
            aria-label={barLabel(item, conference.timeZone)}
            title={barLabel(item, conference.timeZone)}
            data-lane={item.lane}
            style={{ left: at(item.start), width: `max(0.6rem, ${percent(Math.min(item.end, day.axisEnd) - item.start)})`, top: `calc(${item.lane} * var(--lane-height) + 0.25rem)` }}
          >
            <span className="time-bar-text" aria-hidden="true">
              {item.session.title}
            </span>
          </Link>
        ))}
      </div>
    </div>
  );
}
