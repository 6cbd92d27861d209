import type { SessionKind } from '../model/session';

const MAX_TITLE = 80;

export interface DerivedTitle {
  title: string;
  speakers: string[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clip(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const cut = text.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The first sentence of a line of notes: up to ". ", "! " or "? " (not "2.7" or "Mr."). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s+(?=[A-Z0-9"“(])|$)/.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

/**
 * A session title from the first line of its notes: "Now at Asheesh Laroia's
 * "Scrapy it GETs the web"" gives speaker Asheesh Laroia and the quoted
 * title; "Onto the Sphinx automation talk." gives "Sphinx automation talk".
 */
export function titleFromNotes(line: string): DerivedTitle {
  let text = firstSentence(line.replace(/^[#>*+\-\s]+/, '').replace(/[*_`]/g, ''));
  const leadIn = /^(?:(?:now|next|then)\b[,:]?\s*)?(?:(?:at|onto|on to|in|to)\s+(?:the\s+)?)?/i.exec(text)?.[0] ?? '';
  text = text.slice(leadIn.length);
  text = text.replace(/[.!:;,]+$/, '').replace(/\s+now$/i, '').trim();
  const quoted = /^(.{2,60}?)['’]s\s+["“](.{3,}?)["”]$/.exec(text);
  if (quoted?.[1] && quoted[2]) return { title: clip(quoted[2].trim()), speakers: [quoted[1].trim()] };
  return { title: clip(capitalise(text)), speakers: [] };
}

/** A short line that reads like a title: no sentence end, no list marker. */
export function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  return text.length > 1 && text.length <= 80 && !/[.,:;]$/.test(text) && !/^[-*+•#>\d]/.test(text) && /[A-Za-z]/.test(text);
}

/** "PyCon 2010, day 1" → "PyCon 2010": a name ending in a year. */
export function conferenceFromTitle(text: string): string | null {
  const match = /^(.{2,60}?\b(?:19|20)\d{2})\b/.exec(text.trim());
  if (!match?.[1]) return null;
  const name = match[1].trim();
  return name.split(/\s+/).length <= 6 ? name : null;
}

/** "pycon-2013-raw-notes.txt" → "Pycon 2013"; otherwise the name without extension, spaced. */
export function conferenceFromFileName(fileName: string): { name: string; hasYear: boolean } {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '');
  const year = /^([A-Za-z][A-Za-z0-9]*?)[-_ .]?((?:19|20)\d{2})(?!\d)/.exec(base);
  if (year?.[1] && year[2]) return { name: `${capitalise(year[1])} ${year[2]}`, hasYear: true };
  return { name: capitalise(base.replace(/[-_.]+/g, ' ').trim()) || 'Imported notes', hasYear: false };
}

const KIND_WORDS: Array<[RegExp, SessionKind]> = [
  [/\blightning\b/i, 'lightning'],
  [/\bpanel\b/i, 'panel'],
  [/\b(?:workshop|tutorial|sprint)\b/i, 'workshop'],
  [/\bmeet-?up\b/i, 'meetup'],
  [/\breading group\b/i, 'reading-group'],
  [/\b(?:met with|chatted|hallway|exhibit hall|registration|waiting for|catching up)\b/i, 'hallway'],
];

/** The kind of session a title (or the first line of its notes) suggests; a talk unless a word says otherwise. */
export function kindFromText(text: string): SessionKind {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(text)) return kind;
  return 'talk';
}
