import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerTemplateOriginClearing } from '../../../../core/editor/templateOriginState';

/** Takes the template's mark off a line once the user writes in it (core/editor/templateOriginState.ts). */
export function TemplateOriginPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTemplateOriginClearing(editor), [editor]);
  return null;
}
