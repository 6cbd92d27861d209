import type { SessionKind } from '../../model/session';

/**
 * A built-in template as written in code: its skeleton is markdown, read
 * into a document with the same converter as imported template files.
 */
export interface BuiltinTemplateSource {
  /** Stable forever: sessions, settings and conferences refer to it. */
  id: `builtin-${string}`;
  name: string;
  description: string;
  kind: SessionKind;
  markdown: string;
}
