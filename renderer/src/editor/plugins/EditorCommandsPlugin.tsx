import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $restampSelectedLine } from '../../../../core/editor/stamping';
import { formatClock, type ClockFormat } from '../../../../core/time/stamps';
import { useCommand } from '../../app/commands';

interface EditorCommandsProps {
  now: () => number;
  lagSeconds: number;
  timeZone: string;
  clock: ClockFormat;
}

/** The editor's own commands from the command list: time mark and re-stamp. */
export function EditorCommandsPlugin({ now, lagSeconds, timeZone, clock }: EditorCommandsProps) {
  const [editor] = useLexicalComposerContext();

  useCommand('editor.timeMark', () => {
    const mark = formatClock(now(), timeZone, clock, { withSeconds: true });
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(`[${mark}] `);
    });
    editor.focus();
  });

  useCommand('editor.restamp', () => {
    editor.update(() => {
      $restampSelectedLine(now() - lagSeconds * 1000);
    });
    editor.focus();
  });

  return null;
}
