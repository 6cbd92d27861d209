import { matchActionMarker } from '../actions/markers';
import { isTodoHeading, isTodoListItem } from '../actions/todoHeadings';

/**
 * Imported notes keep their to-dos as action items: a line or list item that
 * starts with a marker (`[ ]`, `[]`, `TODO`, `TODO:`, `Action:`, `AI:`; see
 * core/actions/markers.ts), and every list item under a to-do heading of any
 * level ("Next steps", "Things to read"; see core/actions/todoHeadings.ts),
 * become check-list items, so the import gives each an action id. The text is
 * kept as written; only the marker goes, as when it is typed in the editor.
 * Quotes, code and lines kept literal are left alone.
 *
 * Works on the markdown lines the import builds (after setext headings were
 * turned into `#` headings), which may end in a stamp mark.
 */
const FENCE = /^\s*(?:`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const TASK = /^\[[ xX]?\]\s/;
/** The import's private marks (stamp marks, the literal mark) are not part of the text. */
const PRIVATE = /[\uE000-\uE002]|\uE000\d+\uE001/g;
const LITERAL = '\uE002';

function visible(text: string): string {
  return text.replace(/\uE000\d+\uE001/g, '').replace(PRIVATE, '').trim();
}

function checkItem(indent: string, body: string): string | null {
  const marker = matchActionMarker(visible(body));
  if (!marker) return null;
  const rest = body.trimStart().slice(marker.length);
  return `${indent}- [${marker.checked ? 'x' : ' '}] ${rest}`;
}

export function markExplicitItems(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inFence = false;
  let underTodoHeading = false;
  for (const line of lines) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || FENCE.test(line) || line.startsWith(LITERAL) || /^\s*>/.test(line)) {
      out.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      underTodoHeading = isTodoHeading(visible(heading[1] ?? ''));
      out.push(line);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const indent = item[1] ?? '';
      const body = item[2] ?? '';
      if (TASK.test(body)) {
        out.push(line);
        continue;
      }
      const marked = checkItem(indent, body);
      if (marked) out.push(marked);
      else if (underTodoHeading && isTodoListItem(visible(body))) out.push(`${indent}- [ ] ${body}`);
      else out.push(line);
      continue;
    }
    // A paragraph line: only a marker at its start makes it an item.
    out.push(line.trim() === '' || /^(?: {4}|\t)/.test(line) ? line : (checkItem('', line) ?? line));
  }
  return out;
}
