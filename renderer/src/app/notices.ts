import { useSyncExternalStore } from 'react';

/** Messages for the user: failures that say what to do, and short confirmations. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
  /** Notices of one kind replace each other: a new one takes the place of the one shown. */
  kind: string;
  /** One thing the user can do about it, such as Undo. */
  action?: { label: string; run: () => void };
}

export interface NoticeOptions {
  /** What makes two notices the same (defaults to the message). */
  kind?: string;
  /** How long it stays once it can be read (defaults by tone). */
  durationMs?: number;
}

/** Long enough to read a sentence and reach its button; errors, which say what to do, stay longer. */
export const noticeDurations = { info: 6000, action: 8000, error: 12_000 } as const;

interface Timed {
  notice: Notice;
  remaining: number;
  startedAt: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface NoticeState {
  notices: readonly Notice[];
  /** True while a dialog is open: notices wait behind it, their time standing still. */
  hidden: boolean;
}

const MAX_SHOWN = 3;
const timed = new Map<number, Timed>();
const holds = new Map<string, number>();
let state: NoticeState = { notices: [], hidden: false };
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  const notices = [...timed.values()].map((entry) => entry.notice);
  state = { notices, hidden: (holds.get('dialog') ?? 0) > 0 };
  for (const listener of listeners) listener();
}

function held(): boolean {
  for (const count of holds.values()) if (count > 0) return true;
  return false;
}

function run(entry: Timed): void {
  clearTimeout(entry.timer);
  entry.startedAt = Date.now();
  entry.timer = setTimeout(() => dismissNotice(entry.notice.id), entry.remaining);
}

function pause(entry: Timed): void {
  if (entry.timer === undefined) return;
  clearTimeout(entry.timer);
  entry.timer = undefined;
  entry.remaining = Math.max(1000, entry.remaining - (Date.now() - entry.startedAt));
}

export function notify(message: string, tone: Notice['tone'] = 'info', action?: Notice['action'], options: NoticeOptions = {}): number {
  const id = nextId++;
  const kind = options.kind ?? message;
  for (const entry of timed.values()) {
    if (entry.notice.kind !== kind) continue;
    clearTimeout(entry.timer);
    timed.delete(entry.notice.id);
  }
  const notice: Notice = { id, tone, message, kind, ...(action ? { action } : {}) };
  const remaining = options.durationMs ?? (tone === 'error' ? noticeDurations.error : action ? noticeDurations.action : noticeDurations.info);
  const entry: Timed = { notice, remaining, startedAt: Date.now(), timer: undefined };
  timed.set(id, entry);
  // The oldest leave first when too many would stack up.
  while (timed.size > MAX_SHOWN) {
    const oldest = timed.values().next().value;
    if (!oldest) break;
    clearTimeout(oldest.timer);
    timed.delete(oldest.notice.id);
  }
  if (!held()) run(entry);
  emit();
  return id;
}

/** Shows a failure; accepts anything thrown. */
export function notifyError(error: unknown): void {
  notify(error instanceof Error ? error.message : String(error), 'error');
}

export function dismissNotice(id: number): void {
  const entry = timed.get(id);
  if (!entry) return;
  clearTimeout(entry.timer);
  timed.delete(id);
  emit();
}

/**
 * Stops the notices' time while something needs them to stay: the pointer
 * over them, the focus in them, a dialog open (which also hides them, so
 * they never cover it). Returns the release.
 */
export function holdNotices(reason: 'hover' | 'focus' | 'dialog'): () => void {
  const wasHeld = held();
  holds.set(reason, (holds.get(reason) ?? 0) + 1);
  if (!wasHeld) for (const entry of timed.values()) pause(entry);
  emit();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds.set(reason, Math.max(0, (holds.get(reason) ?? 1) - 1));
    if (!held()) for (const entry of timed.values()) run(entry);
    emit();
  };
}

/** What is shown now: the notices, and whether they wait behind a dialog. */
export function noticeState(): NoticeState {
  return state;
}

export function useNoticeState(): NoticeState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    noticeState,
  );
}

export function useNotices(): readonly Notice[] {
  return useNoticeState().notices;
}
