import { decodeNotes, decodingWarning } from '../../../core/import/decodeNotes';
import type { ImportPlan, PlannedSession } from '../../../core/import/types';
import type { EditorStateJson } from '../../../core/model/session';
import { formatClock } from '../../../core/time/stamps';

/** Extensions offered in File → Import and accepted from a drop. */
export const IMPORT_ACCEPT = '.md,.markdown,.txt';
const NOTES_NAME = /\.(?:md|markdown|txt)$/i;
/** The service refuses larger files; saying so here saves reading them. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ReadFile = { name: string; text: string; decodeWarning: string | null } | { name: string; error: string };

/** True for the names File → Import offers: .md, .markdown, .txt. */
export function isNotesFileName(name: string): boolean {
  return NOTES_NAME.test(name);
}

/** Reads chosen or dropped files as text in the renderer; a file that is not a notes file gets its error. */
export async function readChosenFile(file: File): Promise<ReadFile> {
  if (!NOTES_NAME.test(file.name)) {
    return { name: file.name, error: `${file.name} cannot be imported: Plenary imports markdown (.md, .markdown) and plain text (.txt) notes.` };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return { name: file.name, error: `${file.name} cannot be imported: it is ${(file.size / 1024 / 1024).toFixed(1)} MB, and notes files over 5 MB are not imported.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { name: file.name, error: `${file.name} cannot be imported: it could not be read. Check that the file is still there, then choose it again.` };
  }
  // Decoded here with the same rules main uses for a file on disk: UTF-8 stays UTF-8, UTF-16 by its BOM, Latin-1 only when nothing is UTF-8.
  const decoded = decodeNotes(bytes);
  if (!decoded) return { name: file.name, error: `${file.name} cannot be imported: it is not a text file. Plenary imports markdown (.md) and plain text (.txt) notes.` };
  return { name: file.name, text: decoded.text, decodeWarning: decodingWarning(file.name, decoded) };
}

const LINE_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code']);

interface JsonNode {
  type?: unknown;
  children?: unknown;
}

/** The lines a session's document holds: paragraphs, headings, quotes and list items, as the editor counts them. */
export function lineCount(document: EditorStateJson): number {
  let count = 0;
  const visit = (node: JsonNode) => {
    const children = Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
    // A list item that only holds a nested list is not a line of its own.
    const nestedOnly = node.type === 'listitem' && children.length > 0 && children.every((child) => child.type === 'list');
    if (typeof node.type === 'string' && LINE_TYPES.has(node.type) && !nestedOnly) count++;
    children.forEach(visit);
  };
  visit(document.root as JsonNode);
  return count;
}

/** The first few stamps of a session as clock times in the conference's zone ("1:55 PM"). */
export function firstClockTimes(session: PlannedSession, timeZone: string, count = 3): string[] {
  return session.stamps.slice(0, count).map((stamp) => formatClock(stamp, timeZone));
}

/** True when the file gave no date or no time zone, so the preview asks for them. */
export function needsDetails(plan: ImportPlan): boolean {
  return plan.conference.timeZoneAssumed || plan.conference.startDate === null;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
