import { useSyncExternalStore } from 'react';

/** Messages for the user: failures that say what to do, and short confirmations. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
  /** One thing the user can do about it, such as Undo. */
  action?: { label: string; run: () => void };
}

let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function notify(message: string, tone: Notice['tone'] = 'info', action?: Notice['action']): number {
  const id = nextId++;
  notices = [...notices.slice(-4), { id, tone, message, ...(action ? { action } : {}) }];
  emit();
  return id;
}

/** Shows a failure; accepts anything thrown. */
export function notifyError(error: unknown): void {
  notify(error instanceof Error ? error.message : String(error), 'error');
}

export function dismissNotice(id: number): void {
  notices = notices.filter((notice) => notice.id !== id);
  emit();
}

export function useNotices(): Notice[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notices,
  );
}
