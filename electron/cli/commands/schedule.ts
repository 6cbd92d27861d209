import path from 'node:path';
import { UserFacingError } from '../../../core/ipc/result';
import type { Conference } from '../../../core/model/conference';
import type { Session, SessionRecord } from '../../../core/model/session';
import { describePlan, findScheduleConference, planScheduleImport, scheduleWrites, type KnownSession } from '../../../core/schedule/reimport';
import { dayKey, formatClock } from '../../../core/time/stamps';
import { ArchiveStore } from '../../services/archive/archiveStore';
import { mapConcurrent } from '../../services/archive/mapConcurrent';
import { readSchedule } from '../../services/schedule/readSchedule';
import type { CliCommand, CliIO } from '../cliCommand';
import { readPlaceOption } from '../placeOptions';

const usage = `Usage: plenary schedule import FILE|URL [--archive DIR] [--conference NAME] [--tz ZONE] [--dry-run]

Imports a conference's published schedule as planned sessions: pretalx/frab
schedule.json, frab/pentabarf schedule.xml, iCalendar (.ics) or Sessionize
"All data" JSON. A URL is downloaded over https only.

Importing the same schedule again updates it by each talk's id and never
touches notes: moved talks move, new ones appear, a removed talk with notes
is kept and marked cancelled, one without notes is removed. A pretalx
"faved" export stars your picks.

Options:
  --archive DIR        write into this archive folder
  --conference NAME    the conference's name (default: the schedule's own)
  --tz ZONE            IANA time zone of times the file gives without one
                       (Sessionize); files that name their zone keep it
  --dry-run            show what would change; write nothing
  -h, --help           show this help

A schedule that cannot be read is reported and nothing of it is imported.`;

interface Options {
  source: string | null;
  archiveDir: string;
  conference: string | null;
  timeZone: string | null;
  dryRun: boolean;
}

function parseArgs(args: readonly string[], io: CliIO): Options | string {
  const rest = [...args];
  if (rest.shift() !== 'import') return 'the only schedule command is `plenary schedule import FILE|URL`';
  const options: Options = { source: null, archiveDir: io.defaultArchiveDir, conference: null, timeZone: null, dryRun: false };
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    const place = readPlaceOption(arg, rest, options);
    if (typeof place === 'string') return place;
    if (place) continue;
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (options.source !== null) return 'give one schedule file or URL at a time';
    else options.source = arg;
  }
  if (options.source === null) return 'give the schedule file or its https URL';
  return options;
}

function line(session: Pick<Session, 'title' | 'room' | 'scheduledStart'>, timeZone: string): string {
  const at = session.scheduledStart !== undefined ? `${dayKey(session.scheduledStart, timeZone)} ${formatClock(session.scheduledStart, timeZone, '24h')} ` : '';
  return `${at}${session.title}${session.room ? ` (${session.room})` : ''}`;
}

export const command: CliCommand = {
  name: 'schedule',
  summary: 'import a conference schedule (pretalx, frab, iCalendar, Sessionize)',
  usage,
  async run(args, io) {
    const options = parseArgs(args, io);
    if (typeof options === 'string') {
      io.stderr(`plenary schedule: ${options}\n\n${usage}\n`);
      return 2;
    }
    const source = options.source as string;
    const input = /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? { url: source } : { path: path.resolve(source) };
    let schedule;
    try {
      schedule = await readSchedule(input, { ...(options.timeZone ? { fallbackTimeZone: options.timeZone } : {}), ...(options.conference ? { conferenceName: options.conference } : {}) });
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      io.stderr(`${error.message}\n`);
      return 1;
    }

    const store = new ArchiveStore(options.archiveDir);
    const { records } = await store.readAll();
    const conferences: Conference[] = [];
    const stored = new Map<string, SessionRecord>();
    for (const record of records) {
      if (record.kind === 'conference') conferences.push(record.conference);
      if (record.kind === 'session') stored.set(record.record.session.id, record.record);
    }
    const existing = findScheduleConference(schedule, conferences, [...stored.values()].map((record) => record.session));
    const known: KnownSession[] = [...stored.values()]
      .filter((record) => existing && record.session.conferenceId === existing.id)
      .map((record) => ({ session: record.session, hasNotes: record.document !== null || record.session.actualStart !== undefined }));
    const plan = planScheduleImport(schedule, existing, known);
    const zone = plan.conference.timeZone;

    const verb = options.dryRun ? 'would import' : 'imported';
    io.stdout(`${schedule.source}: ${verb} the schedule of “${plan.conference.name}” (${plan.schedule.talks.length} talks)\n`);
    for (const text of describePlan(plan)) io.stdout(`  ${text}\n`);
    for (const talk of plan.added.slice(0, 20)) io.stdout(`  + ${line({ title: talk.title, room: talk.room, scheduledStart: talk.start }, zone)}\n`);
    if (plan.added.length > 20) io.stdout(`  + … and ${plan.added.length - 20} more\n`);
    for (const change of plan.changed.filter((item) => item.moved)) {
      io.stdout(`  ~ ${line(change.session, zone)} → ${line({ title: change.talk.title, room: change.talk.room, scheduledStart: change.talk.start }, zone)}\n`);
    }
    for (const session of plan.cancelled) io.stdout(`  ! cancelled, notes kept: ${line(session, zone)}\n`);
    for (const session of plan.removed) io.stdout(`  - ${line(session, zone)}\n`);
    for (const warning of schedule.warnings) io.stdout(`  ! ${warning}\n`);
    if (options.dryRun) return 0;

    const writes = scheduleWrites(plan);
    if (writes.conference) await store.write({ kind: 'conference', conference: writes.conference });
    // Each session file pairs the metadata with the document it already has: notes are written back unchanged.
    await mapConcurrent(writes.sessions, 16, (session) => store.write({ kind: 'session', record: { session, document: stored.get(session.id)?.document ?? null } }));
    return 0;
  },
};
