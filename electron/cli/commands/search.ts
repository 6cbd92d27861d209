import path from 'node:path';
import type { Conference } from '../../../core/model/conference';
import type { SessionRecord } from '../../../core/model/session';
import { ArchiveSearch, type SearchFilters, type SearchHit } from '../../../core/search/archiveSearch';
import { formatClock } from '../../../core/time/stamps';
import { ArchiveStore } from '../../services/archive/archiveStore';
import type { CliCommand, CliIO } from '../cliCommand';

const usage = `Usage: plenary search QUERY... [--archive DIR] [--json] [--conference NAME] [--year YYYY] [--speaker NAME] [--tag TAG] [--open] [--limit N]

Searches titles, speakers, tags and note text of every session in the
archive. Each result shows the conference, the session, the time the line
was written and the line with the matched words marked **like this**.

Options:
  --archive DIR        search this archive folder
  --json               one JSON object for scripts: {"archive", "query", "hits"}
  --conference NAME    only this conference (name or id)
  --year YYYY          only conferences of this year
  --speaker NAME       only sessions by this speaker
  --tag TAG            only sessions with this tag
  --open               only sessions with open action items
  --limit N            at most N results (default 20)
  -h, --help           show this help`;

interface Options {
  query: string;
  archiveDir: string;
  json: boolean;
  conference: string | null;
  filters: SearchFilters;
  limit: number;
}

function parseArgs(args: readonly string[], io: CliIO): Options | string {
  const options: Options = { query: '', archiveDir: io.defaultArchiveDir, json: false, conference: null, filters: {}, limit: 20 };
  const words: string[] = [];
  const rest = [...args];
  const value = (arg: string, name: string): string | undefined => (arg === name ? rest.shift() : arg.slice(name.length + 1));
  const named = (arg: string, name: string) => arg === name || arg.startsWith(`${name}=`);
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '--') words.push(...rest.splice(0));
    else if (arg === '--json') options.json = true;
    else if (arg === '--open') options.filters.hasOpenActions = true;
    else if (named(arg, '--archive')) {
      const dir = value(arg, '--archive');
      if (!dir) return '--archive needs a folder';
      options.archiveDir = path.resolve(dir);
    } else if (named(arg, '--conference')) {
      options.conference = value(arg, '--conference')?.trim() || null;
      if (!options.conference) return '--conference needs a name';
    } else if (named(arg, '--year')) {
      const year = Number(value(arg, '--year'));
      if (!Number.isInteger(year) || year < 1900 || year > 3000) return '--year needs a year like 2013';
      options.filters.year = year;
    } else if (named(arg, '--speaker')) {
      const speaker = value(arg, '--speaker')?.trim();
      if (!speaker) return '--speaker needs a name';
      options.filters.speaker = speaker;
    } else if (named(arg, '--tag')) {
      const tag = value(arg, '--tag')?.trim();
      if (!tag) return '--tag needs a tag';
      options.filters.tag = tag;
    } else if (named(arg, '--limit')) {
      const limit = Number(value(arg, '--limit'));
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return '--limit needs a number from 1 to 1000';
      options.limit = limit;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else words.push(arg);
  }
  options.query = words.join(' ').trim();
  if (!options.query) return 'give something to search for';
  return options;
}

function marked(hit: SearchHit): string {
  const { text, highlights } = hit.snippet;
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${text.slice(at, start)}**${text.slice(start, end)}**`;
    at = end;
  }
  return out + text.slice(at);
}

export const command: CliCommand = {
  name: 'search',
  summary: 'search every session of the archive',
  usage,
  async run(args, io) {
    const options = parseArgs(args, io);
    if (typeof options === 'string') {
      io.stderr(`plenary search: ${options}\n\n${usage}\n`);
      return 2;
    }
    const { records, problems } = await new ArchiveStore(options.archiveDir).readAll();
    const conferences: Conference[] = [];
    const sessions: SessionRecord[] = [];
    for (const record of records) {
      if (record.kind === 'conference' && !record.conference.deleted) conferences.push(record.conference);
      if (record.kind === 'session') sessions.push(record.record);
    }
    if (options.conference) {
      const wanted = options.conference.toLowerCase();
      const conference = conferences.find((candidate) => candidate.id === options.conference || candidate.name.toLowerCase() === wanted);
      if (!conference) {
        io.stderr(`plenary search: no conference named “${options.conference}” in ${options.archiveDir}\n`);
        return 1;
      }
      options.filters.conferenceId = conference.id;
    }
    const zones = new Map(conferences.map((conference) => [conference.id, conference.timeZone]));
    const hits = ArchiveSearch.fromRecords(sessions, conferences).search(options.query, options.filters, options.limit);

    if (options.json) {
      io.stdout(`${JSON.stringify({ archive: options.archiveDir, query: options.query, hits, problems }, null, 2)}\n`);
      return 0;
    }
    for (const problem of problems) io.stderr(`warning: ${problem.file}: ${problem.message}\n`);
    if (hits.length === 0) {
      io.stdout(`No results for “${options.query}”.\n`);
      return 0;
    }
    for (const hit of hits) {
      const clock = hit.stamp !== null ? ` · ${formatClock(hit.stamp, zones.get(hit.conferenceId) ?? 'UTC', '24h', { locale: 'en-GB' })}` : '';
      const where = hit.kind === 'line' ? `line ${(hit.blockIndex ?? 0) + 1}${clock}` : 'session';
      io.stdout(`${hit.conferenceName || '(no conference)'} › ${hit.sessionTitle} · ${where}\n    ${marked(hit)}\n`);
    }
    return 0;
  },
};
