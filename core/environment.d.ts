// The globals core/ may use: those that Node 20, Electron's main process,
// Chromium's window and its workers all have. core/ is checked against these
// alone (no DOM, no Node types), so a DOM or Node API used here is a type
// error rather than a crash in the process that lacks it.

declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}

declare const performance: { now(): number };

declare const crypto: { randomUUID(): string };

declare const console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

// Gzip through the platform's streams (the search index's stored pieces).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the chunk type, as the platform's declaration has it
interface ReadableStream<R> {
  pipeThrough<T>(transform: { writable: unknown; readable: ReadableStream<T> }): ReadableStream<T>;
}

declare class CompressionStream {
  constructor(format: 'gzip' | 'deflate' | 'deflate-raw');
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: unknown;
}

declare class DecompressionStream {
  constructor(format: 'gzip' | 'deflate' | 'deflate-raw');
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: unknown;
}

declare class Blob {
  constructor(parts: readonly Uint8Array[]);
  stream(): ReadableStream<Uint8Array>;
}

declare class Response {
  constructor(body: ReadableStream<Uint8Array>);
  arrayBuffer(): Promise<ArrayBuffer>;
}
