import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useLiveQuery } from 'dexie-react-hooks';
import { $getNodeByKey, $isElementNode, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useSearch } from 'wouter';
import { $convertLineToActionItem, $documentLines, $findActionItem, $isActionItem } from '../../../core/actions/actionIds';
import { deriveActionItems, type ActionItemRow } from '../../../core/actions/derive';
import { parseOwnerDue } from '../../../core/actions/ownerDue';
import type { EditorStateJson } from '../../../core/model/session';
import { $getStamp } from '../../../core/editor/stampState';
import { useCommand } from '../app/commands';
import { notifyError } from '../app/notices';
import { dismissSuggestion, listDismissedForSession } from '../db/actionItems';
import { jumpToBlock } from '../editor/jump';
import { $toggleActionItemAtSelection, registerActionItemEditing } from './registerActionItems';
import { actionItemKeys, matchesShortcut } from './shortcut';
import './actions.css';

/** Owner and due date of an item, shown as chips after its text (CSS draws them from data attributes). */
function $showChips(editor: LexicalEditor, key: NodeKey, timeZone: string): void {
  const element = editor.getElementByKey(key);
  const node = $getNodeByKey(key);
  if (!element || !node) return;
  if (!$isActionItem(node)) {
    delete element.dataset.owner;
    delete element.dataset.due;
    return;
  }
  const { owner, due } = parseOwnerDue(node.getTextContent(), { timeZone, reference: $getStamp(node) ?? Date.now() });
  const ownerLabel = owner === 'me' ? undefined : `@${owner}`;
  const dueLabel = due === null ? undefined : `due ${due}`;
  if (element.dataset.owner !== ownerLabel) {
    if (ownerLabel) element.dataset.owner = ownerLabel;
    else delete element.dataset.owner;
  }
  if (element.dataset.due !== dueLabel) {
    if (dueLabel) element.dataset.due = dueLabel;
    else delete element.dataset.due;
  }
}

interface MarginSuggestion {
  key: NodeKey;
  row: ActionItemRow;
  top: number;
}

const SUGGEST_DELAY_MS = 400;

/**
 * Action items in the session editor: ids, markers and the shortcut
 * (./registerActionItems), owner and due chips on each item, suggested
 * follow-ups in the right margin with accept and dismiss, and a jump to an
 * item named in the address (`?action=<id>`, from the Actions view).
 */
export function ActionItemsPlugin({ sessionId, timeZone }: { sessionId: string; timeZone: string }) {
  const [editor] = useLexicalComposerContext();
  const dismissed = useLiveQuery(() => listDismissedForSession(sessionId), [sessionId]);
  const [rows, setRows] = useState<ActionItemRow[]>([]);
  const [margin, setMargin] = useState<MarginSuggestion[]>([]);
  const search = useSearch();

  useEffect(() => registerActionItemEditing(editor), [editor]);

  useCommand('editor.actionItem', () => {
    editor.update(() => {
      $toggleActionItemAtSelection();
    });
    editor.focus();
  });
  // Inside the editor, Enter with the shortcut's modifiers would first split the line: handle it before that.
  useEffect(
    () =>
      editor.registerCommand<KeyboardEvent | null>(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!event || !matchesShortcut(event, actionItemKeys)) return false;
          event.preventDefault();
          event.stopPropagation();
          $toggleActionItemAtSelection();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  // Chips: recomputed only for list items created or changed in an update.
  useEffect(() => {
    editor.getEditorState().read(() => {
      for (const line of $documentLines()) if (line instanceof ListItemNode) $showChips(editor, line.getKey(), timeZone);
    });
    return editor.registerMutationListener(
      ListItemNode,
      (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) if (mutation !== 'destroyed') $showChips(editor, key, timeZone);
        });
      },
      { skipInitialization: true },
    );
  }, [editor, timeZone]);

  // Suggestions: derived from the document a moment after typing stops.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const derive = () => {
      const json = editor.getEditorState().toJSON() as unknown as EditorStateJson;
      setRows(deriveActionItems(sessionId, '', json, { timeZone, referenceTime: Date.now() }).filter((row) => row.source === 'suggested'));
    };
    derive();
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        clearTimeout(timer);
        timer = setTimeout(derive, SUGGEST_DELAY_MS);
      }),
    );
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, sessionId, timeZone]);

  // Place the margin buttons beside their lines and mark the lines.
  useEffect(() => {
    const shown = rows.filter((row) => !dismissed?.has(row.id));
    const place = () => {
      const shell = editor.getRootElement()?.parentElement;
      if (!shell) return;
      const shellTop = shell.getBoundingClientRect().top;
      const placed: MarginSuggestion[] = [];
      editor.getEditorState().read(() => {
        const lines = $documentLines();
        for (const line of lines) {
          const element = editor.getElementByKey(line.getKey());
          if (element?.dataset.suggested !== undefined) delete element.dataset.suggested;
        }
        for (const row of shown) {
          const line = lines[row.lineIndex];
          const element = line ? editor.getElementByKey(line.getKey()) : null;
          if (!line || !element) continue;
          element.dataset.suggested = row.reason ?? '';
          placed.push({ key: line.getKey(), row, top: element.getBoundingClientRect().top - shellTop });
        }
      });
      setMargin(placed);
    };
    place();
    window.addEventListener('resize', place);
    const unregister = editor.registerUpdateListener(() => requestAnimationFrame(place));
    return () => {
      window.removeEventListener('resize', place);
      unregister();
    };
  }, [editor, rows, dismissed]);

  // A link from the Actions view: open at the item with this id.
  const actionId = useMemo(() => new URLSearchParams(search).get('action'), [search]);
  useEffect(() => {
    if (!actionId) return;
    const key = editor.getEditorState().read(() => $findActionItem(actionId)?.getKey() ?? null);
    if (key) jumpToBlock(editor, key);
  }, [editor, actionId]);

  const accept = (suggestion: MarginSuggestion) => {
    editor.update(() => {
      const block = $getNodeByKey(suggestion.key);
      if ($isElementNode(block)) $convertLineToActionItem(block, { stripMarker: true });
    });
    editor.focus();
  };
  const dismiss = (suggestion: MarginSuggestion) => {
    dismissSuggestion(suggestion.row).catch(notifyError);
  };

  const shell = editor.getRootElement()?.parentElement;
  if (!shell || margin.length === 0) return null;
  return createPortal(
    <div className="suggestion-margin" aria-label="Suggested action items">
      {margin.map((suggestion) => (
        <div key={suggestion.row.id} className="suggestion-mark" style={{ top: suggestion.top }} data-testid="suggestion-mark">
          <button
            type="button"
            className="suggestion-accept"
            title={`Make this an action item (${suggestion.row.reason ?? 'suggested'})`}
            aria-label={`Make an action item: ${suggestion.row.text}`}
            onClick={() => accept(suggestion)}
          >
            ☐ Action
          </button>
          <button
            type="button"
            className="suggestion-dismiss"
            title="Not an action item: stop suggesting this line"
            aria-label={`Dismiss the suggestion: ${suggestion.row.text}`}
            onClick={() => dismiss(suggestion)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>,
    shell,
  );
}
