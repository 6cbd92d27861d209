import type { LeftOutReason } from './types';

/** A run of lines (0-based, inclusive) that is page debris rather than notes. */
export interface DebrisRange {
  from: number;
  to: number;
  reason: LeftOutReason;
}

const SHARE_TARGET = /(?:Add to|Share (?:to|on)|Post to)\s?[A-Z]/g;
const SHARE_LINE = /^(?:Share this(?: post| article)?:?|Like this:?|Share|Tweet|Pin it|Loading\.\.\.|Like Loading\.\.\.|Email This\s*BlogThis!.*)$/i;

const BLOG_CHROME = [
  /^Posted by\s.{1,80}$/i,
  /^Labels?:\s.+$/,
  /^(?:(?:Newer Post|Older Post|Home)\s*){2,3}$/i,
  /^Subscribe to:\s*Post Comments/i,
  /^Post Comments \(Atom\)$/i,
  /^(?:No|\d+) comments?:?$/i,
  /^Reactions:/i,
  /^Powered by (?:Blogger|WordPress)\.?$/i,
  /^Related (?:posts|articles):?$/i,
];

const COMMENT_FORM_START = /^(?:Leave a (?:Reply|Comment)|Post a Comment|Add a comment|Fill in your details below.*)$/i;
const COMMENT_FORM_LINE = [
  COMMENT_FORM_START,
  /You are commenting using your/i,
  /Log Out\s*\/\s*Change\s*\)?/i,
  /^(?:Twitter|Facebook|Google|WordPress\.com) (?:picture|photo|account)$/i,
  /^Connecting to %s$/i,
  /This site uses Akismet/i,
  /^Notify me of (?:new|follow-up)/i,
  /^(?:Name|Email|Website|Comment)(?: \(required\))?\s*\*?$/i,
  /^(?:Post Comment|Cancel reply|Submit|Publish)$/i,
  /^Enter your comment here/i,
  /^Logo$/,
];

function isShareRow(line: string): boolean {
  const trimmed = line.trim();
  if (SHARE_LINE.test(trimmed)) return true;
  const targets = trimmed.match(SHARE_TARGET);
  // Three or more "Add to X" in a short space: a row of share buttons, not a sentence about them.
  return targets !== null && targets.length >= 3 && trimmed.length / targets.length < 30;
}

function isBlogChrome(line: string): boolean {
  const trimmed = line.trim();
  return BLOG_CHROME.some((pattern) => pattern.test(trimmed));
}

/** A line of two or more quotations separated by semicolons: a blog's tagline, above the post. */
function isTagline(line: string): boolean {
  const quotes = line.match(/["“][^"”]{3,}["”]/g);
  return quotes !== null && quotes.length >= 2 && (line.match(/;/g) ?? []).length >= quotes.length - 1;
}

/**
 * A short line standing as its own paragraph, written the same way at least
 * twice and closing the file: a sign-off repeated per section
 * ("Happy Learning!!!").
 */
export function findSignOffLines(lines: readonly string[], skip: ReadonlySet<number>): number[] {
  const standalone = new Map<string, number[]>();
  let lastText = -1;
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    lastText = i;
    const before = (lines[i - 1] ?? '').trim();
    const after = (lines[i + 1] ?? '').trim();
    if (before !== '' && i > 0) continue;
    if (after !== '' && !skip.has(i + 1)) continue;
    if (text.length > 40 || text.split(/\s+/).length < 2 || /^[#>*+\-•\d]/.test(text)) continue;
    const found = standalone.get(text) ?? [];
    found.push(i);
    standalone.set(text, found);
  }
  for (const indices of standalone.values()) {
    if (indices.length >= 2 && indices.includes(lastText)) return indices;
  }
  return [];
}

/** Finds page debris: share-button rows, comment forms, blog chrome, a repeated sign-off. */
export function findDebris(lines: readonly string[]): DebrisRange[] {
  const ranges: DebrisRange[] = [];
  const taken = new Set<number>();
  const add = (from: number, to: number, reason: LeftOutReason) => {
    ranges.push({ from, to, reason });
    for (let i = from; i <= to; i++) taken.add(i);
  };

  // A tagline above everything else.
  for (let i = 0, seen = 0; i < lines.length && seen < 2; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    seen++;
    if (isTagline(text)) add(i, i, 'blog chrome');
  }

  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (COMMENT_FORM_START.test(text)) {
      // The form runs on over blank lines and form lines.
      let end = i;
      for (let j = i + 1; j < lines.length; j++) {
        const next = (lines[j] ?? '').trim();
        if (next === '') continue;
        if (!COMMENT_FORM_LINE.some((pattern) => pattern.test(next))) break;
        end = j;
      }
      add(i, end, 'comment form');
      i = end;
    } else if (isShareRow(text)) {
      add(i, i, 'share buttons');
    } else if (isBlogChrome(text)) {
      add(i, i, 'blog chrome');
    }
  }

  for (const index of findSignOffLines(lines, taken)) add(index, index, 'sign-off');
  return ranges.sort((a, b) => a.from - b.from);
}
