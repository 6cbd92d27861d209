// window.plenary for the benchmark's window, as the preload exposes it (one
// method per channel, onMenuCommand), answered by the services on their own
// thread (./mainThread.ts), as main answers the renderer in the app. A fresh
// thread per launch: the archive store's file cache starts empty, as in a
// newly started main process.
import type { BrowserContext } from '@playwright/test';
import { Worker } from 'node:worker_threads';
import { channels } from '../../core/ipc/contract';

/** The preload's bridge, as page script source (see tests/e2e/fixtures/bridge.ts, which injects the same shape). */
function bridgeScript(names: readonly string[]): string {
  return `(() => {
  const invoke = window.__plenaryInvoke;
  const menuListeners = new Set();
  const bridge = {
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
  };
  for (const name of ${JSON.stringify(names)}) bridge[name] = (payload) => invoke(name, payload);
  Object.defineProperty(window, 'plenary', { value: Object.freeze(bridge), configurable: false, writable: false });
})();`;
}

export async function injectThreadedBridge(context: BrowserContext, archiveDir: string, origin: string): Promise<void> {
  // A thread does not inherit this process's TypeScript loader: it registers tsx, then loads the entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./mainThread.ts', import.meta.url).href;
  const main = new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, {
    eval: true,
    workerData: { archiveDir },
  });
  const pending = new Map<number, (result: unknown) => void>();
  let stopped: string | null = null;
  let nextId = 1;
  let ready: () => void = () => {};
  const loaded = new Promise<void>((resolve) => (ready = resolve));
  main.on('message', (message: { id: number; result: unknown } | { ready: true }) => {
    if ('ready' in message) return ready();
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  const stop = (message: string) => {
    stopped = message;
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'failed', message } });
    pending.clear();
  };
  main.on('error', (error) => {
    stop(`the services' thread failed: ${error.message}`);
    ready();
  });
  main.on('exit', () => {
    stop("the services' thread ended");
    ready();
  });
  context.on('close', () => void main.terminate());
  await context.exposeBinding('__plenaryInvoke', async ({ frame }, channel: unknown, payload: unknown) => {
    if (new URL(frame.url()).origin !== origin) {
      return { ok: false, error: { code: 'forbidden-sender', message: 'Refused a request from outside the app.' } };
    }
    if (stopped) return { ok: false, error: { code: 'failed', message: stopped } };
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      main.postMessage({ id, channel, payload });
    });
  });
  await context.addInitScript({ content: bridgeScript(channels) });
  // Loading the services (compiling them on the way) is not part of the window's start.
  await loaded;
}
