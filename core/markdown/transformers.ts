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
export const PLENARY_TRANSFORMERS: Transformer[] = [
  IMAGE,
  HEADING,
  QUOTE,
  CODE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  ...TEXT_FORMAT_TRANSFORMERS,
  LINK,
];
