import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import { dayKey } from '../../../core/time/stamps';
import { daysBetween, startOfHour } from './wallTime';

/** How long a session without an end is drawn. */
export const assumedLengthMs = 45 * 60_000;
const hourMs = 3_600_000;

export interface PlacedSession {
  session: Session;
  start: number;
  end: number;
  /** Row of the day's time axis; sessions that overlap get different lanes. */
  lane: number;
}

export interface TimelineDay {
  /** ISO date in the conference's zone. */
  date: string;
  /** Whether the day lies within the conference's dates (a session may fall outside them). */
  inConference: boolean;
  sessions: PlacedSession[];
  laneCount: number;
  /** The day's axis, whole hours on the zone's clock around its sessions; equal when the day has none. */
  axisStart: number;
  axisEnd: number;
}

export interface ConferenceTimeline {
  days: TimelineDay[];
  /** Sessions with neither an actual nor a scheduled start. */
  unscheduled: Session[];
}

/** When a session began (or is to begin), if known. */
export function startOf(session: Session): number | undefined {
  return session.actualStart ?? session.scheduledStart;
}

/** When a session ended (or is to end): actual, then scheduled, then the assumed length after its start. */
export function endOf(session: Session, start: number): number {
  const end = session.actualEnd ?? session.scheduledEnd;
  return end !== undefined && end > start ? end : start + assumedLengthMs;
}

/** Gives each session the lowest lane free at its start (interval partitioning), so overlapping ones never share one. */
export function assignLanes(sessions: ReadonlyArray<Omit<PlacedSession, 'lane'>>): { placed: PlacedSession[]; laneCount: number } {
  const sorted = [...sessions].sort((a, b) => a.start - b.start || a.end - b.end || a.session.title.localeCompare(b.session.title));
  const laneEnds: number[] = [];
  const placed = sorted.map((item) => {
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) lane = laneEnds.push(item.end) - 1;
    else laneEnds[lane] = item.end;
    return { ...item, lane };
  });
  return { placed, laneCount: laneEnds.length };
}

/** A conference's sessions by day in its zone, each day with its axis and lanes, plus the sessions with no time. */
export function buildTimeline(conference: Pick<Conference, 'startDate' | 'endDate' | 'timeZone'>, sessions: readonly Session[]): ConferenceTimeline {
  const conferenceDays = new Set(daysBetween(conference.startDate, conference.endDate));
  const byDay = new Map<string, Array<Omit<PlacedSession, 'lane'>>>();
  for (const date of conferenceDays) byDay.set(date, []);
  const unscheduled: Session[] = [];
  for (const session of sessions) {
    const start = startOf(session);
    if (start === undefined) {
      unscheduled.push(session);
      continue;
    }
    const date = dayKey(start, conference.timeZone);
    const list = byDay.get(date) ?? [];
    list.push({ session, start, end: endOf(session, start) });
    byDay.set(date, list);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, items]): TimelineDay => {
      const { placed, laneCount } = assignLanes(items);
      const first = Math.min(...placed.map((item) => item.start));
      const last = Math.max(...placed.map((item) => item.end));
      const axisStart = placed.length ? startOfHour(first, conference.timeZone) : 0;
      const axisEnd = placed.length ? startOfHour(last - 1, conference.timeZone) + hourMs : 0;
      return { date, inConference: conferenceDays.has(date), sessions: placed, laneCount, axisStart, axisEnd };
    });
  unscheduled.sort((a, b) => a.title.localeCompare(b.title));
  return { days, unscheduled };
}

/** The instants of the whole hours of an axis, first and last included. */
export function axisHours(day: Pick<TimelineDay, 'axisStart' | 'axisEnd'>): number[] {
  const hours: number[] = [];
  for (let hour = day.axisStart; hour <= day.axisEnd && hours.length <= 48; hour += hourMs) hours.push(hour);
  return hours;
}
