import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  exportActionModes,
  exportLayouts,
  exportOptionsSchema,
  exportPresets,
  exportStampModes,
  type ExportOptions,
} from '../../../core/export/options';
import { conflictResolutions, type ConflictResolution } from '../../../core/export/outcomes';
import { ArchiveStore } from '../../services/archive/archiveStore';
import { loadExportInput, planArchiveExport, writeArchiveExport } from '../../services/export/exportArchive';
import type { CliCommand, CliIO } from '../cliCommand';

const usage = `Usage: plenary export --out DIR --preset hugo|jekyll|plain --layout session|day|conference|liveblog
                      [--archive DIR] [--conference NAME] [--stamps MODE] [--actions open|all|none]
                      [--draft] [--include-empty] [--jekyll-layout NAME]
                      [--on-conflict overwrite|keep|beside] [--dry-run]

Writes the archive's notes as markdown posts with YAML front matter into DIR,
the same way File → Export… does.

Options:
  --out DIR            the export folder (a Hugo or Jekyll site's root, or any folder)
  --preset P           hugo: content/posts/<slug>.md; jekyll: _posts/YYYY-MM-DD-<slug>.md; plain: YYYY-MM-DD-<slug>.md
  --layout L           session: a post per session; day: a post per conference day;
                       conference: one post per conference; liveblog: a post per day, newest entry first
  --archive DIR        read this archive folder
  --conference NAME    only this conference (its name or id)
  --stamps MODE        none (default), clock (13:55), bold (**13:55**), elapsed ([+04:10]), line
  --actions MODE       action-items section: open (default), all, none
  --draft              mark posts as drafts
  --include-empty      also write sessions nobody wrote in (they are skipped and listed otherwise)
  --jekyll-layout NAME the layout Jekyll posts name (default: post, as on a jekyll new site; "" for none)
  --on-conflict R      for posts changed outside Plenary since its last export:
                       overwrite, keep (leave the file), beside (write <name>-<id>.md next to it);
                       without it they are listed and left alone, and the exit code is 1
  --dry-run            only say what would be written
  -h, --help           show this help`;

interface Parsed {
  archiveDir: string;
  out: string;
  conference?: string;
  onConflict?: ConflictResolution;
  dryRun: boolean;
  options: Record<string, unknown>;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | string {
  if (value === undefined) return `${flag} needs a value (${allowed.join(', ')})`;
  return (allowed as readonly string[]).includes(value) ? (value as T) : `${flag} must be one of ${allowed.join(', ')}, not "${value}"`;
}

function parseArgs(args: readonly string[], io: CliIO): Parsed | string {
  const parsed: Parsed = { archiveDir: io.defaultArchiveDir, out: '', dryRun: false, options: {} };
  const rest = [...args];
  while (rest.length > 0) {
    const raw = rest.shift() as string;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const take = (): string | undefined => (eq > 0 ? raw.slice(eq + 1) : rest.shift());
    let problem: string | undefined;
    switch (flag) {
      case '--archive': {
        const value = take();
        if (!value) return '--archive needs a folder';
        parsed.archiveDir = path.resolve(value);
        break;
      }
      case '--out': {
        const value = take();
        if (!value) return '--out needs a folder';
        parsed.out = path.resolve(value);
        break;
      }
      case '--conference': {
        const value = take();
        if (!value) return '--conference needs a name';
        parsed.conference = value;
        break;
      }
      case '--preset':
      case '--layout':
      case '--stamps':
      case '--actions': {
        const allowed = { '--preset': exportPresets, '--layout': exportLayouts, '--stamps': exportStampModes, '--actions': exportActionModes }[flag];
        const value = oneOf(take(), allowed, flag);
        if (!(allowed as readonly string[]).includes(value)) problem = value;
        else parsed.options[flag.slice(2)] = value;
        break;
      }
      case '--on-conflict': {
        const value = oneOf(take(), conflictResolutions, flag);
        if (!(conflictResolutions as readonly string[]).includes(value)) problem = value;
        else parsed.onConflict = value as ConflictResolution;
        break;
      }
      case '--draft':
        parsed.options['draft'] = true;
        break;
      case '--dry-run':
        parsed.dryRun = true;
        break;
      case '--include-empty':
        parsed.options['includeEmpty'] = true;
        break;
      case '--jekyll-layout': {
        const value = take();
        if (value === undefined) return '--jekyll-layout needs a layout name (post, or "" for none)';
        if (!/^[A-Za-z0-9_./-]*$/.test(value)) return `--jekyll-layout takes a file name in _layouts, like post, not "${value}"`;
        parsed.options['jekyllLayout'] = value;
        break;
      }
      default:
        return `unknown argument ${raw}`;
    }
    if (problem) return problem;
  }
  if (!parsed.out) return '--out is required';
  if (!parsed.options['preset']) return '--preset is required';
  if (!parsed.options['layout']) return '--layout is required';
  return parsed;
}

async function isFolder(dir: string): Promise<boolean> {
  return stat(dir).then((info) => info.isDirectory(), () => false);
}

export const command: CliCommand = {
  name: 'export',
  summary: 'Write posts for Hugo, Jekyll or plain markdown from the archive',
  usage,
  async run(args, io) {
    const parsed = parseArgs(args, io);
    if (typeof parsed === 'string') {
      io.stderr(`plenary export: ${parsed}\n\n${usage}\n`);
      return 2;
    }
    if (!(await isFolder(parsed.archiveDir))) {
      io.stderr(`plenary export: there is no archive folder at ${parsed.archiveDir}\n`);
      return 1;
    }
    const store = new ArchiveStore(parsed.archiveDir);
    if (parsed.conference !== undefined) {
      const wanted = parsed.conference.trim().toLowerCase();
      const { input } = await loadExportInput(store);
      const live = input.conferences.filter((c) => !c.deleted);
      const match = live.filter((c) => c.id === parsed.conference || c.name.trim().toLowerCase() === wanted);
      if (match.length !== 1) {
        const names = live.map((c) => `  ${c.name} (${c.id})`).join('\n') || '  (none)';
        const why = match.length === 0 ? `no conference is named "${parsed.conference}"` : `several conferences are named "${parsed.conference}"; use its id`;
        io.stderr(`plenary export: ${why}. Conferences in the archive:\n${names}\n`);
        return 2;
      }
      parsed.options['scope'] = { kind: 'conference', conferenceId: match[0]?.id };
    }
    const options: ExportOptions = exportOptionsSchema.parse(parsed.options);
    const listSkipped = (skipped: readonly { title: string; day: string }[]) => {
      for (const session of skipped) io.stdout(`empty     ${session.title} (${session.day}): nothing written in it, not exported\n`);
      if (skipped.length > 0) io.stdout('Run again with --include-empty to export the empty sessions too.\n');
    };

    if (parsed.dryRun) {
      const plan = await planArchiveExport(store, parsed.out, options);
      for (const problem of plan.problems) io.stderr(`plenary export: skipped ${problem.file}: ${problem.message}\n`);
      for (const file of plan.files) io.stdout(`${file.state.padEnd(9)} ${file.path}${file.reason ? `  (${file.reason})` : ''}\n`);
      listSkipped(plan.skipped);
      io.stdout(`${plan.files.length} file(s), posts and their images, would go to ${plan.folder}; nothing was written.\n`);
      return 0;
    }

    const result = await writeArchiveExport(store, parsed.out, options, parsed.onConflict ? { defaultResolution: parsed.onConflict } : {});
    for (const problem of result.problems) io.stderr(`plenary export: skipped ${problem.file}: ${problem.message}\n`);
    for (const file of result.files) {
      if (file.outcome === 'conflict') io.stderr(`conflict  ${file.path}: changed outside Plenary since the last export; left as it is\n`);
      else if (file.outcome === 'skipped') io.stderr(`skipped   ${file.path}: ${file.reason ?? ''}\n`);
      else if (file.outcome === 'written') io.stdout(`written   ${file.writtenPath ?? file.path}\n`);
    }
    listSkipped(result.skipped);
    const { written, unchanged, conflict, skipped } = result.summary;
    io.stdout(`Exported to ${result.folder}: ${written} written, ${unchanged} unchanged, ${conflict} conflict(s), ${skipped} skipped.\n`);
    if (conflict > 0) io.stderr('Run again with --on-conflict overwrite, keep or beside to settle the conflicts.\n');
    return conflict > 0 ? 1 : 0;
  },
};
