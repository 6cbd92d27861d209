import { plainText, type JsonNode } from './documentJson';
import { isFromTemplate, labelOf, ownText, sectionEnd } from './scaffolding';

const SUMMARY_LENGTH = 200;
/** Sentences are added until the summary is at least this long. */
const ENOUGH = 120;

const summaryHeading = /^\s*(summary|tl;?\s?dr|in short)\s*:?\s*$/i;

function paragraphLines(block: JsonNode): string[] {
  const lines: JsonNode[][] = [[]];
  for (const child of block.children ?? []) {
    if (child.type === 'linebreak') lines.push([]);
    else lines[lines.length - 1]?.push(child);
  }
  // Labels ("**Room:** A") are the session's facts, not what the talk said.
  return lines.filter((line) => !labelOf(line)?.bold).map((line) => line.map(plainText).join(''));
}

function proseOf(block: JsonNode): string[] {
  if (isFromTemplate(block)) return [];
  if (block.type === 'paragraph' || block.type === 'quote') return paragraphLines(block);
  return [];
}

function listLines(block: JsonNode): string[] {
  if (block.type !== 'list' || block['listType'] === 'check') return [];
  return (block.children ?? []).flatMap((item) => [
    // A bullet that reads "Requirements: Python 3.12" is a filled-in label, not a sentence of the talk.
    ...(isFromTemplate(item) || labelOf((item.children ?? []).filter((child) => child.type !== 'list')) ? [] : [ownText(item)]),
    ...(item.children ?? []).flatMap(listLines),
  ]);
}

function sentencesOf(fragments: string[]): string[] {
  return fragments
    .map((fragment) => fragment.replace(/\s+/g, ' ').trim())
    .filter((fragment) => fragment !== '')
    .map((fragment) => (/[.!?…:;]$/.test(fragment) ? fragment : `${fragment}.`))
    .flatMap((fragment) => fragment.split(/(?<=[.!?…])\s+(?=\S)/));
}

function fromSentences(sentences: string[]): string {
  let out = '';
  for (const sentence of sentences) {
    const next = out === '' ? sentence : `${out} ${sentence}`;
    if (next.length > SUMMARY_LENGTH) {
      if (out !== '') break;
      const cut = sentence.slice(0, SUMMARY_LENGTH);
      const space = cut.lastIndexOf(' ');
      return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
    }
    out = next;
    if (out.length >= ENOUGH) break;
  }
  return out;
}

/** The text of a section the user headed "Summary" (or "TL;DR"), if the notes have one. */
function ownSummary(blocks: JsonNode[]): string[] {
  const start = blocks.findIndex((block) => block.type === 'heading' && summaryHeading.test(plainText(block)));
  if (start < 0) return [];
  return blocks.slice(start + 1, sectionEnd(blocks, start)).flatMap((block) => [...proseOf(block), ...listLines(block)]);
}

/**
 * A post's summary, for blog indexes and social cards: the one the user
 * wrote (the export's own, else a "Summary" section in the notes), else the
 * first sentences of the notes' prose (bulleted lines when there is none).
 * Never a template's labels, action items, code or tables.
 */
export function postSummary(sessions: JsonNode[][], written: string | undefined): string {
  if (written !== undefined && written.trim() !== '') return written.trim();
  for (const blocks of sessions) {
    const own = ownSummary(blocks);
    if (own.length > 0) return fromSentences(sentencesOf(own));
  }
  for (const blocks of sessions) {
    const prose = blocks.flatMap(proseOf);
    const text = fromSentences(sentencesOf(prose.length > 0 ? prose : blocks.flatMap(listLines)));
    if (text !== '') return text;
  }
  return '';
}
