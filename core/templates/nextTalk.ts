import { $createHeadingNode, $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { $setStamp } from '../editor/stampState';

/**
 * Lightning talks come one after another, a few minutes each. Their notes are
 * one block per talk: a level-two heading "Talk 3: <title>" and the lines
 * written under it, up to the next heading of level one or two. The "next
 * talk" command adds the next block after the last one.
 */
export const talkHeadingTag = 'h2';
const talkHeadingPattern = /^\s*Talk\s+(\d+)\b/i;

/** The label a talk block's heading starts with; the title is typed after it. */
export function talkHeadingLabel(number: number): string {
  return `Talk ${number}: `;
}

/** The number of a talk block's heading, or null when the node is not one. */
export function $talkNumber(node: LexicalNode): number | null {
  if (!$isHeadingNode(node) || node.getTag() !== talkHeadingTag) return null;
  const match = talkHeadingPattern.exec(node.getTextContent());
  return match ? Number(match[1]) : null;
}

function $endsSection(node: LexicalNode): boolean {
  return $isHeadingNode(node) && (node.getTag() === 'h1' || node.getTag() === 'h2') && $talkNumber(node) === null;
}

export interface NextTalkOptions {
  /** Stamp of the new block's heading: the talk starts when the command is given. Null leaves it unstamped. */
  stamp?: number | null;
}

/**
 * Adds the next talk block (call inside `editor.update`): a heading "Talk N: "
 * numbered after the highest talk so far and stamped with `stamp` (default
 * now). It goes right after the last talk block, before any section that
 * follows the talks (such as follow-ups), or at the end of the document when
 * there is no talk block yet. The caret is put at the end of the heading,
 * ready for the title; Enter then starts the notes of the talk.
 */
export function $appendNextTalkBlock(options: NextTalkOptions = {}): HeadingNode {
  const root = $getRoot();
  const blocks = root.getChildren();
  let lastTalkIndex = -1;
  let highest = 0;
  blocks.forEach((block, index) => {
    const number = $talkNumber(block);
    if (number === null) return;
    lastTalkIndex = index;
    highest = Math.max(highest, number);
  });

  let before: LexicalNode | null = null;
  if (lastTalkIndex >= 0) {
    for (let index = lastTalkIndex + 1; index < blocks.length; index++) {
      const block = blocks[index];
      if (block && $endsSection(block)) {
        before = block;
        break;
      }
    }
  }

  const heading = $createHeadingNode(talkHeadingTag).append($createTextNode(talkHeadingLabel(highest + 1)));
  const stamp = options.stamp === undefined ? Date.now() : options.stamp;
  if (stamp !== null) $setStamp(heading, stamp);
  if (before) before.insertBefore(heading);
  else root.append(heading);
  heading.selectEnd();
  return heading;
}
