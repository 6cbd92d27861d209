import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $appendNextTalkBlock } from '../../../core/templates/nextTalk';
import { useCommand } from '../app/commands';

interface NextTalkPluginProps {
  now: () => number;
  lagSeconds: number;
}

/** The "Next lightning talk" command: adds the next talk block, stamped now, with the caret on its title. */
export function NextTalkPlugin({ now, lagSeconds }: NextTalkPluginProps) {
  const [editor] = useLexicalComposerContext();
  useCommand('editor.nextTalk', () => {
    let key: string | null = null;
    editor.update(
      () => {
        key = $appendNextTalkBlock({ stamp: now() - lagSeconds * 1000 }).getKey();
      },
      { onUpdate: () => key && editor.getElementByKey(key)?.scrollIntoView({ block: 'center' }) },
    );
    editor.focus();
  });
  return null;
}
