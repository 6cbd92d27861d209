import { parseTimePrefix, type ClockTime } from './clockTimes';
import { markExplicitItems } from './explicitItems';

/** Marks where a stamp goes: `STAMP_OPEN <index> STAMP_CLOSE` at the end of the line that carried the time. */
export const STAMP_OPEN = '\uE000';
export const STAMP_CLOSE = '\uE001';
/** Put before a line that must stay literal text ("# aside", "+ pro"): no markdown block rule matches it. */
export const LITERAL = '\uE002';
const PRIVATE_MARKS = /[\uE000-\uE002]/g;

export interface NoteLinesOptions {
  format: 'markdown' | 'text';
  /** Places a hand-written time; null when the date or zone is unknown (the time then stays in the text). */
  resolve: (time: ClockTime) => number | null;
  /** A stamp for the first block (the wall-clock header or entry time that opened the section). */
  firstStamp?: number | null;
}

export interface NoteLines {
  /** Markdown with stamp marks; see buildDocument. */
  markdown: string;
  /** Stamps by mark index. */
  stamps: number[];
}

const SETEXT = /^\s*([=~-])\1{2,}\s*$/;
const BULLET_GLYPH = /^(\s*)[•·▪◦‣●]\s*/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/;
const ATX = /^#{1,6}\s/;
const FENCE = /^\s*(`{3,}|~{3,})/;

function listMarker(line: string): string | null {
  const match = /^\s*([-*+])\s+/.exec(line);
  return match ? (match[1] ?? null) : null;
}

/**
 * Runs of text lines that use `+`: a pros/cons list ("+ pro", "- con"). Read
 * as markdown they would melt into one bullet list and the signs would be
 * lost, so they are kept as written, one line each.
 */
function prosAndConsRuns(lines: readonly string[]): Set<number> {
  const keep = new Set<number>();
  let start = 0;
  while (start < lines.length) {
    if (!listMarker(lines[start] ?? '')) {
      start++;
      continue;
    }
    let end = start;
    const markers = new Set<string>();
    while (end < lines.length && listMarker(lines[end] ?? '')) {
      markers.add(listMarker(lines[end] ?? '') ?? '');
      end++;
    }
    if (markers.has('+')) for (let i = start; i < end; i++) keep.add(i);
    start = end;
  }
  return keep;
}

/**
 * Turns the lines of one section into markdown for the editor: each line of a
 * text file is its own block (a note line), setext and `~~~` underlines become
 * headings, `•` bullets become list items, `#` lines in text files stay the
 * author's asides, and a time at the start of a line becomes that block's stamp.
 */
export function noteLines(lines: readonly string[], options: NoteLinesOptions): NoteLines {
  const out: string[] = [];
  const stamps: number[] = [];
  const text = options.format === 'text';
  const literalRuns = text ? prosAndConsRuns(lines) : new Set<number>();
  let pending: number | null = options.firstStamp ?? null;
  let inFence = false;
  let previousKind: 'blank' | 'list' | 'other' = 'blank';

  const push = (line: string, kind: 'list' | 'other') => {
    // In a text file every line is a block; keep list lines together so they make one list.
    if (text && out.length > 0 && previousKind !== 'blank' && !(kind === 'list' && previousKind === 'list')) out.push('');
    if (pending !== null) {
      line = `${line}${STAMP_OPEN}${stamps.length}${STAMP_CLOSE}`;
      stamps.push(pending);
      pending = null;
    }
    out.push(line);
    previousKind = kind;
  };

  for (let i = 0; i < lines.length; i++) {
    let line = (lines[i] ?? '').replace(PRIVATE_MARKS, '').replace(/\s+$/, '');
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || FENCE.test(line)) {
      out.push(line);
      previousKind = 'other';
      continue;
    }
    if (line.trim() === '') {
      if (previousKind !== 'blank') out.push('');
      previousKind = 'blank';
      continue;
    }
    // A setext underline turns the line above into a heading.
    const next = lines[i + 1] ?? '';
    const underline = SETEXT.exec(next);
    if (underline && !LIST_ITEM.test(line) && !ATX.test(line)) {
      const char = underline[1];
      const level = text ? (char === '=' ? 2 : 3) : char === '=' ? 1 : 2;
      push(`${'#'.repeat(level)} ${line.trim()}`, 'other');
      i++;
      continue;
    }
    // A glyph bullet ("\t•\titem") opening a list starts at the left edge; under another item it nests.
    line = line.replace(BULLET_GLYPH, (_match, indent: string) => `${previousKind === 'list' ? indent.replace(/\t/g, '    ') : ''}- `);

    const marker = LIST_ITEM.exec(line);
    const isListLine = marker !== null && !literalRuns.has(i);
    const head = isListLine ? marker[0] : '';
    let body = line.slice(head.length);
    const prefix = parseTimePrefix(body.trimStart());
    if (prefix) {
      const stamp = options.resolve(prefix.time);
      if (stamp !== null) {
        body = prefix.rest;
        if (body.trim() === '' && !isListLine) {
          // A time on a line of its own stamps the next block.
          pending = stamp;
          continue;
        }
        pending = stamp;
      }
    }
    if (isListLine) {
      push(head + body, 'list');
    } else if (literalRuns.has(i) || (text && ATX.test(body))) {
      push(LITERAL + body, 'other');
    } else {
      push(body, 'other');
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { markdown: markExplicitItems(out).join('\n'), stamps };
}
