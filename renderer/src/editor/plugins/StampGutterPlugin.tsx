import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $dfs, mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, $getNodeByKey, ParagraphNode, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useRef } from 'react';
import { ImageNode } from '../../../../core/editor/imageNode';
import { $stampedBlockOf } from '../../../../core/editor/stamping';
import { $getStamp } from '../../../../core/editor/stampState';
import { StampGutter } from '../stampGutter';
import { stampLabel, type StampView } from '../stampFormat';

const stampedNodeClasses = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode, ImageNode] as const;

/** Puts a block's stamp on its DOM element; CSS shows it in the gutter. Runs only for blocks that changed. */
function $showStamp(editor: LexicalEditor, key: NodeKey, view: StampView): void {
  const element = editor.getElementByKey(key);
  const node = $getNodeByKey(key);
  if (!element || !node) return;
  const stamp = $getStamp(node);
  const label = stamp === null ? null : stampLabel(stamp, view);
  if (label === null || stamp === null) {
    if (element.dataset.stamp !== undefined) {
      delete element.dataset.stamp;
      delete element.dataset.stampMs;
    }
    return;
  }
  if (element.dataset.stamp !== label) element.dataset.stamp = label;
  const ms = String(stamp);
  if (element.dataset.stampMs !== ms) element.dataset.stampMs = ms;
}

export interface StampClick {
  key: NodeKey;
  stamp: number;
  rect: DOMRect;
}

/**
 * The stamp gutter. Labels are written as data attributes by mutation
 * listeners, which Lexical calls only for blocks created or changed in an
 * update, so typing touches one element; a change of mode or zone relabels
 * every block once. A layer beside the editor draws the labels of the lines
 * on screen and opens the stamp dialog when one is clicked.
 */
export function StampGutterPlugin({ view, onStampClick }: { view: StampView; onStampClick: (click: StampClick) => void }) {
  const [editor] = useLexicalComposerContext();
  const gutterRef = useRef<StampGutter | null>(null);

  useEffect(() => {
    editor.getEditorState().read(() => {
      for (const { node } of $dfs()) {
        if ($stampedBlockOf(node) === node) $showStamp(editor, node.getKey(), view);
      }
    });
    // Relabelling is no editor update: the gutter is told to draw again.
    gutterRef.current?.schedule();
    return mergeRegister(
      ...stampedNodeClasses.map((klass) =>
        editor.registerMutationListener(
          klass,
          (mutations) => {
            editor.getEditorState().read(() => {
              for (const [key, mutation] of mutations) {
                if (mutation !== 'destroyed') $showStamp(editor, key, view);
              }
            });
          },
          { skipInitialization: true },
        ),
      ),
    );
  }, [editor, view]);

  // The labels themselves: a layer beside the editor that draws the lines on screen (../stampGutter).
  useEffect(() => {
    const onLabelClick = (element: HTMLElement, event: MouseEvent) => {
      event.preventDefault();
      // editor.read, not a bare state read: finding a node from its element needs the editor active.
      editor.read(() => {
        const node = $getNearestNodeFromDOMNode(element);
        const stamp = node ? $getStamp(node) : null;
        if (node && stamp !== null) onStampClick({ key: node.getKey(), stamp, rect: element.getBoundingClientRect() });
      });
    };
    const schedule = () => gutterRef.current?.schedule();
    const resized = new ResizeObserver(schedule);
    const stopRoot = editor.registerRootListener((root) => {
      gutterRef.current?.dispose();
      gutterRef.current = null;
      resized.disconnect();
      const shell = root?.parentElement;
      if (!root || !shell) return;
      gutterRef.current = new StampGutter(root, shell, onLabelClick);
      resized.observe(root);
      gutterRef.current.schedule();
    });
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    const scrolled = () => gutterRef.current?.schedule('scroll');
    window.addEventListener('scroll', scrolled, { capture: true, passive: true });
    return () => {
      window.removeEventListener('scroll', scrolled, { capture: true });
      stopUpdates();
      stopRoot();
      resized.disconnect();
      gutterRef.current?.dispose();
      gutterRef.current = null;
    };
  }, [editor, onStampClick]);

  return null;
}
