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
  lineCount: number;
  headingAfter: string | null;
  candidates: ActionCandidate[];
}

function contextKey(context: DeriveContext): string {
  return `${context.timeZone}\u0000${context.referenceTime}\u0000${(context.tags ?? []).join('\u0001')}`;
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
      if (!reading || reading.json !== json || reading.headingBefore !== heading || reading.context !== key) {
        const { lines, headingAfter } = blockLinesFromJson(parseBlock(json, index), heading);
        reading = { json, headingBefore: heading, context: key, lineCount: lines.length, headingAfter, candidates: actionCandidates(lines, context) };
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
