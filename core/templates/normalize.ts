import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { plenaryNodes } from '../editor/nodes';
import type { EditorStateJson } from '../model/session';

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'plenary-templates',
    nodes: [...plenaryNodes],
    onError: (error) => {
      throw error;
    },
  });
}

/**
 * Parses a document with the editor's own nodes and serializes it again:
 * throws when Lexical cannot read it, and otherwise returns it exactly as the
 * editor would save it.
 */
export function normalizeDocument(state: EditorStateJson): EditorStateJson {
  const editor = newEditor();
  const parsed = editor.parseEditorState(JSON.stringify(state));
  return parsed.toJSON() as unknown as EditorStateJson;
}

/** Runs `fn` in an update of a headless editor holding `state`, and returns the document after it. */
export function updateDocument(state: EditorStateJson, fn: () => void): EditorStateJson {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  editor.update(fn, { discrete: true });
  return editor.getEditorState().toJSON() as unknown as EditorStateJson;
}
