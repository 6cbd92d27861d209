import { CodeNode } from '@lexical/code-core';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { ImageNode } from './imageNode';

/**
 * Every node a Plenary document may hold. The editor, the headless
 * converters (export, import, templates) and the tests register this same
 * list, so a document read anywhere parses the same way.
 */
export const plenaryNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  // Fenced code blocks, read and written by the markdown transformers.
  CodeNode,
  // Pictures of slides: a block that names its bytes in the asset store.
  ImageNode,
  // Tables: comparison tables from talks, read from and written as GFM tables.
  TableNode,
  TableRowNode,
  TableCellNode,
];

/** Block types that carry a stamp: each is one "line" of notes. */
export const stampedBlockTypes = ['paragraph', 'heading', 'quote', 'listitem', 'image'] as const;
