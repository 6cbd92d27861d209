/** What the bench page hands to the driver on window.__editorBench. */

export type EditorKind = 'plenary' | 'lexical';
export type CaretPosition = 'end' | 'middle';

export interface EventTimingEntry {
  name: string;
  startTime: number;
  duration: number;
}

export interface TaskEntry {
  startTime: number;
  duration: number;
}

export interface FrameScript {
  invoker: string;
  sourceFunctionName: string;
  sourceURL: string;
  duration: number;
}

export interface LongFrameEntry extends TaskEntry {
  blockingDuration: number;
  scripts: FrameScript[];
}

export interface SaveEntry extends TaskEntry {
  /** DocumentJsonWriter.write inside the autosave's flush (on the typing thread). */
  serialiseMs: number;
}

export interface TypingRecord {
  /** Keydown event time stamps (performance.now() clock). */
  keydowns: number[];
  /** Keydown to the end of the next rendered frame, per keydown; NaN when no frame followed. */
  latencies: number[];
  /** Event Timing entries (duration ≥ 16 ms, the API's floor) for keyboard and input events. */
  eventTiming: EventTimingEntry[];
  longTasks: TaskEntry[];
  longFrames: LongFrameEntry[];
  saves: SaveEntry[];
}

export interface EditorBench {
  kind: EditorKind;
  ready: boolean;
  /**
   * The note editor: milliseconds from the save worker being handed the
   * document as opened (primeSessionDocument) to its being ready; null for
   * the bare editor. The page is ready only after it.
   */
  primeMs: number | null;
  /**
   * The note editor: milliseconds of one save of the opened session through
   * the app's save path before typing starts, so the typing measures the
   * saves of a session Plenary has saved before (stored in chunks, its check
   * items with ids), not the one-time conversion from the seed's form; null
   * for the bare editor.
   */
  firstSaveMs: number | null;
  /** Top-level blocks in the DOM and stamped lines in the editor state. */
  blocks: number;
  lines: number;
  supports: { eventTiming: boolean; longTask: boolean; longAnimationFrame: boolean };
  place(position: CaretPosition): Promise<void>;
  /** Resolves once every recorded keystroke has been followed by a rendered frame. */
  settled(): Promise<void>;
  start(): void;
  stop(): Promise<TypingRecord>;
  /** One EditorState.toJSON and one structured clone of its result, timed, for the report. */
  serialiseOnce(): { toJsonMs: number; cloneMs: number; bytes: number; incrementalWriteMs: number };
  error: string | null;
}

declare global {
  interface Window {
    __editorBench?: EditorBench;
  }
}
