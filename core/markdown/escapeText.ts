import { $isCodeNode } from '@lexical/code-core';
import type { TextMatchTransformer } from '@lexical/markdown';
import { $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';

/**
 * Plain text written into a post must read back as the same text, whatever
 * it holds: `# not a heading`, `1. not a list`, `<script>`, `[not](a link)`,
 * `{{< not a shortcode >}}`, `&amp;` typed as such. Lexical's exporter escapes
 * the characters of its own formats (`* _ ~ \` and backticks); this escapes
 * the rest, for CommonMark and also for kramdown (Jekyll), whose escapable
 * set covers every character escaped here.
 *
 * Lexical's exporter escapes backslashes in text after this runs, so the
 * escapes are first written as private-use placeholders and turned into
 * backslash escapes by `restoreEscapes` on the finished markdown.
 */
const ANYWHERE = '[]<>{}|$';
const LINE_START = '#-+=:>';
const PLACEHOLDER_BASE = 0xe000;
const ESCAPABLE = ANYWHERE + LINE_START + '.)';
const PLACEHOLDERS = /[\uE000-\uE0FF]/g;

function placeholder(char: string): string {
  return String.fromCharCode(PLACEHOLDER_BASE + ESCAPABLE.indexOf(char));
}

function $startsLine(node: LexicalNode): boolean {
  const previous = node.getPreviousSibling();
  return previous === null || $isLineBreakNode(previous);
}

// What the rules below act on; most text has none of it, and is returned as it is.
const NEEDS_ESCAPING_ANYWHERE = /[&[\]<>{}|$\uE000-\uE0FF]/;
const NEEDS_ESCAPING_AT_LINE_START = /^(?:[ \t#\-+=:>]|\d{1,9}[.)])/;

export function escapeTextForMarkdown(text: string, atLineStart: boolean): string {
  if (!NEEDS_ESCAPING_ANYWHERE.test(text) && !(atLineStart && NEEDS_ESCAPING_AT_LINE_START.test(text))) return text;
  let out = text.replace(PLACEHOLDERS, '\uFFFD');
  // Entity-looking text (&amp; &#123;) would be read as the character it names.
  out = out.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
  out = out.replace(/[[\]<>{}|$]/g, placeholder);
  if (atLineStart) {
    // Leading spaces would make an indented code block; four are never meant.
    out = out.replace(/^[ \t]+/, '');
    out = out.replace(/^([#\-+=:>])/, (char) => placeholder(char));
    out = out.replace(/^(\d{1,9})([.)])/, (_all, digits: string, mark: string) => digits + placeholder(mark));
  }
  return out;
}

/** Turns the placeholders left by `escapeTextForMarkdown` into backslash escapes. */
export function restoreEscapes(markdown: string): string {
  return markdown.replace(PLACEHOLDERS, (char) => `\\${ESCAPABLE[char.charCodeAt(0) - PLACEHOLDER_BASE] ?? ''}`);
}

/** A text-match transformer, first in the list, that escapes plain text as it is written. */
export const ESCAPE_TEXT: TextMatchTransformer = {
  dependencies: [],
  export: (node, _exportChildren, exportFormat) => {
    if (!$isTextNode(node) || node.hasFormat('code') || $isCodeNode(node.getParent())) return null;
    return exportFormat(node, escapeTextForMarkdown(node.getTextContent(), $startsLine(node)));
  },
  regExp: /(?!)/,
  type: 'text-match',
};
