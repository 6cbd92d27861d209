// What the page records about its own start, installed before any of the
// app's scripts run (context.addInitScript). Times are the page's clock:
// performance.now(), whose zero is the navigation's start.

/** A task of 50 ms or more on the page's main thread during start. */
export interface ProbeTask {
  startTime: number;
  duration: number;
}

export interface StartRecord {
  /** When the first element matching the awaited selector was inserted. */
  shownAt: number | null;
  /** The end of the frame that first rendered it. */
  paintedAt: number | null;
  /** Whether the element to focus took the focus once shown. */
  focusable: boolean;
  /** First contentful paint, from the paint timing entries. */
  firstContentfulPaint: number | null;
  /** When the main script had arrived (resource timing): what came before is loading, not running. */
  scriptLoadedAt: number | null;
  /** The first keydown handled after that frame: its event time, when its handlers ran, and the end of the frame after it. */
  key: { timeStamp: number; handledAt: number; paintedAt: number | null } | null;
  /** Keydowns handled before the screen was shown. */
  keysBefore: number;
  longTasks: ProbeTask[];
}

declare global {
  interface Window {
    __startRecord?: StartRecord;
  }
}

/**
 * The init script. `shown` is what the screen shows once its data is in (the
 * first conference row, or the empty state); `focus` is the element focused
 * then (the row, or the New conference button). Runs in the page, so it may
 * use nothing from this module's scope.
 */
export function installStartProbe(shown: string, focus: string): void {
  const record: StartRecord = { shownAt: null, paintedAt: null, focusable: false, firstContentfulPaint: null, scriptLoadedAt: null, key: null, keysBefore: 0, longTasks: [] };
  Object.defineProperty(window, '__startRecord', { value: record });
  // The end of the frame that renders what is in the DOM now: a message
  // posted from requestAnimationFrame arrives once that frame is painted.
  const afterNextFrame = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  const check = () => {
    if (record.shownAt !== null || !document.querySelector(shown)) return;
    record.shownAt = performance.now();
    observer.disconnect();
    afterNextFrame((at) => {
      record.paintedAt = at;
      const target = document.querySelector<HTMLElement>(focus);
      target?.focus();
      record.focusable = target !== null && document.activeElement === target;
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  // The driver presses Shift every few milliseconds from the start: the first
  // one handled after the screen was painted says the page answers input.
  window.addEventListener(
    'keydown',
    (event) => {
      if (record.key) return;
      if (record.paintedAt === null) {
        record.keysBefore++;
        return;
      }
      const key = { timeStamp: event.timeStamp, handledAt: performance.now(), paintedAt: null as number | null };
      record.key = key;
      afterNextFrame((at) => (key.paintedAt = at));
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') record.firstContentfulPaint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (entry.initiatorType === 'script' && record.scriptLoadedAt === null) record.scriptLoadedAt = entry.responseEnd;
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // Older engines: the start figures do not depend on these.
  }
}

/**
 * The probe as init-script source. tsx compiles this module with esbuild's
 * keepNames, which wraps named inner functions in a `__name(...)` helper the
 * page does not have; the wrapper gives it one, local to the script.
 */
export function startProbeScript(shown: string, focus: string): string {
  return `(() => { const __name = (fn) => fn; (${installStartProbe.toString()})(${JSON.stringify(shown)}, ${JSON.stringify(focus)}); })();`;
}
