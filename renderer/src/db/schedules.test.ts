import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../core/import/plan';
import { parseSchedule } from '../../../core/schedule/parseSchedule';
import { planScheduleImport, scheduleWrites } from '../../../core/schedule/reimport';
import { plannedNoteDocument } from '../../../core/schedule/startNote';
import { database } from './database';
import { storeImport } from './imports';
import { readScheduleTarget, sessionsAround, setStarred, startTalkNote, storeScheduleWrites } from './schedules';
import { getDocument, listSessions, saveDocument } from './sessions';

const fixtures = path.resolve(__dirname, '../../../core/schedule/fixtures');
const examples = path.resolve(__dirname, '../../../tests/fixtures/examples');

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.documents.clear(), db.documentChunks.clear(), db.actionItems.clear(), db.deletedSessions.clear()]);
});

async function importSchedule(text: string, now: number) {
  const schedule = parseSchedule(text, 'schedule.json');
  const { conference, known } = await readScheduleTarget(schedule);
  const plan = planScheduleImport(schedule, conference, known, now);
  await storeScheduleWrites(scheduleWrites(plan, now));
  return plan;
}

describe('the schedule in the local store', () => {
  it('stores planned sessions, starts one note, and re-imports without touching it', async () => {
    const text = await readFile(path.join(fixtures, 'pretalx-schedule.json'), 'utf8');
    const first = await importSchedule(text, 1_000);
    const conferenceId = first.conference.id;
    expect(await listSessions(conferenceId)).toHaveLength(6);
    expect(await database().documents.count()).toBe(0);

    const sessions = await sessionsAround(conferenceId, Date.parse('2026-02-07T09:10:00Z'));
    const workshop = sessions.find((session) => session.title === 'Profiling workshop')!;
    expect((await setStarred(workshop.id, true)).starred).toBe(true);
    const started = await startTalkNote(workshop.id, (session, conference) => plannedNoteDocument(null, session, conference ?? null), 5_000);
    expect(started).toMatchObject({ created: true, session: { actualStart: 5_000, starred: true } });
    const again = await startTalkNote(workshop.id, () => {
      throw new Error('a note that exists is never made again');
    });
    expect(again.created).toBe(false);
    const { document } = await saveDocument(workshop.id, { ...started.document.content, root: { ...started.document.content.root, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'flame graphs', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' }] } }, 6_000);

    // The workshop moves and leaves the schedule's Workshop Room; the lightning talks go.
    const json = JSON.parse(text);
    const day = json.schedule.conference.days[0];
    day.rooms['Workshop Room'][0].date = '2026-02-07T14:00:00+01:00';
    day.rooms['Main Hall'].splice(1, 1);
    const second = await importSchedule(JSON.stringify(json), 7_000);
    expect(second.conference.id).toBe(conferenceId);
    expect(second.changed.map((change) => change.session.title)).toEqual(['Profiling workshop']);
    expect(second.removed.map((session) => session.title)).toEqual(['Lightning talks']);
    const after = await listSessions(conferenceId);
    expect(after.map((session) => session.title)).not.toContain('Lightning talks');
    const moved = after.find((session) => session.id === workshop.id)!;
    expect(moved).toMatchObject({ scheduledStart: Date.parse('2026-02-07T13:00:00Z'), starred: true, actualStart: 5_000 });
    expect((await getDocument(workshop.id))?.content).toEqual(document.content);

    // Gone from the schedule with notes: kept, marked cancelled.
    day.rooms['Workshop Room'] = [];
    const third = await importSchedule(JSON.stringify(json), 8_000);
    expect(third.cancelled.map((session) => session.id)).toEqual([workshop.id]);
    expect((await listSessions(conferenceId)).find((session) => session.id === workshop.id)?.cancelled).toBe(true);
    expect((await getDocument(workshop.id))?.content).toEqual(document.content);
  });

  it('puts imported notes into the planned talk they were taken in', async () => {
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:t', 'X-WR-CALNAME:Pycon 2013', 'BEGIN:VEVENT', 'UID:ig@example.org', 'DTSTART:20130315T174500Z', 'DTEND:20130315T182500Z', 'SUMMARY:How Instagram.com Works', 'LOCATION:Ballroom A', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const plan = await importSchedule(ics, 1_000);
    const notes = await planImport(await readFile(path.join(examples, 'pycon-2013-raw-timestamped-notes.txt'), 'utf8'), 'pycon-2013-raw-timestamped-notes.txt');
    const stored = await storeImport([{ plan: notes, conferenceId: plan.conference.id }], 2_000);
    const sessions = await listSessions(plan.conference.id);
    expect(sessions).toHaveLength(notes.sessions.length);
    const talk = sessions.find((session) => session.sourceId === 'ig@example.org')!;
    expect(talk).toMatchObject({ title: 'How Instagram.com Works', room: 'Ballroom A', actualStart: Date.UTC(2013, 2, 15, 17, 55, 11) });
    expect(JSON.stringify((await getDocument(talk.id))?.content)).toContain('Justin Bieber');
    expect(stored.sessions.map((session) => session.id)).toContain(talk.id);
  });
});
