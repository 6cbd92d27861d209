import path from 'node:path';
import { ImportError } from '../../../core/import/errors';
import { isMarkdownFileName, planImport } from '../../../core/import/plan';
import { recordsForImport, type ImportRecords } from '../../../core/import/records';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { attachNotesToPlanned } from '../../../core/schedule/matchNotes';
import type { ImportPlan } from '../../../core/import/types';
import { UserFacingError } from '../../../core/ipc/result';
import { dayKey } from '../../../core/time/stamps';
import { ArchiveStore } from '../../services/archive/archiveStore';
import { AssetStore } from '../../services/assets/assetStore';
import { importImages } from '../../services/import/importImages';
import { mapConcurrent } from '../../services/archive/mapConcurrent';
import { readImportFile } from '../../services/import/readImportFile';
import type { CliCommand, CliIO } from '../cliCommand';
import { optionValue, readPlaceOption } from '../placeOptions';
import { ImportTargets } from './importTargets';

const usage = `Usage: plenary import FILE... [--archive DIR] [--conference NAME] [--tz ZONE] [--date YYYY-MM-DD] [--dry-run]

Imports markdown and text notes into the archive. A file becomes one session,
or several when it holds several talks (a wall-clock header per talk, a ##
per talk, time-prefixed live-blog entries). Hand-written times become stamps.
Page debris (share buttons, comment forms, blog chrome) is left out and listed.
Sessions already imported from the same text are skipped.

Options:
  --archive DIR        write into this archive folder
  --conference NAME    put the sessions in this conference (created if new);
                       without it, the name comes from the file
  --tz ZONE            IANA time zone the notes' times were written in
                       (default: the conference's, or one found in the file)
  --date YYYY-MM-DD    the day of times written without a date
  --dry-run            show what would be imported; write nothing
  -h, --help           show this help

A file that cannot be read is reported and nothing from it is imported.`;

interface Options {
  files: string[];
  archiveDir: string;
  conference: string | null;
  timeZone: string | null;
  date: string | null;
  dryRun: boolean;
}

function parseArgs(args: readonly string[], io: CliIO): Options | string {
  const options: Options = { files: [], archiveDir: io.defaultArchiveDir, conference: null, timeZone: null, date: null, dryRun: false };
  const rest = [...args];
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    const place = readPlaceOption(arg, rest, options);
    if (typeof place === 'string') return place;
    if (place) continue;
    if (arg === '--') {
      options.files.push(...rest.splice(0));
    } else if (arg === '--dry-run') {
      options.dryRun = true;
    } else if (arg === '--date' || arg.startsWith('--date=')) {
      const day = optionValue(arg, '--date', rest);
      if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '--date needs a day like 2013-03-15';
      options.date = day;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) return 'give at least one file to import';
  return options;
}

/** A write the archive turned down (another program wrote that record in between) fails the import loudly rather than quietly. */
async function writeOrFail(store: ArchiveStore, record: ArchiveRecord): Promise<void> {
  const outcome = await store.write(record);
  if (!outcome.written && outcome.conflict) {
    throw new UserFacingError('archive-conflict', `Another program changed the same record at the same moment; this import's version was kept in ${outcome.conflict.file}. Run the import again.`);
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const command: CliCommand = {
  name: 'import',
  summary: 'import markdown and text notes as sessions',
  usage,
  async run(args, io) {
    const options = parseArgs(args, io);
    if (typeof options === 'string') {
      io.stderr(`plenary import: ${options}\n\n${usage}\n`);
      return 2;
    }
    const store = new ArchiveStore(options.archiveDir);
    const targets = new ImportTargets(store);
    await targets.refresh();
    const { byName, knownHashes } = targets;

    let failed = 0;
    for (const file of options.files) {
      const name = path.basename(file);
      let plan: ImportPlan;
      try {
        const read = await readImportFile(file);
        const chosen = options.conference ? byName.get(options.conference.toLowerCase()) : undefined;
        // Images beside the notes go to the archive's assets folder (checked but not written on a dry run).
        const images = isMarkdownFileName(read.name)
          ? await importImages(read.text, path.resolve(file), options.dryRun ? null : new AssetStore(options.archiveDir))
          : { assets: new Map<string, string>(), warnings: [] };
        plan = await planImport(read.text, read.name, {
          imageAsset: (src) => images.assets.get(src) ?? null,
          ...(options.conference ? { conferenceName: chosen?.name ?? options.conference } : {}),
          ...(options.date ? { date: options.date } : {}),
          ...(options.timeZone ? { timeZone: options.timeZone } : chosen ? { timeZone: chosen.timeZone } : {}),
          ...(chosen ? { defaultDate: chosen.startDate } : {}),
        });
        if (read.warning) plan.warnings.unshift(read.warning);
        plan.warnings.push(...images.warnings);
      } catch (error) {
        if (!(error instanceof UserFacingError || error instanceof ImportError)) throw error;
        io.stderr(`${error.message}\n`);
        failed++;
        continue;
      }

      // Parsing happened above, outside the lock; choosing the conference and the sessions to create and writing them
      // happen under it, on a fresh view of the archive, so two imports at once create each source and each name once.
      const recordsNow = (): ImportRecords => {
        const existing = byName.get(plan.conference.name.toLowerCase()) ?? null;
        return recordsForImport(plan, { existing, knownHashes, today: dayKey(Date.now(), plan.conference.timeZone) });
      };
      // Notes taken in a planned talk of the conference's schedule go into that talk (by time and title).
      const intoPlannedTalks = (chosen: ImportRecords) => {
        const creating = plan.sessions.filter((session) => !chosen.duplicates.includes(session));
        const dates = new Map(chosen.sessions.map((record, index) => [record, creating[index]?.date ?? null]));
        return attachNotesToPlanned(chosen.sessions, targets.plannedIn(chosen.conference.id), chosen.conference.timeZone, dates);
      };
      const stored = options.dryRun
        ? (() => {
            const chosen = recordsNow();
            return { ...chosen, attached: intoPlannedTalks(chosen) };
          })()
        : await store.exclusive(async () => {
            await targets.refresh();
            const chosen = recordsNow();
            const attached = intoPlannedTalks(chosen);
            if (chosen.conferenceIsNew || chosen.conferenceChanged) await writeOrFail(store, { kind: 'conference', conference: chosen.conference });
            targets.take({ kind: 'conference', conference: chosen.conference });
            // Each write is atomic and flushed to disk; overlapping them keeps a large import quick.
            await mapConcurrent(attached.records, 16, (record) => writeOrFail(store, { kind: 'session', record }));
            for (const record of attached.records) targets.take({ kind: 'session', record });
            return { ...chosen, attached };
          });
      const { conference, duplicates, attached } = stored;
      const isNew = stored.conferenceIsNew;
      const create = plan.sessions.filter((session) => !duplicates.includes(session));
      if (options.dryRun) {
        byName.set(conference.name.toLowerCase(), conference);
        // A dry run remembers what it would have written, so a second file of the same run is judged as after a real import.
        for (const record of attached.records) targets.take({ kind: 'session', record });
        for (const session of create) knownHashes.add(session.sourceHash);
      }

      const verb = options.dryRun ? 'would import' : 'imported';
      const skipped = duplicates.length ? `, ${plural(duplicates.length, 'session')} already in the archive skipped` : '';
      const scheduled = attached.matched ? `, ${plural(attached.matched, 'session')} matched to talks of its schedule` : '';
      io.stdout(`${name}: ${verb} ${plural(create.length, 'session')} into “${conference.name}”${isNew ? ' (new conference)' : ''}${skipped}${scheduled}\n`);
      for (const session of create) {
        io.stdout(`  + ${session.title}${session.speakers.length ? ` — ${session.speakers.join(', ')}` : ''}${session.stamps.length ? ` (${plural(session.stamps.length, 'stamp')})` : ''}\n`);
      }
      for (const piece of plan.leftOut) {
        const preview = piece.text.split('\n')[0]?.slice(0, 60) ?? '';
        io.stdout(`  - left out ${piece.reason}, line${piece.toLine > piece.fromLine ? `s ${piece.fromLine}–${piece.toLine}` : ` ${piece.fromLine}`}: ${preview}\n`);
      }
      for (const warning of plan.warnings) io.stdout(`  ! ${warning}\n`);
    }
    return failed > 0 ? 1 : 0;
  },
};
