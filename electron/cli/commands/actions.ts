import { stat } from 'node:fs/promises';
import path from 'node:path';
import { deriveActionItems, type ActionItemRow } from '../../../core/actions/derive';
import type { ArchiveProblem } from '../../../core/model/archiveRecord';
import type { Conference } from '../../../core/model/conference';
import type { SessionRecord } from '../../../core/model/session';
import { ArchiveStore } from '../../services/archive/archiveStore';
import type { CliCommand, CliIO } from '../cliCommand';

const usage = `Usage: plenary actions [--archive DIR] [--open] [--json]

Lists the action items of every session in the archive: check-list lines
("explicit") and follow-ups found in the notes' prose ("suggested"),
grouped by conference and session.

Options:
  --archive DIR   read this archive folder
  --open          only items not done yet
  --json          one JSON object for scripts: {"archive", "items", "problems"}
  -h, --help      show this help

Suggestions dismissed in the app are kept in the app only; they are listed here.`;

interface Options {
  archiveDir: string;
  open: boolean;
  json: boolean;
}

export interface ListedActionItem extends ActionItemRow {
  conferenceName: string;
  sessionTitle: string;
}

function parseArgs(args: readonly string[], io: CliIO): Options | string {
  const options: Options = { archiveDir: io.defaultArchiveDir, open: false, json: false };
  const rest = [...args];
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--open') options.open = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--archive' || arg.startsWith('--archive=')) {
      const value = arg === '--archive' ? rest.shift() : arg.slice('--archive='.length);
      if (!value) return '--archive needs a folder';
      options.archiveDir = path.resolve(value);
    } else return `unknown argument ${arg}`;
  }
  return options;
}

function sessionStart(record: SessionRecord): number {
  const { session, document } = record;
  return session.actualStart ?? session.scheduledStart ?? document?.updatedAt ?? session.updatedAt;
}

/** Every action item of the archive, ordered by conference start, session start, then line. */
export async function listArchiveActionItems(archiveDir: string): Promise<{ items: ListedActionItem[]; problems: ArchiveProblem[] }> {
  const { records, problems } = await new ArchiveStore(archiveDir).readAll();
  const conferences = new Map<string, Conference>();
  const sessions: SessionRecord[] = [];
  for (const record of records) {
    if (record.kind === 'conference' && !record.conference.deleted) conferences.set(record.conference.id, record.conference);
    if (record.kind === 'session' && !record.record.session.deleted && record.record.document) sessions.push(record.record);
  }
  const conferenceOrder = (id: string) => conferences.get(id)?.startDate ?? '9999';
  sessions.sort(
    (a, b) =>
      conferenceOrder(a.session.conferenceId).localeCompare(conferenceOrder(b.session.conferenceId)) ||
      a.session.conferenceId.localeCompare(b.session.conferenceId) ||
      sessionStart(a) - sessionStart(b) ||
      a.session.title.localeCompare(b.session.title),
  );
  const items: ListedActionItem[] = [];
  for (const record of sessions) {
    const { session, document } = record;
    if (!document) continue;
    const conference = conferences.get(session.conferenceId);
    const rows = deriveActionItems(session.id, session.conferenceId, document.content, {
      timeZone: conference?.timeZone ?? 'UTC',
      referenceTime: sessionStart(record),
      tags: [...session.tags, ...(conference?.tags ?? [])],
    });
    for (const row of rows) {
      items.push({ ...row, conferenceName: conference?.name ?? 'Unknown conference', sessionTitle: session.title });
    }
  }
  return { items, problems };
}

function itemLine(item: ActionItemRow): string {
  const box = item.source === 'suggested' ? '[?]' : item.done ? '[x]' : '[ ]';
  const details = [
    item.source === 'suggested' ? 'suggested' : 'explicit',
    ...(item.owner !== 'me' ? [`owner ${item.owner}`] : []),
    ...(item.due ? [`due ${item.due}`] : []),
  ];
  return `    ${box} ${item.text}  (${details.join(', ')})`;
}

function asText(items: readonly ListedActionItem[]): string {
  const lines: string[] = [];
  let conference: string | null = null;
  let session: string | null = null;
  for (const item of items) {
    if (item.conferenceId !== conference) {
      if (conference !== null) lines.push('');
      lines.push(item.conferenceName);
      conference = item.conferenceId;
      session = null;
    }
    if (item.sessionId !== session) {
      lines.push(`  ${item.sessionTitle}`);
      session = item.sessionId;
    }
    lines.push(itemLine(item));
  }
  const explicit = items.filter((item) => item.source === 'explicit');
  const open = explicit.filter((item) => !item.done).length;
  lines.push('', `${explicit.length} explicit (${open} open), ${items.length - explicit.length} suggested. [?] marks a suggestion found in the notes.`);
  return `${lines.join('\n')}\n`;
}

export const command: CliCommand = {
  name: 'actions',
  summary: 'List action items (explicit and suggested) across the archive',
  usage,
  async run(args, io) {
    const options = parseArgs(args, io);
    if (typeof options === 'string') {
      io.stderr(`plenary actions: ${options}\n\n${usage}\n`);
      return 2;
    }
    try {
      if (!(await stat(options.archiveDir)).isDirectory()) throw new Error('not a folder');
    } catch {
      io.stderr(`plenary actions: there is no archive folder at ${options.archiveDir}\n`);
      return 1;
    }
    const { items, problems } = await listArchiveActionItems(options.archiveDir);
    const shown = options.open ? items.filter((item) => !item.done) : items;
    for (const problem of problems) io.stderr(`plenary actions: skipped ${problem.file}: ${problem.message}\n`);
    if (options.json) {
      io.stdout(`${JSON.stringify({ archive: options.archiveDir, items: shown, problems }, null, 2)}\n`);
    } else if (shown.length === 0) {
      io.stdout(options.open ? 'No open action items.\n' : 'No action items.\n');
    } else {
      io.stdout(asText(shown));
    }
    return 0;
  },
};
