import type { StampWriter } from '../markdown/stampTransformers';
import type { Session } from '../model/session';
import { actionItems, BOLD, checkList, documentOf, headingJson, paragraphJson, plainText, stampOf, textJson, type JsonNode } from './documentJson';
import { headingsFrom } from './headingLevels';
import type { ExportOptions } from './options';
import { isFromTemplate } from './scaffolding';
import { liveblogWriter } from './stampWriters';

export interface LiveSession {
  session: Session;
  /** When the session started, if anyone wrote it down. */
  start: number | null;
  /** Its publishable notes (see scaffolding.ts). */
  blocks: JsonNode[];
}

interface Entry {
  time: number;
  order: number;
  blocks: JsonNode[];
}

function bulletList(listType: string, items: JsonNode[]): JsonNode {
  return { type: 'list', listType, start: 1, tag: 'ul', direction: null, format: '', indent: 0, version: 1, children: items };
}

/**
 * Cuts a day's sessions into live-blog entries: each session's title opens
 * one at its start, and every stamped line with text opens another, a list
 * item as much as a paragraph (an item becomes the entry's paragraph; its
 * unstamped sub-items follow it as a list). Lines without a stamp belong to
 * the entry before them. A template's headings are left out: entries are
 * ordered by time, not by the template's sections. Check items go to the
 * action-item section at the end, unless that section is turned off.
 */
function entriesOf(sessions: readonly LiveSession[], options: ExportOptions): Entry[] {
  const entries: Entry[] = [];
  let order = 0;
  for (const { session, start, blocks } of sessions) {
    const heading = [textJson(session.title, BOLD)];
    if (session.speakers.length > 0) heading.push(textJson(` (${session.speakers.join(', ')})`));
    let current: Entry = { time: start ?? 0, order: order++, blocks: [paragraphJson(heading, start ?? undefined)] };
    entries.push(current);
    const open = (block: JsonNode, time: number) => {
      current = { time, order: order++, blocks: [block] };
      entries.push(current);
    };
    const follow = (item: JsonNode, listType: string) => {
      const last = current.blocks[current.blocks.length - 1];
      if (last && last['liveblogList'] === listType) last.children?.push(item);
      else current.blocks.push({ ...bulletList(listType, [item]), liveblogList: listType });
    };
    const walkList = (list: JsonNode) => {
      const listType = list['listType'] === 'check' ? 'check' : 'bullet';
      for (const item of list.children ?? []) {
        const own = (item.children ?? []).filter((child) => child.type !== 'list');
        const stamp = stampOf(item);
        const hasText = own.map(plainText).join('').trim() !== '';
        if (hasText && !(listType === 'check' && options.actions !== 'none')) {
          if (stamp !== null) open(listType === 'check' ? bulletList('check', [{ ...item, children: own, indent: 0 }]) : paragraphJson(own, stamp), stamp);
          else follow({ ...item, children: own, indent: 0 }, listType);
        }
        for (const child of item.children ?? []) if (child.type === 'list') walkList(child);
      }
    };
    for (const block of blocks) {
      if (block.type === 'list') {
        walkList(block);
        continue;
      }
      const stamp = stampOf(block);
      if (stamp !== null && plainText(block).trim() !== '') open(block, stamp);
      else current.blocks.push(block);
    }
  }
  return entries;
}

/** A day's live blog: entries newest first, each led by its time (beside a heading, never inside it), then the day's action items. */
export function liveblogBody(
  sessions: readonly LiveSession[],
  options: ExportOptions,
  timeZone: string,
  render: (blocks: JsonNode[], stamps: StampWriter) => string,
): string {
  // A template's headings are left out before levels are settled: the user's own headings move up into their place.
  const leveled = sessions.map((live) => ({
    ...live,
    blocks: headingsFrom(
      live.blocks.filter((block) => !(block.type === 'heading' && isFromTemplate(block))),
      2,
    ),
  }));
  const entries = entriesOf(leveled, options).sort((a, b) => b.time - a.time || b.order - a.order);
  const writer = liveblogWriter(options.stamps, timeZone);
  const body = entries.map((entry) => render(entry.blocks.map(({ liveblogList: _, ...block }) => block as JsonNode), writer).trim());
  if (options.actions !== 'none') {
    const items = leveled.flatMap((live) =>
      actionItems(documentOf(live.blocks)).filter((action) => options.actions === 'all' || !action.checked),
    );
    if (items.length > 0) body.push(render([headingJson('Action items', 2), checkList(items.map((action) => action.item))], { placement: 'prefix', render: () => '' }));
  }
  return body.filter((part) => part !== '').join('\n\n');
}
