import { describe, expect, it } from 'vitest';
import type { Session } from '../../../core/model/session';
import { assumedLengthMs, axisHours, buildTimeline } from './dayTimeline';

const zone = 'America/New_York';
const at = (iso: string) => Date.parse(iso);

function session(title: string, times: Partial<Pick<Session, 'scheduledStart' | 'scheduledEnd' | 'actualStart' | 'actualEnd'>>): Session {
  return { id: title, conferenceId: 'c', title, speakers: [], room: '', track: '', kind: 'talk', url: '', tags: [], revision: 1, updatedAt: 1, ...times };
}

describe('a conference as a timeline', () => {
  const conference = { startDate: '2013-03-15', endDate: '2013-03-16', timeZone: zone };

  it('groups sessions by their day in the conference zone, actual start first', () => {
    const late = session('Late', { scheduledStart: at('2013-03-15T23:30:00-04:00') });
    const moved = session('Moved', { scheduledStart: at('2013-03-15T10:00:00-04:00'), actualStart: at('2013-03-16T10:05:00-04:00') });
    const none = session('Someday', {});
    const timeline = buildTimeline(conference, [late, moved, none]);
    expect(timeline.days.map((day) => [day.date, day.sessions.map((item) => item.session.title)])).toEqual([
      ['2013-03-15', ['Late']],
      ['2013-03-16', ['Moved']],
    ]);
    expect(timeline.unscheduled.map((item) => item.title)).toEqual(['Someday']);
  });

  it('keeps empty conference days and adds days outside the dates', () => {
    const after = session('Sprint', { scheduledStart: at('2013-03-18T09:00:00-04:00') });
    const timeline = buildTimeline(conference, [after]);
    expect(timeline.days.map((day) => [day.date, day.inConference, day.sessions.length])).toEqual([
      ['2013-03-15', true, 0],
      ['2013-03-16', true, 0],
      ['2013-03-18', false, 1],
    ]);
  });

  it('ends a session at its actual end, else its scheduled end, else after the assumed length', () => {
    const start = at('2013-03-15T10:00:00-04:00');
    const actual = session('Actual', { actualStart: start, actualEnd: start + 20 * 60_000, scheduledEnd: start + 30 * 60_000 });
    const scheduled = session('Scheduled', { scheduledStart: start, scheduledEnd: start + 30 * 60_000 });
    const open = session('Open', { scheduledStart: start });
    const [day] = buildTimeline(conference, [actual, scheduled, open]).days;
    const ends = Object.fromEntries(day?.sessions.map((item) => [item.session.title, item.end - item.start]) ?? []);
    expect(ends).toEqual({ Actual: 20 * 60_000, Scheduled: 30 * 60_000, Open: assumedLengthMs });
  });

  it('puts overlapping sessions in separate lanes and reuses a lane once it is free', () => {
    const t = (clock: string) => at(`2013-03-15T${clock}:00-04:00`);
    const sessions = [
      session('A', { scheduledStart: t('09:00'), scheduledEnd: t('10:00') }),
      session('B', { scheduledStart: t('09:30'), scheduledEnd: t('10:30') }),
      session('C', { scheduledStart: t('10:00'), scheduledEnd: t('11:00') }),
      session('D', { scheduledStart: t('09:45'), scheduledEnd: t('10:15') }),
    ];
    const [day] = buildTimeline(conference, sessions).days;
    expect(day?.sessions.map((item) => [item.session.title, item.lane])).toEqual([
      ['A', 0],
      ['B', 1],
      ['D', 2],
      ['C', 0],
    ]);
    expect(day?.laneCount).toBe(3);
    expect(day && axisHours(day).map((hour) => new Date(hour).toISOString())).toEqual([
      '2013-03-15T13:00:00.000Z',
      '2013-03-15T14:00:00.000Z',
      '2013-03-15T15:00:00.000Z',
    ]);
  });
});
