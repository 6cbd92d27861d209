import { useSyncExternalStore } from 'react';

/**
 * What the window tells the user about saving: edits waiting for the idle
 * pause, edits in the local store but not yet on disk, and the last failure.
 */
export interface SaveStatus {
  /** Editors with changes not yet in the local store. */
  unsavedEditors: number;
  /** Records written locally whose disk copy is not confirmed yet. */
  pendingDiskWrites: number;
  /** The last save that failed, with a message for the user; cleared by the next success. */
  error: string | null;
}

let status: SaveStatus = { unsavedEditors: 0, pendingDiskWrites: 0, error: null };
const listeners = new Set<() => void>();

function update(change: (previous: SaveStatus) => SaveStatus): void {
  status = change(status);
  for (const listener of listeners) listener();
}

export const saveStatus = {
  get: (): SaveStatus => status,
  editorDirty: () => update((s) => ({ ...s, unsavedEditors: s.unsavedEditors + 1 })),
  editorSaved: () => update((s) => ({ ...s, unsavedEditors: Math.max(0, s.unsavedEditors - 1) })),
  diskWriteStarted: () => update((s) => ({ ...s, pendingDiskWrites: s.pendingDiskWrites + 1 })),
  diskWriteFinished: (error: string | null) =>
    update((s) => ({ ...s, pendingDiskWrites: Math.max(0, s.pendingDiskWrites - 1), error })),
  failed: (error: string) => update((s) => ({ ...s, error })),
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(saveStatus.subscribe, saveStatus.get);
}
