import { createCommand, type NodeKey } from 'lexical';

/** Sent by an image's "alt text" button; the images plugin opens the dialog outside the editable area. */
export const EDIT_IMAGE_ALT_COMMAND = createCommand<NodeKey>('plenary-edit-image-alt');
