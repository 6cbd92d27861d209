import { useEffect } from 'react';

/**
 * What the app does at start that the first screen does not need
 * (reconciling with the archive folder, loading the search index) waits
 * until that screen has shown its data: IndexedDB answers requests one after
 * another, and on two cores every other task slows the screen, so the screen
 * is served first.
 */
let shown = false;
const waiting: Array<() => void> = [];

/** Says the first screen has shown its data; later calls do nothing. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const run of waiting.splice(0)) run();
}

/** Screens call this with whether their data is shown; the first one to say so starts the deferred work. */
export function useFirstScreenShown(ready: boolean): void {
  useEffect(() => {
    if (ready) firstScreenShown();
  }, [ready]);
}

/**
 * Runs `task` once the first screen has shown its data and the window is
 * then idle, or `latestMs` after this call if no screen says so (screens that
 * do not report it). Returns a function that cancels it.
 */
export function afterFirstScreen(task: () => void, latestMs = 3000): () => void {
  let done = false;
  let idle: number | null = null;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(latest);
    if (idle !== null) cancelIdleCallback(idle);
    task();
  };
  const latest = setTimeout(run, latestMs);
  const whenShown = () => {
    if (done) return;
    // The frame that shows the data is painted first.
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  };
  if (shown) whenShown();
  else waiting.push(whenShown);
  return () => {
    done = true;
    clearTimeout(latest);
    if (idle !== null) cancelIdleCallback(idle);
    const index = waiting.indexOf(whenShown);
    if (index >= 0) waiting.splice(index, 1);
  };
}
