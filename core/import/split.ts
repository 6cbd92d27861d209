import { parseTimePrefix, parseWallClockHeader, type WallClockHeader } from './clockTimes';

/** One talk's lines in the file (0-based, inclusive), and what opened it. */
export interface Section {
  from: number;
  to: number;
  cue: 'whole' | 'wall-clock' | 'heading' | 'entry' | 'sign-off';
  /** The wall-clock header that opened the section, if any. */
  header: WallClockHeader | null;
  /** A title given by the file itself (a heading, a short line after a sign-off). */
  title: string | null;
  /** Lines that only carried the cue (header, underline, heading) and are not notes. */
  cueLines: number[];
}

export interface Split {
  /** Lines before the first section, if any. */
  intro: { from: number; to: number } | null;
  sections: Section[];
}

const UNDERLINE = /^\s*([=~-])\1{2,}\s*$/;
const ATX = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;
// Headings that divide one talk's notes rather than separate talks.
const PART_HEADINGS = /^(?:summary|notes?|q\s*&\s*a|questions|takeaways?|links|actions?|to ?do|intro(?:duction)?|conclusions?|outline|references|resources|pros|cons|slides|video|status|title|description|abstract|audience|duration|additional notes)\b/i;

function blank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function sectionsFrom(starts: Array<{ at: number; body: number; header?: WallClockHeader | null; title?: string | null; cueLines: number[] }>, end: number, cue: Section['cue']): Section[] {
  return starts.map((start, index) => ({
    from: start.body,
    to: (starts[index + 1]?.at ?? end + 1) - 1,
    cue,
    header: start.header ?? null,
    title: start.title ?? null,
    cueLines: start.cueLines,
  }));
}

function byWallClock(lines: readonly string[], start: number, skip: ReadonlySet<number>): Section[] {
  const starts: Array<{ at: number; body: number; header: WallClockHeader; cueLines: number[] }> = [];
  for (let i = start; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const header = parseWallClockHeader(lines[i] ?? '');
    if (!header) continue;
    const underlined = UNDERLINE.test(lines[i + 1] ?? '');
    starts.push({ at: i, body: underlined ? i + 2 : i + 1, header, cueLines: underlined ? [i, i + 1] : [i] });
  }
  return sectionsFrom(starts, lines.length - 1, 'wall-clock');
}

function wordCount(lines: readonly string[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i <= to; i++) count += (lines[i] ?? '').split(/\s+/).filter(Boolean).length;
  return count;
}

/** `##` per talk in a day post: the top heading level, when it is used at least twice for substantial, talk-like sections. */
function byHeading(lines: readonly string[], start: number, skip: ReadonlySet<number>): Section[] {
  const headings: Array<{ at: number; level: number; text: string }> = [];
  let inFence = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || skip.has(i)) continue;
    const match = ATX.exec(line);
    if (match?.[1] && match[2]) headings.push({ at: i, level: match[1].length, text: match[2] });
  }
  // A form ("# Title" followed by the title) is one document, never several talks.
  if (headings.some((heading) => /^title$/i.test(heading.text))) return [];
  const ones = headings.filter((heading) => heading.level === 1);
  const firstTwo = headings.find((heading) => heading.level === 2);
  let level = Math.min(...headings.map((heading) => heading.level));
  // A single `#` above the `##` sections is the post's own title.
  if (ones.length === 1 && firstTwo && ones[0] && ones[0].at < firstTwo.at) level = 2;
  const top = headings.filter((heading) => heading.level === level);
  if (top.length < 2 || top.some((heading) => PART_HEADINGS.test(heading.text))) return [];
  const sections = sectionsFrom(
    top.map((heading) => ({ at: heading.at, body: heading.at + 1, title: heading.text.replace(/[*_`]/g, ''), cueLines: [heading.at] })),
    lines.length - 1,
    'heading',
  );
  return sections.every((section) => wordCount(lines, section.from, section.to) >= 30) ? sections : [];
}

/** Live-blog entries: paragraphs that open with a time ("1743: Lightning talks."), far apart or newest first. */
function byEntries(lines: readonly string[], start: number, skip: ReadonlySet<number>): Section[] {
  const starts: Array<{ at: number; body: number; minutes: number; cueLines: number[] }> = [];
  for (let i = start; i < lines.length; i++) {
    if (skip.has(i) || !blank(lines[i - 1]) && i > start) continue;
    const prefix = parseTimePrefix((lines[i] ?? '').trim());
    if (!prefix || prefix.rest.trim() === '') continue;
    starts.push({ at: i, body: i, minutes: prefix.time.hour * 60 + prefix.time.minute, cueLines: [] });
  }
  if (starts.length < 2) return [];
  const gaps = starts.slice(1).map((entry, index) => entry.minutes - (starts[index]?.minutes ?? 0));
  const descending = gaps.filter((gap) => gap < 0).length >= gaps.length / 2;
  const sorted = gaps.map(Math.abs).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  // Entries of one talk come minutes apart; a live blog's talks come half an hour or more apart, or newest first.
  if (!descending && (starts.length < 3 || median < 20)) return [];
  return sectionsFrom(starts, lines.length - 1, 'entry');
}

/** Sections that each end with the same sign-off line (the sign-off lines are left out as debris). */
function bySignOff(lines: readonly string[], start: number, signOffs: readonly number[]): Section[] {
  if (signOffs.length < 2) return [];
  const sections: Section[] = [];
  let from = start;
  for (const at of [...signOffs, lines.length]) {
    const to = at - 1;
    if (wordCount(lines, from, to) > 0) sections.push({ from, to, cue: 'sign-off', header: null, title: null, cueLines: [] });
    from = at + 1;
  }
  return sections.length >= 2 ? sections : [];
}

/**
 * Decides whether a file holds several talks and where each begins. Cues are
 * tried from the most explicit to the least: wall-clock headers, `##`
 * headings in a post, time-prefixed live-blog entries, a sign-off repeated
 * per section. A file with none of them is one session.
 */
export function splitSections(
  lines: readonly string[],
  start: number,
  skip: ReadonlySet<number>,
  options: { format: 'markdown' | 'text'; signOffs: readonly number[] },
): Split {
  const candidates = [
    () => byWallClock(lines, start, skip),
    () => (options.format === 'markdown' ? byHeading(lines, start, skip) : []),
    () => byEntries(lines, start, skip),
    () => bySignOff(lines, start, options.signOffs),
  ];
  for (const candidate of candidates) {
    const sections = candidate();
    if (sections.length === 0) continue;
    const first = sections[0];
    const introEnd = Math.min(first?.from ?? start, ...(first?.cueLines ?? [])) - 1;
    return { intro: introEnd >= start ? { from: start, to: introEnd } : null, sections };
  }
  return { intro: null, sections: [{ from: start, to: lines.length - 1, cue: 'whole', header: null, title: null, cueLines: [] }] };
}
