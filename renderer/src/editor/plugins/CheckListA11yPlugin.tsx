import { $isListItemNode, $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey } from 'lexical';
import { useEffect } from 'react';

/**
 * Lexical renders each check-list item as an <li role="checkbox">. A <ul>
 * may only hold list items, so a check list is announced as a group of
 * checkboxes instead, and an item without text gets a name, so assistive
 * technology never meets an unnamed checkbox.
 */
export function CheckListA11yPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(ListNode, (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              if (mutation === 'destroyed') continue;
              const node = $getNodeByKey(key);
              const element = editor.getElementByKey(key);
              if (!$isListNode(node) || !element) continue;
              if (node.getListType() === 'check') {
                element.setAttribute('role', 'group');
                element.setAttribute('aria-label', 'Action items');
              } else if (element.getAttribute('role') === 'group') {
                element.removeAttribute('role');
                element.removeAttribute('aria-label');
              }
            }
          });
        }),
        // Typing marks the item's element dirty without a mutation of the item itself, so names follow dirty elements.
        editor.registerUpdateListener(({ editorState, dirtyElements }) => {
          editorState.read(() => {
            for (const key of dirtyElements.keys()) {
              const node = $getNodeByKey(key);
              if (!$isListItemNode(node)) continue;
              const element = editor.getElementByKey(key);
              if (!element) continue;
              const isCheckbox = element.getAttribute('role') === 'checkbox';
              if (isCheckbox && node.getTextContent().trim() === '') element.setAttribute('aria-label', 'Empty action item');
              else if (element.hasAttribute('aria-label')) element.removeAttribute('aria-label');
            }
          });
        }),
      ),
    [editor],
  );
  return null;
}
