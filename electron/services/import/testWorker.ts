import type { ImportWorkerSpec } from './importRunner';

const source = new URL('./importWorker.ts', import.meta.url).href;

/** The import worker from its TypeScript source, for tests and the end-to-end harness (the app runs the bundled one). */
export const importWorkerFromSource: ImportWorkerSpec = {
  script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`,
};
