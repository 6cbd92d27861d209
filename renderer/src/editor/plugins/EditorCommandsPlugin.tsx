import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import { $restampSelectedLine } from '../../../../core/editor/stamping';
import { formatClock, type ClockFormat } from '../../../../core/time/stamps';
import { useCommand } from '../../app/commands';

interface EditorCommandsProps {
  now: () => number;
  lagSeconds: number;
  timeZone: string;
  clock: ClockFormat;
}

/**
 * Takes the caret from the page before a command acts on it. A shortcut
 * pressed right after an arrow key can reach the command before the
 * browser's selectionchange has told Lexical where the caret went (a busy
 * machine delays that event); the line under the caret as the user sees it
 * is the one meant.
 */
function $selectionFromPage(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const selection = root?.ownerDocument.defaultView?.getSelection() ?? null;
  if (!root || !selection?.anchorNode || !root.contains(selection.anchorNode)) return;
  const fromPage = $createRangeSelectionFromDom(selection, editor);
  if (fromPage) $setSelection(fromPage);
}

/** The editor's own commands from the command list: time mark and re-stamp. */
export function EditorCommandsPlugin({ now, lagSeconds, timeZone, clock }: EditorCommandsProps) {
  const [editor] = useLexicalComposerContext();

  useCommand('editor.timeMark', () => {
    // The same clock as the gutter's labels: one time format everywhere.
    const mark = formatClock(now(), timeZone, clock);
    editor.update(() => {
      $selectionFromPage(editor);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(`[${mark}] `);
    });
    editor.focus();
  });

  useCommand('editor.restamp', () => {
    editor.update(() => {
      $selectionFromPage(editor);
      $restampSelectedLine(now() - lagSeconds * 1000);
    });
    editor.focus();
  });

  return null;
}
