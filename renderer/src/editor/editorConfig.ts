import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { ImageNode } from '../../../core/editor/imageNode';
import { plenaryNodes } from '../../../core/editor/nodes';
import { editorTheme } from '../../../core/editor/theme';
import type { EditorStateJson } from '../../../core/model/session';
import { ImageViewNode } from './images/ImageViewNode';

/** Markdown typed as you go: "## ", "- ", "1. ", "- [ ] ", "**bold**", "[text](url)". */
export const shortcutTransformers: Transformer[] = [
  HEADING,
  QUOTE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  LINK,
];

export function noteEditorConfig(namespace: string, content: EditorStateJson, onError: (error: Error) => void): InitialConfigType {
  return {
    namespace,
    // The window draws images: its subclass takes the place of core's data-only one, under the same type.
    nodes: plenaryNodes.map((node) => (node === ImageNode ? ImageViewNode : node)),
    theme: editorTheme,
    editorState: JSON.stringify(content),
    onError,
  };
}
