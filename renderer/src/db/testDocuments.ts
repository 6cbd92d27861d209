import { emptyEditorState, type EditorStateJson } from '../../../core/model/session';

/** A one-line document for the store's tests: a stamped paragraph holding `text`. */
export function documentWith(text: string): EditorStateJson {
  const state = emptyEditorState();
  state.root.children = [
    { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', $: { stamp: 1_700_000_000_000 }, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] },
  ];
  return state;
}
