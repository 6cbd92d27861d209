import { useEffect } from 'react';

/**
 * What the app does at start that the first screen does not need
 * (reconciling with the archive folder, loading the search index) waits
 * until that screen has shown its data and a moment more, then runs one task
 * at a time: IndexedDB answers requests one after another, and on two cores
 * every other task slows the screen and the first keystrokes on it.
 */
let shown = false;
const whenShown: Array<() => void> = [];
let queue: Promise<unknown> = Promise.resolve();

/** After the first screen has shown its data: the user's first look and keystroke come before the deferred work. */
const PAUSE_AFTER_SHOWN_MS = 1000;
/** Screens that do not report their data start the deferred work this long after start-up at the latest. */
const LATEST_MS = 3000;

/** Says the first screen has shown its data; later calls do nothing. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const run of whenShown.splice(0)) run();
}

/** Screens call this with whether their data is shown; the first one to say so starts the deferred work. */
export function useFirstScreenShown(ready: boolean): void {
  useEffect(() => {
    if (ready) firstScreenShown();
  }, [ready]);
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Runs `task` a moment after the first screen has shown its data, when the
 * window is idle and every task queued before it has finished (or at the
 * latest a few seconds after start-up if no screen says so). Returns a
 * function that cancels it if it has not started.
 */
export function afterFirstScreen(task: () => unknown): () => void {
  let cancelled = false;
  const due = new Promise<void>((resolve) => {
    const latest = setTimeout(resolve, LATEST_MS);
    const go = () => {
      clearTimeout(latest);
      setTimeout(resolve, PAUSE_AFTER_SHOWN_MS);
    };
    if (shown) go();
    else whenShown.push(go);
  });
  const previous = queue;
  queue = (async () => {
    await Promise.all([due, previous.catch(() => undefined)]);
    await idle();
    if (!cancelled) await task();
  })();
  return () => {
    cancelled = true;
  };
}
