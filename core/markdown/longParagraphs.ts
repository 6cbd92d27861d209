import { $createLineBreakNode, $isParagraphNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import type { ElementTransformer, MultilineElementTransformer, Transformer } from '@lexical/markdown';

/**
 * Lexical's markdown reader joins each line of a paragraph to the paragraph
 * above by first measuring that paragraph's whole text, so a paragraph of n
 * lines costs n² (16,000 lines took over a minute). Long paragraphs are
 * therefore read in pieces: every CHUNK_LINES lines a blank line and a marker
 * are put in, so each piece is read as a paragraph of its own, and the
 * pieces are joined back afterwards with the line break the reader would
 * have put there. Only plain paragraph lines are cut (never a list, quote,
 * heading or code block); if any marker is not where it was put, the caller
 * reads the markdown again without pieces.
 */
export const PIECE_MARK = '\uE003';
export const CHUNK_LINES = 64;

const HARD_BREAK = /(?: {2,}|\\)$/;

function startsBlock(line: string, element: RegExp[]): boolean {
  return element.some((regExp) => regExp.test(line));
}

/** The markdown with long paragraphs cut into pieces, or null when nothing needed cutting. */
export function cutLongParagraphs(markdown: string, transformers: readonly Transformer[], chunkLines = CHUNK_LINES): string | null {
  if (markdown.includes(PIECE_MARK)) return null;
  const lines = markdown.split('\n');
  if (lines.length <= chunkLines) return null;
  const element = transformers.filter((t): t is ElementTransformer => t.type === 'element').map((t) => t.regExp);
  const multiline = transformers.filter((t): t is MultilineElementTransformer => t.type === 'multiline-element');
  const out: string[] = [];
  // 'paragraph': inside a paragraph begun after a blank line; 'other': inside anything else.
  let state: 'blank' | 'paragraph' | 'other' = 'blank';
  let run = 0;
  let fence: RegExp | null = null;
  let cut = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence) {
      out.push(line);
      if (fence.test(line)) {
        fence = null;
        state = 'other';
      }
      continue;
    }
    const opens = multiline.find((t) => t.regExpStart.test(line));
    if (opens) {
      const fenceMatch = /^[ \t]*(`{3,})/.exec(line);
      // A block this code does not know how to find the end of: no more pieces from here on.
      if (!fenceMatch?.[1]) return cut ? [...out, ...lines.slice(i)].join('\n') : null;
      fence = new RegExp(`^[ \\t]*\`{${fenceMatch[1].length},}$`);
      out.push(line);
      continue;
    }
    if (line.trim() === '') {
      state = 'blank';
      out.push(line);
      continue;
    }
    if (startsBlock(line, element)) {
      state = 'other';
      out.push(line);
      continue;
    }
    if (state === 'blank') {
      state = /^\s/.test(line) ? 'other' : 'paragraph';
      run = 1;
      out.push(line);
      continue;
    }
    if (state === 'paragraph') {
      run++;
      const previous = lines[i - 1] ?? '';
      if (run > chunkLines && !/^\s/.test(line) && !HARD_BREAK.test(previous)) {
        out.push('', `${PIECE_MARK}${line}`);
        run = 1;
        cut = true;
        continue;
      }
    }
    out.push(line);
  }
  return cut ? out.join('\n') : null;
}

/**
 * Joins each marked piece to the paragraph before it, in one splice per
 * piece. Returns false when a marker is not at the start of a paragraph that
 * follows a paragraph (the cut was wrong), so the caller reads again whole.
 */
export function $joinPieces(root: ElementNode): boolean {
  let previous: LexicalNode | null = null;
  for (const block of root.getChildren()) {
    const first = $isParagraphNode(block) ? block.getFirstChild() : null;
    if ($isTextNode(first) && first.getTextContent().startsWith(PIECE_MARK)) {
      if (!$isParagraphNode(previous)) return false;
      const text = first.getTextContent().slice(PIECE_MARK.length);
      if (text === '') first.remove();
      else first.setTextContent(text);
      previous.splice(previous.getChildrenSize(), 0, [$createLineBreakNode(), ...(block as ElementNode).getChildren()]);
      block.remove();
      continue;
    }
    previous = block;
  }
  return !root.getTextContent().includes(PIECE_MARK);
}
