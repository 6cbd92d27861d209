import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyEditorState, type SessionRecord } from '../../../core/model/session';
import { ArchiveStore } from '../../services/archive/archiveStore';
import type { CliIO } from '../cliCommand';
import { command } from './schedule';
import { command as importCommand } from './import';

const EXAMPLES = fileURLToPath(new URL('../../../tests/fixtures/examples', import.meta.url));

const FIXTURES = fileURLToPath(new URL('../../../core/schedule/fixtures', import.meta.url));

let dir: string;
let archive: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-cli-schedule-'));
  archive = path.join(dir, 'archive');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(): CliIO & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    defaultArchiveDir: path.join(dir, 'unused'),
  });
}

async function sessions(): Promise<SessionRecord[]> {
  const { records } = await new ArchiveStore(archive).readAll();
  return records.flatMap((record) => (record.kind === 'session' ? [record.record] : []));
}

describe('plenary schedule import', () => {
  it('imports a schedule as planned sessions, then re-imports a changed one without touching notes', async () => {
    const first = io();
    expect(await command.run(['import', path.join(FIXTURES, 'pretalx-schedule.json'), '--archive', archive], first)).toBe(0);
    expect(first.err).toBe('');
    expect(first.out).toContain('pretalx-schedule.json: imported the schedule of “DemoCon 2026” (6 talks)\n  a new conference “DemoCon 2026” (2026-02-07 to 2026-02-08, Europe/Brussels)\n  6 new talks\n');
    expect(first.out).toContain('  + 2026-02-07 10:00 Caching at the edge (Main Hall)\n');
    const planned = await sessions();
    expect(planned).toHaveLength(6);
    expect(planned.every((record) => record.document === null)).toBe(true);

    // Notes taken in one talk (written as the app does), then the schedule changes.
    const store = new ArchiveStore(archive);
    const owl = planned.find((record) => record.session.title === 'Night owl demos')!;
    const notes = { sessionId: owl.session.id, content: emptyEditorState(), revision: 2, updatedAt: 1 };
    notes.content.root.children = [{ type: 'paragraph', children: [{ type: 'text', text: 'demo of a tiny kernel', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' }];
    await store.write({ kind: 'session', record: { session: { ...owl.session, revision: 2, actualStart: 5 }, document: notes } });

    const json = JSON.parse(await readFile(path.join(FIXTURES, 'pretalx-schedule.json'), 'utf8'));
    const hall = json.schedule.conference.days[0].rooms['Main Hall'];
    hall[0].date = '2026-02-07T16:00:00+01:00';
    json.schedule.conference.days[0].rooms['Main Hall'] = [hall[0], hall[2]];
    const changed = path.join(dir, 'schedule.json');
    await writeFile(changed, JSON.stringify(json));

    const dry = io();
    expect(await command.run(['import', changed, '--archive', archive, '--dry-run'], dry)).toBe(0);
    expect(dry.out).toContain('would import');
    expect((await sessions()).find((record) => record.session.title === 'Lightning talks')?.session.deleted).toBeUndefined();

    const again = io();
    expect(await command.run(['import', changed, '--archive', archive], again)).toBe(0);
    expect(again.out).toContain('  1 talk moved\n');
    expect(again.out).toContain('  ~ 2026-02-07 10:00 Caching at the edge (Main Hall) → 2026-02-07 16:00 Caching at the edge (Main Hall)\n');
    expect(again.out).toContain('  ! cancelled, notes kept: 2026-02-08 01:30 Night owl demos (Main Hall)\n');
    expect(again.out).toContain('  - 2026-02-07 11:00 Lightning talks (Main Hall)\n');
    const after = await sessions();
    const kept = after.find((record) => record.session.id === owl.session.id)!;
    expect(kept.session.cancelled).toBe(true);
    expect(kept.document).toEqual(notes);
    expect(after.find((record) => record.session.title === 'Lightning talks')?.session.deleted).toBe(true);
    expect(after.find((record) => record.session.title === 'Caching at the edge')?.session.scheduledStart).toBe(Date.parse('2026-02-07T15:00:00Z'));
  });

  it('reports a bad schedule and writes nothing', async () => {
    const broken = path.join(dir, 'schedule.xml');
    await writeFile(broken, (await readFile(path.join(FIXTURES, 'frab-schedule.xml'), 'utf8')).replace('</title>', '</titel>'));
    const output = io();
    expect(await command.run(['import', broken, '--archive', archive], output)).toBe(1);
    expect(output.err).toMatch(/^schedule\.xml is not well-formed XML at line 7, column \d+/);
    expect(await sessions()).toEqual([]);
    const usage = io();
    expect(await command.run(['import'], usage)).toBe(2);
    expect(usage.err).toContain('give the schedule file or its https URL');
    expect(await command.run(['import', 'http://example.org/schedule.json', '--archive', archive], usage)).toBe(1);
    expect(usage.err).toContain('Plenary downloads schedules only over https');
  });

  it('reads a Sessionize file in the zone given', async () => {
    const output = io();
    expect(await command.run(['import', path.join(FIXTURES, 'sessionize-all.json'), '--archive', archive, '--tz', 'Europe/Amsterdam', '--conference', 'DevDay 2026'], output)).toBe(0);
    expect(output.out).toContain('  + 2026-06-11 09:00 Offline-first desktop apps (Hall 1)\n');
    const { records } = await new ArchiveStore(archive).readAll();
    expect(records.find((record) => record.kind === 'conference')).toMatchObject({ conference: { name: 'DevDay 2026', timeZone: 'Europe/Amsterdam' } });
  });

  it('puts old notes imported later into the planned talks they were taken in', async () => {
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', 'X-WR-CALNAME:Pycon 2013', 'X-WR-TIMEZONE:America/Los_Angeles',
      'BEGIN:VEVENT', 'UID:instagram@example.org', 'DTSTART:20130315T174500Z', 'DTEND:20130315T182500Z', 'SUMMARY:How Instagram.com Works', 'LOCATION:Ballroom A', 'ATTENDEE;CN=Mike Krieger:mailto:x@example.org', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n');
    await writeFile(path.join(dir, 'pycon.ics'), ics);
    expect(await command.run(['import', path.join(dir, 'pycon.ics'), '--archive', archive], io())).toBe(0);
    const output = io();
    expect(await importCommand.run([path.join(EXAMPLES, 'pycon-2013-raw-timestamped-notes.txt'), '--archive', archive], output)).toBe(0);
    expect(output.out).toContain('imported 6 sessions into “Pycon 2013”, 1 session matched to talks of its schedule');
    const talk = (await sessions()).find((record) => record.session.sourceId === 'instagram@example.org')!;
    expect(talk.session).toMatchObject({ title: 'How Instagram.com Works', speakers: ['Mike Krieger'], room: 'Ballroom A', actualStart: Date.UTC(2013, 2, 15, 17, 55, 11) });
    expect(JSON.stringify(talk.document)).toContain('Justin Bieber problem');
    expect(await sessions()).toHaveLength(6);
  });
});
