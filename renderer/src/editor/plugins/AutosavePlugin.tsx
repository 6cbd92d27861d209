import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import { DocumentJsonWriter, type WrittenDocument } from '../../../../core/editor/documentJsonWriter';
import { saveStatus } from '../../sync/saveStatus';

/** After this pause in typing the document is saved. */
export const IDLE_SAVE_MS = 300;
/** While typing without a pause, a save happens at least this often: a dead battery loses at most this much. */
export const MAX_SAVE_INTERVAL_MS = 1000;

interface AutosaveProps {
  /** Receives the document's JSON text in pieces, with the blocks that changed since the last save. */
  save: (written: WrittenDocument) => Promise<void>;
  /** False while the document must not be written (it failed to load, or is read-only). */
  enabled?: boolean;
  /**
   * Receives the document as it was opened, once the window is idle and
   * before any change, so whoever stores the saves can take it in ahead of
   * the first save (see primeSessionDocument).
   */
  prime?: (written: WrittenDocument) => void;
}

/** How long after opening a prime waits for an idle moment, at most. */
const PRIME_TIMEOUT_MS = 2000;

/**
 * Saves the document after a short pause, and at least every second while
 * typing. A keystroke only marks the editor dirty and moves a timer: the
 * state is serialised once per save, never per keystroke, and then only the
 * blocks that changed since the last save (DocumentJsonWriter); what is done
 * with the text (parsing, IndexedDB, the archive) is the save's business,
 * off this thread. Selection-only updates are ignored; the last changes are
 * flushed when the editor closes or the window is hidden.
 */
export function AutosavePlugin({ save, enabled = true, prime }: AutosaveProps) {
  const [editor] = useLexicalComposerContext();
  const latestSave = useRef(save);
  const latestPrime = useRef(prime);
  useEffect(() => {
    latestSave.current = save;
    latestPrime.current = prime;
  });

  useEffect(() => {
    if (!enabled) return;
    let pending: EditorState | null = null;
    let firstDirtyAt = 0;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let maxTimer: ReturnType<typeof setTimeout> | undefined;
    let saving: Promise<void> = Promise.resolve();
    const writer = new DocumentJsonWriter().trackUpdates();
    let written = false;
    // The document as opened, handed over while nothing is typed yet; a change made first is saved instead.
    const primeWhenIdle = () => {
      if (written || pending || !latestPrime.current) return;
      written = true;
      latestPrime.current(writer.write(editor.getEditorState()));
    };
    let cancelPrime: () => void;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(primeWhenIdle, { timeout: PRIME_TIMEOUT_MS });
      cancelPrime = () => cancelIdleCallback(id);
    } else {
      const timer = setTimeout(primeWhenIdle, 200);
      cancelPrime = () => clearTimeout(timer);
    }

    const flush = () => {
      clearTimeout(idleTimer);
      clearTimeout(maxTimer);
      idleTimer = maxTimer = undefined;
      const state = pending;
      if (!state) return;
      pending = null;
      written = true;
      const document = writer.write(state);
      saving = saving
        .then(() => latestSave.current(document))
        .then(
          () => saveStatus.editorSaved(),
          (error: unknown) => {
            saveStatus.editorSaved();
            saveStatus.failed(`Your last changes could not be saved: ${error instanceof Error ? error.message : String(error)}. Keep this window open and try again.`);
          },
        );
    };

    const unregister = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
      // Every committed update, saved or not, tells the writer which blocks to look at.
      writer.noteUpdate({ dirtyElements, dirtyLeaves });
      if (editorState === prevEditorState || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      // Loading a document and registering transforms re-mark nodes without changing them.
      if (tags.has(HISTORY_MERGE_TAG)) return;
      if (!pending) {
        firstDirtyAt = performance.now();
        saveStatus.editorDirty();
        maxTimer = setTimeout(flush, MAX_SAVE_INTERVAL_MS);
      }
      pending = editorState;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(flush, Math.min(IDLE_SAVE_MS, Math.max(0, firstDirtyAt + MAX_SAVE_INTERVAL_MS - performance.now())));
    });

    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      cancelPrime();
      unregister();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [editor, enabled]);

  return null;
}
