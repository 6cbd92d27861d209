import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { registerStamping, type StampingOptions } from '../../../../core/editor/stamping';

/** Stamps new lines as they are typed (core/editor/stamping.ts); options are read fresh at each stamp. */
export function StampingPlugin(options: StampingOptions) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(
    () =>
      registerStamping(editor, {
        now: () => latest.current.now(),
        lagSeconds: () => latest.current.lagSeconds(),
        shouldStamp: () => latest.current.shouldStamp(),
        onStamped: (stamp) => latest.current.onStamped?.(stamp),
      }),
    [editor],
  );
  return null;
}
