import { actionCandidates, settleActionRows, type ActionCandidate, type ActionItemRow, type DeriveContext } from './derive';
import { blockLinesFromJson } from './lines';

/** A document as a save sends it: its top-level blocks' keys and JSON texts, in order. */
export interface DocumentBlockTexts {
  keys: readonly string[];
  blocks: readonly string[];
}

interface BlockReading {
  json: string;
  headingBefore: string | null;
  context: string;
  /** The reference time its candidates used, or null when every candidate line has a stamp of its own (then it does not matter). */
  referenceTime: number | null;
  lineCount: number;
  headingAfter: string | null;
  candidates: ActionCandidate[];
}

/**
 * The context a block's reading depends on, apart from the reference time:
 * that one (the save's instant, for a session never started) changes at
 * every save but matters only to lines without a stamp.
 */
function contextKey(context: DeriveContext): string {
  return `${context.timeZone}\u0000${(context.tags ?? []).join('\u0001')}`;
}

/**
 * Derives one session's action items save after save, reading again only
 * the top-level blocks whose JSON text changed (or whose heading above, or
 * whose session context, did). The rows are the same as deriveActionItems
 * gives for the whole document; between two saves while typing one block
 * changes, so a save parses one block instead of the whole document.
 */
export class ActionItemsByBlock {
  private readings = new Map<string, BlockReading>();

  rows(sessionId: string, conferenceId: string, document: DocumentBlockTexts, context: DeriveContext): ActionItemRow[] {
    const key = contextKey(context);
    const next = new Map<string, BlockReading>();
    const candidates: ActionCandidate[] = [];
    let heading: string | null = null;
    let lineBase = 0;
    document.keys.forEach((blockKey, index) => {
      const json = document.blocks[index] ?? '';
      let reading = this.readings.get(blockKey);
      if (
        !reading ||
        reading.json !== json ||
        reading.headingBefore !== heading ||
        reading.context !== key ||
        (reading.referenceTime !== null && reading.referenceTime !== context.referenceTime)
      ) {
        const { lines, headingAfter } = blockLinesFromJson(parseBlock(json, index), heading);
        const candidates = actionCandidates(lines, context);
        const unstamped = candidates.some((candidate) => candidate.stamp === null);
        reading = { json, headingBefore: heading, context: key, referenceTime: unstamped ? context.referenceTime : null, lineCount: lines.length, headingAfter, candidates };
      }
      next.set(blockKey, reading);
      for (const candidate of reading.candidates) candidates.push({ ...candidate, lineIndex: lineBase + candidate.lineIndex });
      lineBase += reading.lineCount;
      heading = reading.headingAfter;
    });
    this.readings = next;
    return settleActionRows(sessionId, conferenceId, candidates);
  }
}

function parseBlock(json: string, index: number): object {
  let block: unknown;
  try {
    block = JSON.parse(json);
  } catch (error) {
    throw new Error(`block ${index + 1} of the notes is not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof block !== 'object' || block === null || Array.isArray(block)) throw new Error(`block ${index + 1} of the notes is not a block`);
  return block;
}
