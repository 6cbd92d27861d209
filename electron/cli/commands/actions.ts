import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ActionItemRow } from '../../../core/actions/derive';
import { setArchiveActionDone } from './actionDone';
import { listArchiveActionItems, type ListedActionItem } from './archiveActionItems';
import type { CliCommand, CliIO } from '../cliCommand';

export { listArchiveActionItems, type ListedActionItem } from './archiveActionItems';

const usage = `Usage: plenary actions [--archive DIR] [--open] [--json]
       plenary actions done ID [--session SESSION] [--archive DIR] [--json]
       plenary actions undone ID [--session SESSION] [--archive DIR] [--json]

Lists the action items of every session in the archive: check-list lines
("explicit") and follow-ups found in the notes' prose ("suggested"),
grouped by conference and session. \`done ID\` ticks the item with that id
(from --json) in its session's notes; \`undone ID\` (or \`untick ID\`)
unticks it.

Options:
  --archive DIR      read this archive folder
  --open             only items not done yet
  --json             one JSON object for scripts: {"archive", "items", "problems"},
                     or, after done/undone, {"id", "done", "changed", "text", "sessionId"}
  --session SESSION  with done/undone: the session holding the item, when a
                     copied line put the same id in two sessions
  -h, --help         show this help

Suggestions dismissed in the app are kept in the app only; they are listed here.`;

interface Options {
  archiveDir: string;
  open: boolean;
  json: boolean;
  /** `done ID` / `undone ID`: tick or untick one item instead of listing. */
  tick: { id: string; done: boolean } | null;
  session: string | null;
}

const tickVerbs = new Map([['done', true], ['tick', true], ['undone', false], ['untick', false]]);

function parseArgs(args: readonly string[], io: CliIO): Options | string {
  const options: Options = { archiveDir: io.defaultArchiveDir, open: false, json: false, tick: null, session: null };
  const rest = [...args];
  const verb = rest[0] !== undefined ? tickVerbs.get(rest[0]) : undefined;
  if (verb !== undefined) {
    const name = rest.shift() as string;
    const id = rest.shift();
    if (!id || id.startsWith('-')) return `${name} needs the id of an action item (\`plenary actions --json\` lists them)`;
    options.tick = { id, done: verb };
  }
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--open' && !options.tick) options.open = true;
    else if (arg === '--json') options.json = true;
    else if (options.tick && (arg === '--session' || arg.startsWith('--session='))) {
      const value = arg === '--session' ? rest.shift() : arg.slice('--session='.length);
      if (!value) return '--session needs a session id';
      options.session = value;
    } else if (arg === '--archive' || arg.startsWith('--archive=')) {
      const value = arg === '--archive' ? rest.shift() : arg.slice('--archive='.length);
      if (!value) return '--archive needs a folder';
      options.archiveDir = path.resolve(value);
    } else return `unknown argument ${arg}`;
  }
  return options;
}

async function runTick(options: Options & { tick: { id: string; done: boolean } }, io: CliIO): Promise<number> {
  const outcome = await setArchiveActionDone(options.archiveDir, options.tick.id, options.tick.done, options.session);
  if (!outcome.ok) {
    io.stderr(`plenary actions: ${outcome.message}\n`);
    return 1;
  }
  const { item, changed, id } = outcome;
  if (options.json) {
    io.stdout(`${JSON.stringify({ id, done: options.tick.done, changed, text: item.text, sessionId: item.sessionId }, null, 2)}\n`);
  } else {
    const state = options.tick.done ? 'done' : 'not done';
    const what = `"${item.text}" (${item.sessionTitle})`;
    io.stdout(changed ? `Marked ${state}: ${what}${id !== options.tick.id ? `; its id is now ${id}` : ''}\n` : `Already ${state}: ${what}\n`);
  }
  return 0;
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
  summary: 'List action items (explicit and suggested) across the archive; tick one by id',
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
    if (options.tick) return runTick({ ...options, tick: options.tick }, io);
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
