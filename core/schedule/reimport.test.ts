import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Session } from '../model/session';
import { parseSchedule } from './parseSchedule';
import { describePlan, findScheduleConference, planScheduleImport, scheduleWrites, type KnownSession } from './reimport';

const text = readFileSync(fileURLToPath(new URL('./fixtures/pretalx-schedule.json', import.meta.url)), 'utf8');
const NOW = Date.parse('2026-01-20T12:00:00Z');

/** The archive after a first import: every talk a planned session; `withNotes` of them hold notes. */
function firstImport(withNotes: string[] = []) {
  const schedule = parseSchedule(text, 'schedule.json');
  const plan = planScheduleImport(schedule, null, [], NOW);
  const writes = scheduleWrites(plan, NOW);
  const known: KnownSession[] = writes.sessions.map((session) => ({ session, hasNotes: withNotes.includes(session.title) }));
  return { plan, conference: writes.conference ?? plan.conference, known };
}

function changedSchedule(change: (json: { schedule: { conference: { days: Array<{ rooms: Record<string, Array<Record<string, unknown>>> }> } } }) => void) {
  const json = JSON.parse(text);
  change(json);
  return parseSchedule(JSON.stringify(json), 'schedule.json');
}

describe('importing a schedule', () => {
  it('makes a conference with a planned session per talk, no notes', () => {
    const { plan, conference, known } = firstImport();
    expect(plan.conferenceIsNew).toBe(true);
    expect(conference).toMatchObject({ name: 'DemoCon 2026', startDate: '2026-02-07', endDate: '2026-02-08', timeZone: 'Europe/Brussels', rooms: ['Main Hall', 'Workshop Room'], tracks: ['Systems', 'Community'] });
    expect(known).toHaveLength(6);
    expect(known[0]?.session).toMatchObject({
      conferenceId: conference.id,
      title: 'Caching at the edge',
      speakers: ['Ada Quill', 'Ben Ortiz'],
      room: 'Main Hall',
      track: 'Systems',
      kind: 'talk',
      scheduledStart: Date.parse('2026-02-07T09:00:00Z'),
      scheduledEnd: Date.parse('2026-02-07T09:45:00Z'),
      abstract: 'What a cache in front of every region taught us.',
      url: 'https://pretalx.example.org/democon-2026/talk/AB12CD/',
      sourceId: '0b5e3c52-7a4f-5c1e-8f0a-2c1d1e0a0001',
    });
    expect(describePlan(plan)).toEqual(['a new conference “DemoCon 2026” (2026-02-07 to 2026-02-08, Europe/Brussels)', '6 new talks']);
  });

  it('finds the conference again by the talks it holds, even when renamed', () => {
    const { conference, known } = firstImport();
    const renamed = { ...conference, name: 'My DemoCon' };
    const schedule = parseSchedule(text, 'schedule.json');
    expect(findScheduleConference(schedule, [renamed], known.map((entry) => entry.session))?.id).toBe(conference.id);
    expect(findScheduleConference(schedule, [{ ...conference, id: 'other' }], [])?.id).toBe('other');
    expect(findScheduleConference(schedule, [{ ...renamed, id: 'other' }], [])).toBeNull();
  });

  it('again unchanged: changes nothing', () => {
    const { conference, known } = firstImport();
    const again = planScheduleImport(parseSchedule(text, 'schedule.json'), conference, known, NOW + 1000);
    expect(scheduleWrites(again)).toEqual({ conference: null, sessions: [] });
    expect(describePlan(again)).toEqual(['6 talks unchanged']);
  });

  it('moves moved talks, adds new ones, keeps removed ones with notes as cancelled, drops those without', () => {
    const { conference, known } = firstImport(['Night owl demos']);
    const schedule = changedSchedule((json) => {
      const hall = json.schedule.conference.days[0]!.rooms['Main Hall']!;
      const caching = hall[0]!;
      caching.date = '2026-02-07T15:00:00+01:00';
      caching.room = 'Workshop Room';
      // Night owl demos (with notes) and the lightning talks (without) leave the schedule.
      json.schedule.conference.days[0]!.rooms['Main Hall'] = [caching, hall[2]!];
      json.schedule.conference.days[1]!.rooms['Workshop Room'] = [{ ...caching, guid: 'new-guid-1', title: 'A new talk', date: '2026-02-08T11:00:00+01:00' }];
    });
    const plan = planScheduleImport(schedule, conference, known, NOW + 1000);
    expect(plan.added.map((talk) => talk.title)).toEqual(['A new talk']);
    expect(plan.changed.map((change) => [change.session.title, change.fields, change.moved])).toEqual([['Caching at the edge', ['room', 'scheduledStart', 'scheduledEnd'], true]]);
    expect(plan.cancelled.map((session) => session.title)).toEqual(['Night owl demos']);
    expect(plan.removed.map((session) => session.title)).toEqual(['Lightning talks']);
    expect(describePlan(plan)).toEqual([
      '1 new talk',
      '1 talk moved',
      '1 talk no longer in the schedule, kept with your notes and marked cancelled',
      '1 talk no longer in the schedule, removed (no notes)',
      '3 talks unchanged',
    ]);
    const writes = scheduleWrites(plan, NOW + 1000);
    const byTitle = new Map<string, Session>(writes.sessions.map((session) => [session.title, session]));
    const caching = known.find((entry) => entry.session.title === 'Caching at the edge')!.session;
    expect(byTitle.get('Caching at the edge')).toMatchObject({ id: caching.id, room: 'Workshop Room', scheduledStart: Date.parse('2026-02-07T14:00:00Z'), revision: 2 });
    expect(byTitle.get('Night owl demos')).toMatchObject({ cancelled: true, revision: 2 });
    expect(byTitle.get('Night owl demos')?.deleted).toBeUndefined();
    expect(byTitle.get('Lightning talks')).toMatchObject({ deleted: true, revision: 2 });
    expect(byTitle.get('A new talk')).toMatchObject({ revision: 1, conferenceId: conference.id, sourceId: 'new-guid-1' });
  });

  it('keeps the user\'s star and hand-made sessions, and brings a cancelled talk back', () => {
    const { conference, known } = firstImport();
    const starred = known.map((entry) => (entry.session.title === 'Caching at the edge' ? { ...entry, session: { ...entry.session, starred: true, title: 'old title' } } : entry));
    const own: KnownSession = { session: { ...known[0]!.session, id: 'mine', sourceId: undefined, title: 'Hallway chat' }, hasNotes: false };
    const cancelled = starred.map((entry) => (entry.session.title === 'Night owl demos' ? { ...entry, session: { ...entry.session, cancelled: true } } : entry));
    const plan = planScheduleImport(parseSchedule(text, 'schedule.json'), conference, [...cancelled, own], NOW);
    const writes = scheduleWrites(plan, NOW);
    expect(writes.sessions.find((session) => session.title === 'Caching at the edge')?.starred).toBe(true);
    expect(writes.sessions.find((session) => session.title === 'Night owl demos')?.cancelled).toBeUndefined();
    expect(writes.sessions.some((session) => session.id === 'mine')).toBe(false);
    expect(describePlan(plan)).toContain('1 cancelled talk back in the schedule');
  });

  it('stars the talks of a picks file and removes nothing', () => {
    const ics = readFileSync(fileURLToPath(new URL('./fixtures/pretalx-schedule.ics', import.meta.url)), 'utf8');
    const full = parseSchedule(ics, 'schedule.ics');
    const first = scheduleWrites(planScheduleImport(full, null, [], NOW), NOW);
    const known = first.sessions.map((session) => ({ session, hasNotes: false }));
    const picks = parseSchedule(ics.replace(/BEGIN:VEVENT[\s\S]*?END:VEVENT\r?\n/, ''), 'faved.ics');
    const plan = planScheduleImport(picks, first.conference, known, NOW);
    expect(plan.removed).toEqual([]);
    expect(plan.starred).toBe(2);
    expect(scheduleWrites(plan, NOW).sessions.every((session) => session.starred)).toBe(true);
  });
});
