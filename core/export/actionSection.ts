import { actionItems, checkList, documentOf, headingJson, type JsonNode } from './documentJson';
import type { ExportOptions } from './options';
import { headingLevel, sectionEnd } from './scaffolding';

function isCheckList(block: JsonNode): boolean {
  return block.type === 'list' && block['listType'] === 'check' && (block.children ?? []).length > 0;
}

/** The index of the notes' own action-item section: the first heading under which there are check lists and nothing else. */
function ownSection(blocks: JsonNode[]): { start: number; end: number } | null {
  for (let start = 0; start < blocks.length; start++) {
    if (headingLevel(blocks[start] as JsonNode) === null) continue;
    const end = sectionEnd(blocks, start);
    const inside = blocks.slice(start + 1, end);
    if (inside.length > 0 && inside.every(isCheckList)) return { start, end };
  }
  return null;
}

function wanted(blocks: JsonNode[], options: ExportOptions): JsonNode[] {
  return actionItems(documentOf(blocks))
    .filter((action) => options.actions === 'all' || !action.checked)
    .map((action) => action.item);
}

/**
 * A session's notes with its action items in one section. Where the notes
 * have a section of their own for them (a template's "Action items" or
 * "Follow-ups" heading with check items under it) that section is the one:
 * the items written elsewhere in the notes join it. Otherwise the open (or
 * all) items are listed in an "Action items" section at the end, at `level`.
 * With `actions: 'none'` the notes stay as they are.
 */
export function withActionSection(blocks: JsonNode[], options: ExportOptions, level: number): JsonNode[] {
  if (options.actions === 'none') return blocks;
  const own = ownSection(blocks);
  if (!own) {
    const items = wanted(blocks, options);
    return items.length === 0 ? blocks : [...blocks, headingJson('Action items', level), checkList(items)];
  }
  const elsewhere = wanted([...blocks.slice(0, own.start), ...blocks.slice(own.end)], options);
  if (elsewhere.length === 0) return blocks;
  const last = blocks[own.end - 1] as JsonNode;
  const joined = checkList([...(last.children ?? []), ...elsewhere]);
  return [...blocks.slice(0, own.end - 1), { ...last, children: joined.children }, ...blocks.slice(own.end)];
}
