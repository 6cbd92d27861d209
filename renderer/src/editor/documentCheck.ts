import { createHeadlessEditor } from '@lexical/headless';
import { plenaryNodes } from '../../../core/editor/nodes';
import type { EditorStateJson } from '../../../core/model/session';

/**
 * Parses a stored document before the editor mounts it. A document that does
 * not parse is shown as an error and never autosaved over, so the stored copy
 * stays as it was for the user (or a later version of Plenary) to recover.
 */
export function checkDocument(content: EditorStateJson): string | null {
  try {
    const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
    editor.parseEditorState(JSON.stringify(content));
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `These notes could not be opened (${detail}). They are kept unchanged in the archive; export a backup of the archive folder and report the problem.`;
  }
}
