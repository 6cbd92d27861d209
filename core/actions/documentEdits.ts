import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { plenaryNodes } from '../editor/nodes';
import type { EditorStateJson } from '../model/session';
import { $convertLineToActionItem, $documentLines, $ensureActionIds, $isActionItem, $setActionDone } from './actionIds';
import { deriveActionItems } from './derive';
import { $getActionId } from '../editor/actionItemState';

/**
 * Changes to a stored document made outside its editor (from the Actions
 * view): ticking an item and accepting a suggestion. Each parses the
 * document into a headless editor, changes it with the same helpers the
 * editor uses, and returns the new JSON, or null when the line is not there.
 */
function editorWith(content: EditorStateJson): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'plenary-actions',
    nodes: [...plenaryNodes],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
  return editor;
}

function json(editor: LexicalEditor): EditorStateJson {
  return editor.getEditorState().toJSON() as unknown as EditorStateJson;
}

/**
 * Ticks (or unticks) the item with this id; null when the document has no
 * such item. A check-list line that never had an id is listed under a
 * provisional one (see ./derive, which needs the session's id to name it):
 * it is found through that, and given an id of its own.
 */
export function setActionDoneInDocument(content: EditorStateJson, sessionId: string, id: string, done: boolean): EditorStateJson | null {
  const provisionalLine = id.startsWith('u-')
    ? (deriveActionItems(sessionId, '', content, { timeZone: 'UTC', referenceTime: 0 }).find((row) => row.id === id)?.lineIndex ?? null)
    : null;
  const editor = editorWith(content);
  let found = false;
  editor.update(() => {
    found = $setActionDone(id, done);
    if (!found && provisionalLine !== null) {
      const line = $documentLines()[provisionalLine];
      if ($isActionItem(line)) {
        if (line.getChecked() !== done) line.setChecked(done);
        found = true;
      }
    }
    if (found) $ensureActionIds();
  }, { discrete: true });
  return found ? json(editor) : null;
}

/**
 * Turns the line a suggestion was found on into an action item. The line is
 * found by the suggestion's id (session and text), so an edit elsewhere in
 * the document since the suggestion was listed cannot convert another line.
 */
export function acceptSuggestionInDocument(
  content: EditorStateJson,
  sessionId: string,
  suggestionId: string,
): { content: EditorStateJson; actionId: string } | null {
  const row = deriveActionItems(sessionId, '', content, { timeZone: 'UTC', referenceTime: 0 }).find(
    (candidate) => candidate.id === suggestionId && candidate.source === 'suggested',
  );
  if (!row) return null;
  const editor = editorWith(content);
  let actionId: string | null = null;
  editor.update(() => {
    $ensureActionIds();
    const block = $documentLines()[row.lineIndex];
    const item = block ? $convertLineToActionItem(block, { stripMarker: true }) : null;
    actionId = item ? $getActionId(item) : null;
  }, { discrete: true });
  return actionId ? { content: json(editor), actionId } : null;
}
