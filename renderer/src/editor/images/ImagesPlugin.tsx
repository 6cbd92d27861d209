import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { imageTypes } from '../../../../core/assets/assetRef';
import { $createImageNode, $isImageNode } from '../../../../core/editor/imageNode';
import { stampAt, type StampingOptions } from '../../../../core/editor/stamping';
import { $setStamp } from '../../../../core/editor/stampState';
import { notify } from '../../app/notices';
import { useCommand } from '../../app/commands';
import { keepImage } from '../../assets/imageAssets';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { EDIT_IMAGE_ALT_COMMAND } from './imageCommands';

const accept = Object.values(imageTypes).join(',');

/**
 * Keeps each file (its bytes go to the local store and the archive once) and
 * puts it in the notes as a line of its own at the caret, stamped with the
 * instant it was pasted, dropped or picked (storing a large photo takes a
 * moment). A file that is not a usable image is told and skipped; the others
 * still go in.
 */
async function insertImages(editor: LexicalEditor, files: readonly File[], stamping: StampingOptions): Promise<void> {
  const stamp = stampAt(stamping, stamping.now());
  for (const file of files) {
    try {
      const image = await keepImage(file);
      editor.update(() => {
        const node = $createImageNode(image);
        // With a stamp already, the stamping transform leaves the node as it is.
        if (stamp !== null) $setStamp(node, stamp);
        $insertNodeToNearestRoot(node);
      });
      if (stamp !== null) stamping.onStamped?.(stamp);
    } catch (error) {
      notify(`${file.name ? `${file.name}: ` : ''}${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }
  editor.focus();
}

function $deleteSelectedImages(event: KeyboardEvent | null): boolean {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return false;
  const images = selection.getNodes().filter($isImageNode);
  if (images.length === 0) return false;
  event?.preventDefault();
  for (const image of images) image.remove();
  return true;
}

/** Pictures in the notes: paste or drop image files, "Insert image…" (a file picker), alt text, delete. */
export function ImagesPlugin({ stamping }: { stamping: StampingOptions }) {
  const [editor] = useLexicalComposerContext();
  // The session's stamping settings as they are at the paste, not as they were when the plugin mounted.
  const latest = useRef(stamping);
  useEffect(() => {
    latest.current = stamping;
  });
  const picker = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<{ key: NodeKey; altText: string } | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAG_DROP_PASTE,
          (files) => {
            void insertImages(editor, files, latest.current);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          EDIT_IMAGE_ALT_COMMAND,
          (key) => {
            // Commands run inside an update: the node can be read directly.
            const node = $getNodeByKey(key);
            if ($isImageNode(node)) setEditing({ key, altText: node.getAltText() });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        // Enter on a selected picture edits its description: the keyboard way to the alt text.
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const selection = $getSelection();
            const nodes = $isNodeSelection(selection) ? selection.getNodes() : [];
            const image = nodes.length === 1 ? nodes[0] : null;
            if (!$isImageNode(image)) return false;
            event?.preventDefault();
            setEditing({ key: image.getKey(), altText: image.getAltText() });
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(KEY_BACKSPACE_COMMAND, $deleteSelectedImages, COMMAND_PRIORITY_LOW),
        editor.registerCommand(KEY_DELETE_COMMAND, $deleteSelectedImages, COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  useCommand('editor.insertImage', () => picker.current?.click());

  function saveAlt(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const altText = String(new FormData(event.currentTarget).get('alt') ?? '').trim();
    const key = editing?.key;
    setEditing(null);
    if (!key) return;
    editor.update(() => {
      const node = $getNodeByKey(key);
      if ($isImageNode(node)) node.setAltText(altText);
    });
  }

  return (
    <>
      <input
        ref={picker}
        type="file"
        accept={accept}
        multiple
        hidden
        data-testid="image-picker"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (files.length > 0) void insertImages(editor, files, latest.current);
        }}
      />
      <Dialog title="Alt text" open={editing !== null} onClose={() => setEditing(null)}>
        {editing && (
          <form onSubmit={saveAlt} className="form" noValidate>
            <Field
              label="Describe the image"
              name="alt"
              defaultValue={editing.altText}
              autoFocus
              hint="Read by screen readers and written into exported posts; e.g. “Slide: p99 latency before and after”."
            />
            <FormFooter error={null} submitLabel="Save" onCancel={() => setEditing(null)} />
          </form>
        )}
      </Dialog>
    </>
  );
}
