import { createHeadlessEditor } from '@lexical/headless';
import { $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { $getRoot, type LexicalEditor, type LexicalNode, type SerializedEditorState } from 'lexical';
import { $getActionId, $setActionId } from '../editor/actionItemState';
import { plenaryNodes } from '../editor/nodes';
import { newId } from '../model/ids';
import type { EditorStateJson } from '../model/session';
import { ESCAPE_TEXT, restoreEscapes } from './escapeText';
import { IMAGE, imageTransformer, type ImageMarkdownOptions } from './imageTransformer';
import { $joinPieces, cutLongParagraphs } from './longParagraphs';
import { postTransformers, type StampWriter } from './stampTransformers';
import { $restoreLoneRows, tableTransformer } from './tableTransformer';
import { CELL_TRANSFORMERS, PLENARY_TRANSFORMERS } from './transformers';

// A table's cells are written with their own transformers: in a post their text is escaped like any other.
const ESCAPED_TABLE = tableTransformer(() => [ESCAPE_TEXT, ...CELL_TRANSFORMERS]);

export interface MarkdownToEditorStateOptions {
  /** Give every check-list item without an action id a fresh one (default true), so it is an action item. */
  assignActionIds?: boolean;
  /** Which asset an `![alt](src)` line stands for (see `ImageMarkdownOptions.assetFor`). */
  imageAsset?: ImageMarkdownOptions['assetFor'];
  /** Lines per piece a long paragraph is read in (see longParagraphs.ts); tests make it small. */
  paragraphPieceLines?: number;
}

export interface EditorStateToMarkdownOptions {
  /** Write each block's stamp; without it stamps are left out. */
  stamps?: StampWriter;
  /**
   * Escape plain text so it reads back as text (`# x`, `<b>`, `[a](b)` typed
   * as such stay literal). Posts want this; it is off by default so that a
   * markdown round trip gives back the markdown it was given.
   */
  escapeText?: boolean;
  /** The link written for each image (a post's own file); without it, the asset's name. */
  imageUrl?: ImageMarkdownOptions['urlFor'];
}

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'plenary-markdown',
    nodes: [...plenaryNodes],
    onError: (error) => {
      throw error;
    },
  });
}

function $assignActionIds(node: LexicalNode): void {
  if ($isListNode(node)) {
    for (const child of node.getChildren()) {
      if (!$isListItemNode(child)) continue;
      const nested = child.getChildren().find($isListNode);
      if (node.getListType() === 'check' && nested === undefined && $getActionId(child) === null) {
        $setActionId<ListItemNode>(child, newId());
      }
      for (const grandChild of child.getChildren()) $assignActionIds(grandChild);
    }
  }
}

/** Reads markdown (CommonMark with GFM task lists) into a Plenary document. */
// One editor serves every conversion: creating an editor costs more than converting a page of notes.
let writer: LexicalEditor | null = null;

export function markdownToEditorState(markdown: string, options: MarkdownToEditorStateOptions = {}): EditorStateJson {
  writer ??= newEditor();
  const editor = writer;
  editor.update(
    () => {
      $getRoot().clear();
      const transformers = options.imageAsset
        ? // The caller's lookup replaces the default, which would take any bare asset name at its word.
          [imageTransformer({ assetFor: options.imageAsset }), ...PLENARY_TRANSFORMERS.filter((transformer) => transformer !== IMAGE)]
        : PLENARY_TRANSFORMERS;
      const text = markdown.replace(/\r\n?/g, '\n');
      const pieces = cutLongParagraphs(text, transformers, options.paragraphPieceLines);
      $convertFromMarkdownString(pieces ?? text, transformers);
      if (pieces !== null && !$joinPieces($getRoot())) {
        $getRoot().clear();
        $convertFromMarkdownString(text, transformers);
      }
      $restoreLoneRows($getRoot());
      if (options.assignActionIds ?? true) {
        for (const child of $getRoot().getChildren()) $assignActionIds(child);
      }
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as EditorStateJson;
}

/** Writes a Plenary document as markdown (CommonMark with GFM task lists). */
// Reading needs no editor of its own: one, created on first use, parses every state written out.
let reader: LexicalEditor | null = null;

export function editorStateToMarkdown(state: EditorStateJson, options: EditorStateToMarkdownOptions = {}): string {
  reader ??= newEditor();
  const parsed = reader.parseEditorState(state as unknown as SerializedEditorState);
  // The first transformer that writes a node wins, so a post's own image links come before the default ones.
  const images = options.imageUrl ? [imageTransformer({ urlFor: options.imageUrl })] : [];
  if (!options.escapeText && !options.stamps) {
    return parsed.read(() => $convertToMarkdownString([...images, ...PLENARY_TRANSFORMERS]));
  }
  const transformers = [...images, ...postTransformers(options.stamps)];
  if (!options.escapeText) return parsed.read(() => $convertToMarkdownString(transformers));
  return restoreEscapes(parsed.read(() => $convertToMarkdownString([ESCAPE_TEXT, ESCAPED_TABLE, ...transformers])));
}
