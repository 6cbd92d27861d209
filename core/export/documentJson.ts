import type { EditorStateJson } from '../model/session';

/**
 * Small reads and edits of document JSON that need no editor: the blocks of
 * a document, their stamps, their plain text, its action items.
 */
export interface JsonNode {
  type: string;
  children?: JsonNode[];
  [key: string]: unknown;
}

export function blocksOf(state: EditorStateJson | null | undefined): JsonNode[] {
  return (state?.root.children ?? []) as JsonNode[];
}

export function documentOf(blocks: JsonNode[]): EditorStateJson {
  return {
    root: { type: 'root', children: blocks, direction: null, format: '', indent: 0, version: 1 },
  } as EditorStateJson;
}

export function stampOf(node: JsonNode): number | null {
  const state = node['$'];
  if (state && typeof state === 'object') {
    const stamp = (state as Record<string, unknown>)['stamp'];
    if (typeof stamp === 'number' && Number.isFinite(stamp) && stamp > 0) return stamp;
  }
  return null;
}

/** The stamp of a block, or for a list the first stamp among its items. */
export function firstStamp(node: JsonNode): number | null {
  const own = stampOf(node);
  if (own !== null) return own;
  if (node.type !== 'list' && node.type !== 'listitem') return null;
  for (const child of node.children ?? []) {
    const stamp = firstStamp(child);
    if (stamp !== null) return stamp;
  }
  return null;
}

/** Every stamp in a document. */
export function allStamps(state: EditorStateJson | null | undefined): number[] {
  const stamps: number[] = [];
  const walk = (node: JsonNode): void => {
    const stamp = stampOf(node);
    if (stamp !== null) stamps.push(stamp);
    for (const child of node.children ?? []) walk(child);
  };
  for (const block of blocksOf(state)) walk(block);
  return stamps;
}

export function plainText(node: JsonNode): string {
  if (node.type === 'text') return typeof node['text'] === 'string' ? node['text'] : '';
  if (node.type === 'linebreak') return ' ';
  if (node.type === 'tab') return ' ';
  if (node.type === 'list') return (node.children ?? []).map(plainText).filter(Boolean).join(' ');
  return (node.children ?? []).map(plainText).join('');
}

export interface ActionItemJson {
  checked: boolean;
  /** The list item, without any list nested in it. */
  item: JsonNode;
}

/** Every action item (an item of a check list) in document order. */
export function actionItems(state: EditorStateJson | null | undefined): ActionItemJson[] {
  const found: ActionItemJson[] = [];
  const walk = (node: JsonNode, inCheckList: boolean): void => {
    if (node.type === 'list') {
      for (const child of node.children ?? []) walk(child, node['listType'] === 'check');
      return;
    }
    if (node.type === 'listitem') {
      const own = (node.children ?? []).filter((child) => child.type !== 'list');
      if (inCheckList && own.length > 0 && plainText(node).trim() !== '') {
        // The copy keeps its action id but not its stamp: the section lists items, not moments.
        const { $: state, ...rest } = node;
        const { stamp: _stamp, ...kept } = (state && typeof state === 'object' ? state : {}) as Record<string, unknown>;
        const item: JsonNode = { ...rest, type: 'listitem', children: own, indent: 0, ...(Object.keys(kept).length > 0 ? { $: kept } : {}) };
        found.push({ checked: node['checked'] === true, item });
      }
      for (const child of node.children ?? []) if (child.type === 'list') walk(child, false);
      return;
    }
    for (const child of node.children ?? []) walk(child, false);
  };
  for (const block of blocksOf(state)) walk(block, false);
  return found;
}

export function checkList(items: JsonNode[]): JsonNode {
  return {
    type: 'list',
    listType: 'check',
    start: 1,
    tag: 'ul',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: items.map((item, index) => ({ ...item, value: index + 1 })),
  };
}

export function textJson(text: string, format = 0): JsonNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 };
}

export function paragraphJson(children: JsonNode[], stamp?: number): JsonNode {
  return {
    type: 'paragraph',
    children,
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
    ...(stamp === undefined ? {} : { $: { stamp } }),
  };
}

export function headingJson(text: string, level: number): JsonNode {
  return { type: 'heading', tag: `h${level}`, children: [textJson(text)], direction: null, format: '', indent: 0, version: 1 };
}

export const BOLD = 1;
export const ITALIC = 2;

export function linkJson(url: string, children: JsonNode[]): JsonNode {
  return { type: 'link', url, rel: null, target: null, title: null, children, direction: null, format: '', indent: 0, version: 1 };
}
