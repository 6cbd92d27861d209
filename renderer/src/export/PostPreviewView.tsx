import { useId } from 'react';
import type { PostPreview } from '../../../core/ipc/channels/export';

/** The first post of an export, exactly as it will be written, to read before anything is written. */
export function PostPreviewView({ preview, total }: { preview: PostPreview; total: number }) {
  const id = useId();
  return (
    <div className="export-preview">
      <p id={id} className="dialog-hint">
        {total > 1 ? 'The first post' : 'The post'}, <code>{preview.path}</code>, as it will be written:
      </p>
      {/* Focusable so the keyboard can scroll it; it is the file's text, not a rendering of it. */}
      <pre className="export-preview-text" tabIndex={0} aria-labelledby={id} data-testid="export-preview">
        {preview.content}
      </pre>
    </div>
  );
}
