import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $dfs, mergeRegister } from '@lexical/utils';
import { $getNodeByKey, ParagraphNode, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { ImageNode } from '../../../../core/editor/imageNode';
import { $stampedBlockOf } from '../../../../core/editor/stamping';
import { $getStamp } from '../../../../core/editor/stampState';
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
 * every block once.
 */
export function StampGutterPlugin({ view, onStampClick }: { view: StampView; onStampClick: (click: StampClick) => void }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    editor.getEditorState().read(() => {
      for (const { node } of $dfs()) {
        if ($stampedBlockOf(node) === node) $showStamp(editor, node.getKey(), view);
      }
    });
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

  useEffect(() => {
    // A click on the ::before label lands on the block itself, left of its box.
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-stamp-ms]') : null;
      if (!target) return;
      const rect = target.getBoundingClientRect();
      if (event.clientX >= rect.left) return;
      event.preventDefault();
      editor.getEditorState().read(() => {
        for (const { node } of $dfs()) {
          if (editor.getElementByKey(node.getKey()) === target) {
            const stamp = $getStamp(node);
            if (stamp !== null) onStampClick({ key: node.getKey(), stamp, rect });
            return;
          }
        }
      });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor, onStampClick]);

  return null;
}
