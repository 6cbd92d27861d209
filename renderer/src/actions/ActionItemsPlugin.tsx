import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLiveQuery } from 'dexie-react-hooks';
import { $getNodeByKey, $isElementNode, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useSearch } from 'wouter';
import { $convertLineToActionItem, $documentLines, $findActionItem, $isActionItem, $suggestionText } from '../../../core/actions/actionIds';
import { parseOwnerDue } from '../../../core/actions/ownerDue';
import { $getStamp } from '../../../core/editor/stampState';
import { useCommand } from '../app/commands';
import { notifyError } from '../app/notices';
import { dismissSuggestion, listDismissedForSession, listSessionActionItems, type ActionItemRecord } from '../db/actionItems';
import { jumpToBlock } from '../editor/jump';
import { $enterAfterShortcutItem, $toggleActionItemAtSelection, registerActionItemEditing } from './registerActionItems';
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

interface SuggestionTarget {
  key: NodeKey;
  row: ActionItemRecord;
}

interface MarginSuggestion extends SuggestionTarget {
  top: number;
}

function samePlaces(a: readonly MarginSuggestion[], b: readonly MarginSuggestion[]): boolean {
  return a.length === b.length && a.every((place, index) => place.key === b[index]?.key && place.row === b[index]?.row && place.top === b[index]?.top);
}

/**
 * Action items in the session editor: ids, markers and the shortcut
 * (./registerActionItems), owner and due chips on each item, suggested
 * follow-ups in the right margin with accept and dismiss, and a jump to an
 * item named in the address (`?action=<id>`, from the Actions view).
 */
export function ActionItemsPlugin({ sessionId, timeZone }: { sessionId: string; timeZone: string }) {
  const [editor] = useLexicalComposerContext();
  const dismissed = useLiveQuery(() => listDismissedForSession(sessionId), [sessionId]);
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
          if (!event) return false;
          if (matchesShortcut(event, actionItemKeys)) {
            event.preventDefault();
            event.stopPropagation();
            $toggleActionItemAtSelection();
            return true;
          }
          // Plain Enter after an item the shortcut made: the next line is a note, not another item.
          if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.isComposing) return false;
          if (!$enterAfterShortcutItem()) return false;
          event.preventDefault();
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

  // Suggestions: the rows each save derives and stores with the document
  // (in the save worker, off this thread), on the lines they name. A line is
  // matched by its index and checked by its text: rows come from the last
  // save, and the editor may have moved on since (the next save brings
  // fresh rows).
  const sessionRows = useLiveQuery(() => listSessionActionItems(sessionId), [sessionId]);
  const targets = useMemo((): SuggestionTarget[] => {
    const shown = (sessionRows ?? []).filter((row) => row.source === 'suggested' && !dismissed?.has(row.id));
    if (shown.length === 0) return [];
    return editor.getEditorState().read(() => {
      const lines = $documentLines();
      const found: SuggestionTarget[] = [];
      for (const row of shown) {
        const line = lines[row.lineIndex];
        // Only a line whose text is still the row's: a row from a save made mid-word names text the line no longer has.
        if (!line || $isActionItem(line) || $suggestionText(line) !== row.text) continue;
        found.push({ key: line.getKey(), row });
      }
      return found;
    });
  }, [editor, sessionRows, dismissed]);

  // Marks the suggested lines and places the margin buttons beside them.
  // Typing moves lines, so this runs again after each change, once per
  // frame, and only reads the few suggested lines (never every line).
  useEffect(() => {
    const marked = new Set<NodeKey>();
    let placedBefore: MarginSuggestion[] | null = null;
    let frame = 0;
    const place = () => {
      frame = 0;
      const shell = editor.getRootElement()?.parentElement;
      if (!shell) return;
      const shellTop = shell.getBoundingClientRect().top;
      const placed: MarginSuggestion[] = [];
      // A line typed into since its row was derived is not that suggestion any more (the next save says what it is).
      const current = editor.getEditorState().read(() =>
        targets.filter(({ key, row }) => {
          const node = $getNodeByKey(key);
          return $isElementNode(node) && $suggestionText(node) === row.text;
        }),
      );
      for (const { key } of targets) {
        if (!current.some((target) => target.key === key)) {
          const element = editor.getElementByKey(key);
          if (element) delete element.dataset.suggested;
        }
      }
      for (const { key, row } of current) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        if (element.dataset.suggested !== (row.reason ?? '')) element.dataset.suggested = row.reason ?? '';
        marked.add(key);
        placed.push({ key, row, top: element.getBoundingClientRect().top - shellTop });
      }
      if (placedBefore === null || !samePlaces(placedBefore, placed)) setMargin(placed);
      placedBefore = placed;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(place);
    };
    place();
    window.addEventListener('resize', schedule);
    const unregister =
      targets.length === 0
        ? () => undefined
        : editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
            if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
          });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', schedule);
      unregister();
      for (const key of marked) {
        const element = editor.getElementByKey(key);
        if (element) delete element.dataset.suggested;
      }
    };
  }, [editor, targets]);

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
