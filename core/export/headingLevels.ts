import type { JsonNode } from './documentJson';
import { headingLevel } from './scaffolding';

/**
 * Copies blocks with their headings moved so that the highest of them is at
 * `level`, and no level is skipped below it (a template's `#` over `###`
 * reads as `##` over `###`): each heading sits one below the heading it
 * belongs to. h6 at most.
 */
export function headingsFrom(blocks: JsonNode[], level: number): JsonNode[] {
  const open: { written: number; placed: number }[] = [];
  return blocks.map((block) => {
    const written = headingLevel(block);
    if (written === null) return block;
    while (open.length > 0 && (open[open.length - 1]?.written ?? 0) >= written) open.pop();
    const placed = Math.min(6, open.length === 0 ? level : (open[open.length - 1]?.placed ?? level) + 1);
    open.push({ written, placed });
    return { ...block, tag: `h${placed}` };
  });
}
