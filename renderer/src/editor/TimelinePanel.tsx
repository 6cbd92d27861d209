import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import type { NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { $stampedBlockOf } from '../../../core/editor/stamping';
import { $getStamp } from '../../../core/editor/stampState';
import { jumpToBlock } from './jump';
import { stampLabel, type StampView } from './stampFormat';

interface Moment {
  key: NodeKey;
  stamp: number;
  preview: string;
}

const REFRESH_MS = 400;

function readMoments(editor: ReturnType<typeof useLexicalComposerContext>[0]): Moment[] {
  return editor.getEditorState().read(() => {
    const moments: Moment[] = [];
    for (const { node } of $dfs()) {
      if ($stampedBlockOf(node) !== node) continue;
      const stamp = $getStamp(node);
      if (stamp === null) continue;
      moments.push({ key: node.getKey(), stamp, preview: node.getTextContent().slice(0, 80) });
    }
    return moments;
  });
}

/** The session's stamps as a list to jump to a moment; refreshed after a pause, only while shown. */
export function TimelinePanel({ view, onEditStamp }: { view: StampView; onEditStamp: (key: NodeKey, stamp: number) => void }) {
  const [editor] = useLexicalComposerContext();
  const [moments, setMoments] = useState<Moment[]>(() => readMoments(editor));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => setMoments(readMoments(editor)), REFRESH_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);

  const labelView: StampView = view.mode === 'hidden' ? { ...view, mode: 'clock' } : view;
  return (
    <nav className="timeline" aria-label="Timeline of this session">
      <h2 className="timeline-title">Timeline</h2>
      {moments.length === 0 && <p className="timeline-empty">Lines appear here with their time as you write.</p>}
      <ol className="timeline-list">
        {moments.map((moment) => (
          <li key={moment.key} className="timeline-item">
            <button type="button" className="timeline-jump" onClick={() => jumpToBlock(editor, moment.key)}>
              <time className="timeline-time" dateTime={new Date(moment.stamp).toISOString()}>
                {stampLabel(moment.stamp, labelView)}
              </time>
              <span className="timeline-preview" title={moment.preview || undefined}>
                {moment.preview || '(empty line)'}
              </span>
            </button>
            <button
              type="button"
              className="timeline-edit"
              aria-label={`Edit time: ${moment.preview.slice(0, 40)}`}
              onClick={() => onEditStamp(moment.key, moment.stamp)}
            >
              Edit time
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
