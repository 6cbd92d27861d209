import { useSyncExternalStore } from 'react';

/**
 * Asks an open session's editor to load its document again from the local
 * store: after a version from another device or program was merged into it.
 * The editor saves what was typed when it closes, so a reload is asked for
 * only once those saves are done (see archiveTakeIn.ts).
 */
const reloads = new Map<string, number>();
const listeners = new Set<() => void>();

export function reloadDocument(sessionId: string): void {
  reloads.set(sessionId, (reloads.get(sessionId) ?? 0) + 1);
  for (const listener of listeners) listener();
}

/** A number that grows each time the session's document must be loaded again. */
export function useDocumentReloads(sessionId: string): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reloads.get(sessionId) ?? 0,
  );
}
