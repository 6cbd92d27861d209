import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  INSERT_PARAGRAPH_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type SerializedEditorState,
} from 'lexical';
import { plenaryNodes } from '../../editor/nodes';
import { NO_STAMP_TAG, registerStamping } from '../../editor/stamping';
import { registerTemplateOriginClearing } from '../../editor/templateOriginState';
import type { EditorStateJson } from '../../model/session';

/**
 * A person taking notes in a Lexical editor with the note editor's own
 * behaviour registered (rich text, lists, history, stamping, the template
 * mark): the caret is moved to a line, then text is typed one key at a time
 * while the clock runs, and Enter starts the next line.
 */
export class Typist {
  private readonly editor: LexicalEditor;
  private clock: number;

  constructor(document: EditorStateJson, start: number) {
    this.clock = start;
    this.editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
    // As in the app: the session's document is loaded first, then the editor's behaviour registers.
    this.editor.setEditorState(this.editor.parseEditorState(document as unknown as SerializedEditorState), { tag: NO_STAMP_TAG });
    registerRichText(this.editor);
    registerList(this.editor);
    registerHistory(this.editor, createEmptyHistoryState(), 300);
    registerStamping(this.editor, { now: () => this.clock, lagSeconds: () => 0, shouldStamp: () => true });
    registerTemplateOriginClearing(this.editor);
  }

  /** Lets time pass without typing. */
  wait(minutes: number): this {
    this.clock += minutes * 60_000;
    return this;
  }

  private update(fn: () => void, tag?: string): void {
    this.editor.update(fn, { discrete: true, ...(tag ? { tag } : {}) });
  }

  /** Puts the caret at the end of the first line (paragraph, heading, quote or list item) after the heading that reads `heading`, or at the end of that heading with `onHeading`. */
  after(heading: string, options: { onHeading?: boolean; nth?: number } = {}): this {
    this.update(() => {
      const lines = lineNodes();
      const index = lines.findIndex((node) => node.getType() === 'heading' && node.getTextContent().trim() === heading);
      if (index < 0) throw new Error(`No heading "${heading}"`);
      const target = options.onHeading ? lines[index] : lines[index + 1 + (options.nth ?? 0)];
      if (!target) throw new Error(`Nothing after "${heading}"`);
      target.selectEnd();
    }, NO_STAMP_TAG);
    return this;
  }

  /** Puts the caret at the end of the line whose text starts with `text`. */
  at(text: string): this {
    this.update(() => {
      const target = lineNodes().find((node) => node.getTextContent().startsWith(text));
      if (!target) throw new Error(`No line "${text}"`);
      target.selectEnd();
    }, NO_STAMP_TAG);
    return this;
  }

  /** Puts the caret at the end of the document. */
  atEnd(): this {
    this.update(() => {
      $getRoot().selectEnd();
    }, NO_STAMP_TAG);
    return this;
  }

  /** Types text one key at a time, a fifth of a second per key; "\n" presses Enter. */
  type(text: string): this {
    for (const key of text) {
      if (key === '\n') this.editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
      else {
        this.update(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertText(key);
        });
      }
      this.clock += 200;
    }
    return this;
  }

  document(): EditorStateJson {
    return this.editor.getEditorState().toJSON() as unknown as EditorStateJson;
  }
}

function lineNodes(): ElementNode[] {
  const out: ElementNode[] = [];
  const visit = (node: LexicalNode) => {
    if (!$isElementNode(node)) return;
    const type = node.getType();
    if (type === 'paragraph' || type === 'heading' || type === 'quote' || type === 'listitem') {
      const own = node.getChildren().filter((child) => child.getType() !== 'list');
      if (type !== 'listitem' || own.length > 0 || node.getChildrenSize() === 0) out.push(node);
    }
    for (const child of node.getChildren()) visit(child);
  };
  for (const child of $getRoot().getChildren()) visit(child);
  return out;
}
