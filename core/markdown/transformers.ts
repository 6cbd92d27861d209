import {
  CHECK_LIST,
  CODE,
  HEADING,
  LINK,
  ORDERED_LIST,
  QUOTE,
  TEXT_FORMAT_TRANSFORMERS,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { IMAGE } from './imageTransformer';
import { tableTransformer } from './tableTransformer';

/**
 * The markdown transformers Plenary reads and writes with: Lexical's standard
 * set plus GFM task lists (`- [ ] item`), which become a `check` list — the
 * action items of a document — and `![alt](file)` on a line of its own, an
 * image block. CHECK_LIST comes before UNORDERED_LIST so that
 * `- [ ]` is read as a task and not as a bullet whose text starts with "[ ]".
 *
 * Import (markdown files, templates) and export (posts) share this list, so
 * what Plenary writes it reads back the same way.
 */
/** What a table cell holds: inline formatting and links. */
export const CELL_TRANSFORMERS: Transformer[] = [...TEXT_FORMAT_TRANSFORMERS, LINK];

/** GFM tables (`| a | b |` over `| --- | --- |`): Lexical tables in the document. */
export const TABLE = tableTransformer(() => CELL_TRANSFORMERS);

export const PLENARY_TRANSFORMERS: Transformer[] = [
  IMAGE,
  TABLE,
  HEADING,
  QUOTE,
  CODE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  ...TEXT_FORMAT_TRANSFORMERS,
  LINK,
];
