import type { SessionKind } from '../model/session';
import { isValidTimeZone } from '../time/zones';
import {
  dayInZone,
  dayOfFrontMatterDate,
  parseDateLine,
  parseTimePrefix,
  parseWallClockHeader,
  resolveClockTime,
  zoneAbbreviations,
  type ClockTime,
} from './clockTimes';
import { findDebris } from './debris';
import { buildDocument } from './document';
import { ImportError } from './errors';
import { listField, readFrontMatter, stringField } from './frontMatter';
import { noteLines } from './noteLines';
import { normaliseSection, sourceHash } from './sourceHash';
import { splitSections, type Section } from './split';
import { conferenceFromFileName, conferenceFromTitle, kindFromText, looksLikeTitle, titleFromNotes } from './titles';
import type { ImportOptions, ImportPlan, LeftOutPiece, PlannedConference, PlannedSession } from './types';

const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd|mdx)$/i;

/** Whether a file is read as markdown (else as plain text) by its name. */
export function isMarkdownFileName(name: string): boolean {
  return MARKDOWN_NAME.test(name);
}

// Checking a zone builds an Intl formatter; a thousand files name the same few zones.
const knownZones = new Map<string, boolean>();
function validZone(zone: string): boolean {
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    valid = isValidTimeZone(zone);
    knownZones.set(zone, valid);
  }
  return valid;
}

/** The first lines of a file that name it: a title line and a date line ("Pycon 2014", "September 28, 2014"). */
interface Head {
  title: string | null;
  date: string | null;
  lines: Set<number>;
}

function readHead(lines: readonly string[], start: number, end: number, skip: ReadonlySet<number>): Head {
  const head: Head = { title: null, date: null, lines: new Set() };
  let seen = 0;
  for (let i = start; i <= end && seen < 4; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '' || skip.has(i)) continue;
    seen++;
    const date = parseDateLine(text);
    if (date && !head.date) {
      head.date = date;
      head.lines.add(i);
      continue;
    }
    if (head.title || !looksLikeTitle(text) || parseTimePrefix(text) || parseWallClockHeader(text)) break;
    if (/^[=~-]{3,}$/.test((lines[i + 1] ?? '').trim())) break;
    head.title = text;
    head.lines.add(i);
  }
  return head;
}

interface SectionBody {
  lines: string[];
  /** Line numbers (0-based) of `lines`, to hash the source text. */
  source: number[];
  title: string | null;
}

function sectionBody(lines: readonly string[], section: Section, omit: ReadonlySet<number>, takeTitleLine: boolean): SectionBody {
  const cue = new Set(section.cueLines);
  const body: SectionBody = { lines: [], source: [], title: null };
  for (let i = section.from; i <= section.to; i++) {
    if (omit.has(i) || cue.has(i)) continue;
    const line = lines[i] ?? '';
    if (takeTitleLine && body.title === null && body.lines.every((kept) => kept.trim() === '') && line.trim() !== '') {
      if (looksLikeTitle(line)) {
        body.title = line.trim();
        continue;
      }
      takeTitleLine = false;
    }
    body.lines.push(line);
    body.source.push(i);
  }
  return body;
}

/** The value after a `# Title` heading: the title of a form such as a talk proposal. */
function formTitle(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (!/^#{1,6}\s+title\s*$/i.test(lines[i] ?? '')) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const text = (lines[j] ?? '').trim();
      if (text !== '') return /^#/.test(text) ? null : text;
    }
  }
  return null;
}

function isProposal(lines: readonly string[]): boolean {
  const headings = lines.filter((line) => /^#{1,6}\s/.test(line)).map((line) => line.replace(/^#+\s+/, '').trim().toLowerCase());
  return headings.includes('title') && headings.some((heading) => /^(?:description|abstract|outline)/.test(heading));
}

function firstNonBlank(lines: readonly string[]): string {
  return lines.find((line) => line.trim() !== '') ?? '';
}

interface Built {
  session: PlannedSession;
  section: Section;
  unresolved: number;
  assumedZone: number;
}

/**
 * Reads one markdown or text file into an import plan: the sessions it holds,
 * with documents whose blocks carry the stamps written by hand, the page
 * debris left out, and warnings. Nothing is written: the caller shows the
 * plan and stores what the user keeps. Throws ImportError for a file that
 * cannot be read, so nothing from it is imported.
 */
export async function planImport(text: string, fileName: string, options: ImportOptions = {}): Promise<ImportPlan> {
  if (text.includes('\u0000')) throw new ImportError(fileName, 'it is not a text file');
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const format = MARKDOWN_NAME.test(fileName) ? 'markdown' : 'text';
  let frontMatter;
  try {
    frontMatter = readFrontMatter(lines);
  } catch (error) {
    throw new ImportError(fileName, error instanceof Error ? error.message : String(error), { cause: error });
  }
  const fm = frontMatter.data;
  const start = frontMatter.lineCount;
  if (lines.slice(start).every((line) => line.trim() === '')) throw new ImportError(fileName, 'it holds no notes');

  const body = lines.map((line, index) => (index < start ? '' : line));
  const debris = findDebris(body);
  const skip = new Set<number>();
  for (const range of debris) for (let i = range.from; i <= range.to; i++) skip.add(i);
  const signOffs = debris.filter((range) => range.reason === 'sign-off').map((range) => range.from);
  const split = splitSections(body, start, skip, { format, signOffs });
  const firstSection = split.sections[0];
  const headEnd = split.intro ? split.intro.to : Math.min(firstSection?.to ?? start, ...(firstSection?.cueLines ?? []).map((line) => line - 1));
  const head = readHead(body, start, headEnd, skip);
  const omit = new Set([...skip, ...head.lines]);
  const warnings: string[] = [];

  // Date and zone: the caller's word first, then the file's.
  const headers = split.sections.map((section) => section.header).filter((header) => header !== null);
  const fmDate = dayOfFrontMatterDate(fm.date);
  const date = options.date ?? fmDate ?? headers[0]?.date ?? head.date ?? options.defaultDate ?? null;
  const fmZone = stringField(fm, 'timezone', 'time_zone', 'timeZone', 'tz');
  let timeZone = 'UTC';
  let timeZoneAssumed = false;
  if (options.timeZone && validZone(options.timeZone)) {
    timeZone = options.timeZone;
  } else if (fmZone && validZone(fmZone)) {
    timeZone = fmZone;
  } else {
    const abbreviation = headers.find((header) => header.abbreviation)?.abbreviation;
    const suggested = abbreviation ? zoneAbbreviations[abbreviation]?.zone : undefined;
    if (abbreviation && suggested) {
      timeZone = suggested;
      warnings.push(`The time zone ${suggested} was taken from “${abbreviation}” in the notes; change it if the conference was elsewhere.`);
    } else {
      timeZoneAssumed = true;
    }
  }

  interface Counts {
    unresolved: number;
    assumedZone: number;
  }
  const resolverFor = (section: Section, counts: Counts) => {
    const header = section.header;
    const offset = header?.abbreviation ? zoneAbbreviations[header.abbreviation]?.offset : undefined;
    const day = header?.date ?? date;
    return (time: ClockTime): number | null => {
      if (!day) {
        counts.unresolved++;
        return null;
      }
      if (offset !== undefined) {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        return Date.UTC(y, m - 1, d, time.hour, time.minute, time.second) - offset * 60_000;
      }
      if (timeZoneAssumed) counts.assumedZone++;
      return resolveClockTime(day, time, timeZone);
    };
  };

  const fmTitle = stringField(fm, 'title');
  const fmTags = listField(fm, 'tags', 'categories', 'keywords');
  const fmSpeakers = listField(fm, 'speakers', 'speaker', 'presenter');
  const single = split.sections.length === 1;

  const build = async (section: Section, index: number, extra: { lines: string[]; source: number[] } | null): Promise<Built> => {
    const takeTitleLine = section.cue === 'sign-off' && index > 0;
    const parts = sectionBody(body, section, omit, takeTitleLine);
    const noteText = extra ? [...extra.lines, '', ...parts.lines] : parts.lines;
    const sourceLines = [...(extra?.source ?? []), ...parts.source].map((line) => body[line] ?? '');
    const header = section.header;
    const counts = { unresolved: 0, assumedZone: 0 };
    const resolve = resolverFor(section, counts);
    const firstStamp = header ? (header.instant ?? resolve(header.time)) : null;
    const built = buildDocument(noteLines(noteText, { format, resolve, firstStamp }), options.imageAsset);

    const firstLine = firstNonBlank(parts.lines);
    const entryLine = parseTimePrefix(firstLine.trim())?.rest ?? firstLine;
    let derived = titleFromNotes(entryLine);
    let title = section.title ?? parts.title;
    if (!title && single) title = fmTitle ?? formTitle(body) ?? head.title;
    if (!title && section.cue === 'sign-off' && index === 0) title = head.title;
    if (title) derived = { title, speakers: section.cue === 'wall-clock' || section.cue === 'entry' ? derived.speakers : [] };
    if (!derived.title) derived = { title: conferenceFromFileName(fileName).name, speakers: [] };
    const kind: SessionKind = single && format === 'markdown' && isProposal(body) ? 'proposal' : kindFromText(`${derived.title} ${entryLine.slice(0, 120)}`);
    const actualStart = built.stamps.length > 0 ? Math.min(...built.stamps) : null;
    const sessionDate = actualStart !== null ? (header?.abbreviation ? header.date : dayInZone(actualStart, timeZone)) : (header?.date ?? date);
    const fromLine = Math.min(section.from, ...section.cueLines) + 1;
    return {
      section,
      ...counts,
      session: {
        title: derived.title,
        speakers: single && fmSpeakers.length > 0 ? fmSpeakers : derived.speakers,
        tags: fmTags,
        kind,
        date: sessionDate ?? null,
        actualStart,
        document: built.document,
        markdown: built.markdown,
        sourceHash: sourceHash(normaliseSection(sourceLines)),
        fromLine,
        toLine: (parts.source.findLast((line) => (body[line] ?? '').trim() !== '') ?? section.to) + 1,
        stamps: built.stamps,
      },
    };
  };

  let built = await Promise.all(split.sections.map((section, index) => build(section, index, null)));
  if (built.every((entry) => entry.session.actualStart !== null)) {
    built = [...built].sort((a, b) => (a.session.actualStart ?? 0) - (b.session.actualStart ?? 0));
  }
  // Text before the first talk goes to the earliest session.
  if (split.intro && built[0]) {
    const intro = { lines: [] as string[], source: [] as number[] };
    for (let i = split.intro.from; i <= split.intro.to; i++) {
      if (omit.has(i)) continue;
      intro.lines.push(body[i] ?? '');
      intro.source.push(i);
    }
    if (intro.lines.some((line) => line.trim() !== '')) {
      const first = built[0];
      const index = split.sections.indexOf(first.section);
      built[0] = await build(first.section, index, intro);
      built[0].session.fromLine = split.intro.from + 1;
    }
  }
  const sessions = built.map((entry) => entry.session).filter((session) => session.markdown.trim() !== '' || session.title);
  if (sessions.length === 0) throw new ImportError(fileName, 'it holds no notes');

  const leftOut: LeftOutPiece[] = debris.map((range) => {
    const text = body
      .slice(range.from, range.to + 1)
      .filter((line) => line.trim() !== '')
      .join('\n');
    const owner = built.findIndex((entry) => entry.section.from <= range.from && range.from <= entry.section.to + 1);
    return { text, reason: range.reason, fromLine: range.from + 1, toLine: range.to + 1, sessionIndex: owner >= 0 ? owner : built.length - 1 };
  });

  const unresolved = built.reduce((sum, entry) => sum + entry.unresolved, 0);
  if (unresolved > 0) {
    warnings.push(`${unresolved} hand-written time${unresolved === 1 ? ' was' : 's were'} kept as text because the date is not known; give the conference date to turn them into stamps.`);
  }
  if (built.some((entry) => entry.assumedZone > 0)) {
    warnings.push('No time zone was given or found; times were read as UTC. Give the conference time zone to place them correctly.');
  }

  const days = sessions.map((session) => session.date).filter((day): day is string => day !== null);
  if (date) days.push(date);
  days.sort();
  const conference = planConference(fileName, options, fm, fmTitle, head.title);
  const plannedConference: PlannedConference = {
    ...conference,
    startDate: days[0] ?? null,
    endDate: days[days.length - 1] ?? null,
    timeZone,
    timeZoneAssumed,
    tags: [],
  };
  return { source: { name: fileName, format }, conference: plannedConference, sessions, leftOut, warnings };
}

function planConference(
  fileName: string,
  options: ImportOptions,
  fm: Record<string, unknown>,
  fmTitle: string | null,
  headTitle: string | null,
): Pick<PlannedConference, 'name' | 'nameFrom'> {
  if (options.conferenceName?.trim()) return { name: options.conferenceName.trim(), nameFrom: 'caller' };
  const fmConference = stringField(fm, 'conference', 'event');
  if (fmConference) return { name: fmConference, nameFrom: 'front matter' };
  const fromText = (fmTitle && conferenceFromTitle(fmTitle)) ?? (headTitle && conferenceFromTitle(headTitle));
  if (fromText) return { name: fromText, nameFrom: fmTitle && conferenceFromTitle(fmTitle) ? 'front matter' : 'text' };
  const fromFile = conferenceFromFileName(fileName);
  if (fromFile.hasYear) return { name: fromFile.name, nameFrom: 'file name' };
  if (fmTitle) return { name: fmTitle, nameFrom: 'front matter' };
  if (headTitle) return { name: headTitle, nameFrom: 'text' };
  return { name: fromFile.name, nameFrom: 'file name' };
}
