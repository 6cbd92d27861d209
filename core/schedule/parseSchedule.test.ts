import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from './parseSchedule';
import { ScheduleError } from './errors';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const utc = (iso: string) => Date.parse(iso);

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ScheduleError);
    return (error as Error).message;
  }
  throw new Error('expected the schedule to be refused');
}

describe('pretalx/frab schedule.json', () => {
  const schedule = parseSchedule(fixture('pretalx-schedule.json'), 'schedule.json');

  it('reads the conference: name, days, zone, rooms and tracks', () => {
    expect(schedule.format).toBe('frab-json');
    expect(schedule.conference).toEqual({
      name: 'DemoCon 2026',
      startDate: '2026-02-07',
      endDate: '2026-02-08',
      timeZone: 'Europe/Brussels',
      timeZoneAssumed: false,
      url: 'https://pretalx.example.org/democon-2026/schedule/',
      rooms: ['Main Hall', 'Workshop Room'],
      tracks: ['Systems', 'Community'],
    });
  });

  it('reads each event with its speakers, room, track, kind, abstract and link, in start order', () => {
    expect(schedule.talks.map((talk) => talk.title)).toEqual([
      'Caching at the edge',
      'Profiling workshop',
      'Lightning talks',
      'Late night panel: maintainers',
      'Night owl demos',
      'Keynote: ten years of DemoCon',
    ]);
    expect(schedule.talks[0]).toEqual({
      sourceId: '0b5e3c52-7a4f-5c1e-8f0a-2c1d1e0a0001',
      title: 'Caching at the edge',
      speakers: ['Ada Quill', 'Ben Ortiz'],
      room: 'Main Hall',
      track: 'Systems',
      kind: 'talk',
      start: utc('2026-02-07T09:00:00Z'),
      end: utc('2026-02-07T09:45:00Z'),
      abstract: 'What a cache in front of every region taught us.',
      url: 'https://pretalx.example.org/democon-2026/talk/AB12CD/',
      starred: false,
    });
    expect(schedule.talks.map((talk) => talk.kind)).toEqual(['talk', 'workshop', 'lightning', 'panel', 'talk', 'talk']);
  });

  it('keeps a talk that crosses midnight whole, and a 01:30 talk of a 04:00–03:59 day on the next calendar day', () => {
    const panel = schedule.talks.find((talk) => talk.title.startsWith('Late night'));
    expect(panel?.start).toBe(utc('2026-02-07T22:30:00Z'));
    expect(panel?.end).toBe(utc('2026-02-07T23:30:00Z'));
    expect(panel?.abstract).toBe('Maintainers of three projects talk about burnout.');
    const owl = schedule.talks.find((talk) => talk.title === 'Night owl demos');
    expect(owl?.start).toBe(utc('2026-02-08T00:30:00Z'));
  });

  it('places an event given only by its clock time on its day, after midnight when before the day start', () => {
    const json = JSON.parse(fixture('pretalx-schedule.json'));
    const owl = json.schedule.conference.days[0].rooms['Main Hall'][3];
    delete owl.date;
    const talk = parseSchedule(JSON.stringify(json), 'schedule.json').talks.find((candidate) => candidate.title === 'Night owl demos');
    expect(talk?.start).toBe(utc('2026-02-08T00:30:00Z'));
  });
});

describe('frab/pentabarf schedule.xml', () => {
  const schedule = parseSchedule(fixture('frab-schedule.xml'), 'schedule.xml');

  it('reads the conference and its events, entities decoded', () => {
    expect(schedule.format).toBe('frab-xml');
    expect(schedule.conference).toMatchObject({ name: 'Spring Camp 2026', timeZone: 'Europe/Berlin', startDate: '2026-03-28', endDate: '2026-03-29', rooms: ['Saal 1', 'Saal 2'] });
    expect(schedule.talks.map((talk) => [talk.title, talk.room, talk.kind])).toEqual([
      ['Opening & welcome', 'Saal 1', 'talk'],
      ['After-midnight lightning talks', 'Saal 1', 'lightning'],
      ['Summer time for schedulers', 'Saal 1', 'talk'],
      ['Soldering workshop', 'Saal 2', 'workshop'],
    ]);
    expect(schedule.talks[2]?.speakers).toEqual(['Farid Haddad', 'Gül Demir']);
    expect(schedule.talks[0]?.sourceId).toBe('2a8d4f7c-9b1e-4c3a-8e2f-000000000101');
  });

  it('reads clock times across the night the clocks go forward', () => {
    const [opening, lightning, summer, soldering] = schedule.talks;
    expect(opening?.start).toBe(utc('2026-03-28T17:00:00Z'));
    // 01:30 belongs to the first day (it starts at 04:00), so it is 01:30 CET on the 29th.
    expect(lightning?.start).toBe(utc('2026-03-29T00:30:00Z'));
    expect(lightning?.end).toBe(utc('2026-03-29T01:00:00Z'));
    // After 02:00 the clocks read CEST: 10:00 is 08:00 UTC, given with an offset or not.
    expect(summer?.start).toBe(utc('2026-03-29T08:00:00Z'));
    expect(soldering?.start).toBe(utc('2026-03-29T08:00:00Z'));
    expect(soldering?.end).toBe(utc('2026-03-29T10:00:00Z'));
  });
});

describe('iCalendar', () => {
  const schedule = parseSchedule(fixture('pretalx-schedule.ics'), 'schedule.ics');

  it('reads the calendar as a conference in its VTIMEZONE', () => {
    expect(schedule.format).toBe('ics');
    expect(schedule.conference).toMatchObject({ name: 'FallCon 2026', timeZone: 'America/New_York', timeZoneAssumed: false, startDate: '2026-10-31', endDate: '2026-11-01' });
  });

  it('reads UID, times in their zone across the clock change, summary, location, description, URL and categories', () => {
    const [ipc, midnight, morning] = schedule.talks;
    expect(ipc).toMatchObject({
      sourceId: 'pretalx-fallcon-2026-XY12AB@pretalx.example.org',
      title: 'Typed IPC in practice - Ines Rao',
      speakers: ['Ines Rao'],
      room: 'Ballroom A',
      kind: 'talk',
      start: utc('2026-10-31T20:30:00Z'),
      end: utc('2026-10-31T21:15:00Z'),
      abstract: 'One contract, two processes, zero surprises.',
      url: 'https://pretalx.example.org/fallcon-2026/talk/XY12AB/',
    });
    // UTC with a DURATION: midnight EDT, an hour long.
    expect(midnight).toMatchObject({ title: 'Midnight hack session', start: utc('2026-11-01T04:00:00Z'), end: utc('2026-11-01T05:00:00Z'), room: 'Room 2' });
    // After the clocks went back, 09:30 is EST (UTC−5), and the folded description is one line.
    expect(morning).toMatchObject({ start: utc('2026-11-01T14:30:00Z'), end: utc('2026-11-01T15:30:00Z'), kind: 'workshop', abstract: 'A line that is folded over two lines in the file.' });
  });

  it('reads an IANA TZID that the file does not define from the zone rules', () => {
    const text = fixture('pretalx-schedule.ics').replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r?\n/, '');
    const schedule = parseSchedule(text, 'schedule.ics');
    expect(schedule.talks.find((talk) => talk.title === 'Morning after the clock change')?.start).toBe(utc('2026-11-01T14:30:00Z'));
    expect(schedule.conference.timeZone).toBe('America/New_York');
  });

  it('stars every talk of a pretalx "faved" export: the user\'s own picks', () => {
    const schedule = parseSchedule(fixture('pretalx-schedule.ics'), 'faved.ics');
    expect(schedule.talks.every((talk) => talk.starred)).toBe(true);
    expect(schedule.warnings.join(' ')).toContain('your own picks');
  });
});

describe('Sessionize "All data" JSON', () => {
  const schedule = parseSchedule(fixture('sessionize-all.json'), 'devday-2026.json', { fallbackTimeZone: 'Europe/Amsterdam' });

  it('reads sessions with speakers, rooms and categories, leaving out breaks and unplaced sessions', () => {
    expect(schedule.format).toBe('sessionize');
    expect(schedule.conference).toMatchObject({ name: 'devday 2026', timeZone: 'Europe/Amsterdam', timeZoneAssumed: false, startDate: '2026-06-11', endDate: '2026-06-11' });
    expect(schedule.talks.map((talk) => [talk.sourceId, talk.title, talk.room, talk.track, talk.kind, talk.speakers])).toEqual([
      ['512001', 'Offline-first desktop apps', 'Hall 1', 'Desktop', 'talk', ['Jo Kim']],
      ['512002', 'Hands-on: testing with real IndexedDB', 'Lab', 'Testing', 'workshop', ['Lea Moreau', 'Jo Kim']],
    ]);
    expect(schedule.warnings).toEqual(['1 service session (a break, lunch) was left out: they are not talks.']);
  });

  it('reads times without an offset in the event\'s zone', () => {
    expect(schedule.talks[0]?.start).toBe(utc('2026-06-11T07:00:00Z'));
    expect(schedule.talks[1]?.end).toBe(utc('2026-06-11T10:00:00Z'));
  });

  it('says when no zone was given and reads the times in UTC', () => {
    const assumed = parseSchedule(fixture('sessionize-all.json'), 'all.json');
    expect(assumed.conference.timeZoneAssumed).toBe(true);
    expect(assumed.talks[0]?.start).toBe(utc('2026-06-11T09:00:00Z'));
    expect(assumed.warnings[0]).toContain('names no time zone');
  });
});

describe('bad input', () => {
  it('names the line of malformed JSON', () => {
    const text = fixture('pretalx-schedule.json');
    const broken = text.replace('"duration": "00:45",', '"duration": "00:45"');
    const line = text.split('\n').findIndex((row) => row.includes('"duration": "00:45"')) + 2;
    expect(errorOf(() => parseSchedule(broken, 'schedule.json'))).toMatch(new RegExp(`^schedule\\.json is not valid JSON, line ${line}, column \\d+`));
  });

  it('names the line of malformed XML', () => {
    const broken = fixture('frab-schedule.xml').replace('<title>Summer time for schedulers</title>', '<title>Summer time for schedulers</titel>');
    const line = fixture('frab-schedule.xml').split('\n').findIndex((row) => row.includes('Summer time')) + 1;
    expect(errorOf(() => parseSchedule(broken, 'schedule.xml'))).toMatch(new RegExp(`^schedule\\.xml is not well-formed XML at line ${line}, column \\d+`));
  });

  it('refuses an ICS with no events', () => {
    const empty = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n';
    expect(errorOf(() => parseSchedule(empty, 'empty.ics'))).toBe('empty.ics is a calendar with no events (VEVENT): there are no talks to import.');
  });

  it('refuses a broken VTIMEZONE and names its line', () => {
    const broken = fixture('pretalx-schedule.ics').replace(/BEGIN:DAYLIGHT[\s\S]*END:STANDARD\r?\n/, '');
    expect(errorOf(() => parseSchedule(broken, 'schedule.ics'))).toBe(
      'schedule.ics: the VTIMEZONE America/New_York (line 5) has no STANDARD or DAYLIGHT rule, so its times cannot be placed. Export the calendar again.',
    );
    const noOffset = fixture('pretalx-schedule.ics').replace('TZOFFSETTO:-0400\n', '');
    expect(errorOf(() => parseSchedule(noOffset, 'schedule.ics'))).toContain('has a DAYLIGHT rule without a valid TZOFFSETTO');
  });

  it('refuses a TZID that is neither defined nor a known zone', () => {
    const text = fixture('pretalx-schedule.ics').replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r?\n/, '').replace(/America\/New_York/g, 'Eastern Standard Time');
    expect(errorOf(() => parseSchedule(text, 'schedule.ics'))).toContain('event 1 (line 5) “Typed IPC in practice - Ines Rao” has DTSTART in the time zone “Eastern Standard Time”');
  });

  it('refuses an ICS line that is not a property, naming it', () => {
    const broken = fixture('pretalx-schedule.ics').replace('LOCATION:Room 2', 'LOCATION Room 2');
    expect(errorOf(() => parseSchedule(broken, 'schedule.ics'))).toMatch(/^schedule\.ics is not a valid iCalendar file at line \d+: invalid line/);
  });

  it('refuses a duplicate guid, naming both events', () => {
    const json = JSON.parse(fixture('pretalx-schedule.json'));
    json.schedule.conference.days[1].rooms['Main Hall'][0].guid = '0b5e3c52-7a4f-5c1e-8f0a-2c1d1e0a0001';
    expect(errorOf(() => parseSchedule(JSON.stringify(json), 'schedule.json'))).toBe(
      'schedule.json: event 1 of room “Main Hall” on 2026-02-08 (schedule.conference.days[1]) (“Keynote: ten years of DemoCon”) has the id 0b5e3c52-7a4f-5c1e-8f0a-2c1d1e0a0001, like event 1 of room “Main Hall” on 2026-02-07 (schedule.conference.days[0]) (“Caching at the edge”). Ids must be unique for a re-import to find each talk again.',
    );
  });

  it('refuses a talk that ends before it starts', () => {
    const json = JSON.parse(fixture('sessionize-all.json'));
    json.sessions[0].endsAt = '2026-06-11T08:50:00';
    expect(errorOf(() => parseSchedule(JSON.stringify(json), 'all.json'))).toBe(
      'all.json: session 1 (id 512001, “Offline-first desktop apps”) ends before it starts. Fix its times in the schedule and import it again.',
    );
    const ics = fixture('pretalx-schedule.ics').replace('DTEND;TZID=America/New_York:20261031T171500', 'DTEND;TZID=America/New_York:20261031T160000');
    expect(errorOf(() => parseSchedule(ics, 'schedule.ics'))).toContain('event 1 (line 22) “Typed IPC in practice - Ines Rao” ends before it starts');
  });

  it('refuses a duration that is not a length of time, and a missing field, naming the field', () => {
    const xml = fixture('frab-schedule.xml').replace('<duration>00:45</duration>', '<duration>soon</duration>');
    expect(errorOf(() => parseSchedule(xml, 'schedule.xml'))).toBe(
      'schedule.xml: <event> 1 of room “Saal 1” on 2026-03-29 (guid 2a8d4f7c-9b1e-4c3a-8e2f-000000000103) (“Summer time for schedulers”) has a duration “soon” that is not a length of time. Use hours and minutes like 00:45.',
    );
    const json = JSON.parse(fixture('pretalx-schedule.json'));
    delete json.schedule.conference.days;
    expect(errorOf(() => parseSchedule(JSON.stringify(json), 'schedule.json'))).toBe('schedule.json: the field schedule.conference.days is missing.');
    const bad = JSON.parse(fixture('pretalx-schedule.json'));
    bad.schedule.conference.days[0].date = 'Saturday';
    expect(errorOf(() => parseSchedule(JSON.stringify(bad), 'schedule.json'))).toContain('the field schedule.conference.days[0].date is not what a schedule holds there (a date like 2026-02-01)');
  });

  it('refuses a file that is not a schedule, saying which formats are read', () => {
    expect(errorOf(() => parseSchedule('# Notes from the keynote\n\n- fast', 'notes.md'))).toContain('notes.md is not a schedule: Plenary reads pretalx/frab schedule.json');
    expect(errorOf(() => parseSchedule('<!doctype html><html><body>Schedule</body></html>', 'schedule.html'))).toContain('is a web page, not a schedule');
    expect(errorOf(() => parseSchedule('{"talks": []}', 'other.json'))).toContain('other.json is JSON but not a schedule Plenary reads');
    expect(errorOf(() => parseSchedule('<?xml version="1.0"?><feed></feed>', 'feed.xml'))).toBe('feed.xml is XML but not a frab schedule: it has no <schedule> element.');
    expect(errorOf(() => parseSchedule('', 'empty.json'))).toBe('empty.json is empty: there is no schedule in it.');
  });

  it('refuses a schedule with no talks, and a zone that does not exist', () => {
    const json = JSON.parse(fixture('pretalx-schedule.json'));
    for (const day of json.schedule.conference.days) day.rooms = {};
    expect(errorOf(() => parseSchedule(JSON.stringify(json), 'schedule.json'))).toBe('schedule.json holds no talks: it may be an empty schedule or not a schedule at all.');
    const xml = fixture('frab-schedule.xml').replace('Europe/Berlin', 'Mars/Olympus');
    expect(errorOf(() => parseSchedule(xml, 'schedule.xml'))).toContain('<time_zone_name> is “Mars/Olympus”, not an IANA time zone');
  });
});
