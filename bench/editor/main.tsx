// The page bench/editor.bench.ts measures. ?editor=plenary mounts the real
// note editor (renderer/src/editor/NoteEditor.tsx, every plugin, autosave into
// the real Dexie database); ?editor=lexical mounts a bare Lexical rich-text
// editor with the same nodes, theme, CSS and text, and nothing else.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { $getRoot, $getSelection, $isParagraphNode, type LexicalEditor } from 'lexical';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { bindCommandSources } from '../../renderer/src/app/commands';
import { plenaryNodes } from '../../core/editor/nodes';
import { $getStamp } from '../../core/editor/stampState';
import { editorTheme } from '../../core/editor/theme';
import type { EditorStateJson } from '../../core/model/session';
import { createConference } from '../../renderer/src/db/conferences';
import { createSession, getDocument } from '../../renderer/src/db/sessions';
import { primeSessionDocument, saveSessionDocument } from '../../renderer/src/sync/documentSaver';
import { DocumentJsonWriter, type WrittenDocument } from '../../core/editor/documentJsonWriter';
import { NoteEditor } from '../../renderer/src/editor/NoteEditor';
import { ActionItemsPlugin } from '../../renderer/src/actions/ActionItemsPlugin';
import { NextTalkPlugin } from '../../renderer/src/templates/NextTalkPlugin';
import type { StampView } from '../../renderer/src/editor/stampFormat';
import '../../renderer/src/styles/app.css';
import { benchDocument } from './document';
import type { CaretPosition, EditorBench, EditorKind, EventTimingEntry, LongFrameEntry, SaveEntry, TaskEntry, TypingRecord } from './protocol';

const params = new URLSearchParams(location.search);
const kind: EditorKind = params.get('editor') === 'lexical' ? 'lexical' : 'plenary';
const lineCount = Number(params.get('lines') ?? 5000);

// ---------------------------------------------------------------- measuring

let recording = false;
let keydowns: number[] = [];
let latencies: number[] = [];
let eventTiming: EventTimingEntry[] = [];
let longTasks: TaskEntry[] = [];
let longFrames: LongFrameEntry[] = [];
let saves: SaveEntry[] = [];
let pendingFrames = 0;
let settledWaiters: Array<() => void> = [];

// Keydown to next paint: the rAF callback runs in the frame that renders the
// keystroke's DOM change; a message posted from it is delivered once that
// frame's style, layout and paint are done.
window.addEventListener(
  'keydown',
  (event) => {
    if (!recording) return;
    const index = keydowns.length;
    keydowns.push(event.timeStamp);
    // A mark in the Chromium trace the driver records: it splits the main thread's tasks by keystroke.
    performance.mark('bench:keydown');
    latencies.push(Number.NaN);
    pendingFrames++;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        latencies[index] = performance.now() - event.timeStamp;
        pendingFrames--;
        channel.port1.close();
        if (pendingFrames === 0) {
          const waiters = settledWaiters;
          settledWaiters = [];
          for (const resolve of waiters) resolve();
        }
      };
      channel.port2.postMessage(null);
    });
  },
  { capture: true },
);

const observed = PerformanceObserver.supportedEntryTypes;
const supports = {
  eventTiming: observed.includes('event'),
  longTask: observed.includes('longtask'),
  longAnimationFrame: observed.includes('long-animation-frame'),
};
const keyEvents = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

interface ScriptTiming {
  invoker?: string;
  sourceFunctionName?: string;
  sourceURL?: string;
  duration: number;
}

// Entries are kept by when they started, not by when the observer was told:
// an observer hears of a frame or an event some time after it happened.
let windowStart = Number.POSITIVE_INFINITY;
let windowEnd = Number.POSITIVE_INFINITY;
const inWindow = (entry: PerformanceEntry) => entry.startTime >= windowStart && entry.startTime <= windowEnd;

function onEvents(entries: PerformanceEntryList): void {
  for (const entry of entries) {
    if (inWindow(entry) && keyEvents.has(entry.name)) eventTiming.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration });
  }
}
function onLongTasks(entries: PerformanceEntryList): void {
  for (const entry of entries) if (inWindow(entry)) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
}
function onLongFrames(entries: PerformanceEntryList): void {
  for (const entry of entries) {
    if (!inWindow(entry)) continue;
    const frame = entry as PerformanceEntry & { blockingDuration?: number; scripts?: ScriptTiming[] };
    longFrames.push({
      startTime: frame.startTime,
      duration: frame.duration,
      blockingDuration: frame.blockingDuration ?? 0,
      scripts: (frame.scripts ?? []).map((script) => ({
        invoker: script.invoker ?? '',
        sourceFunctionName: script.sourceFunctionName ?? '',
        sourceURL: (script.sourceURL ?? '').replace(/^.*\//, ''),
        duration: script.duration,
      })),
    });
  }
}

const observers: Array<{ observer: PerformanceObserver; handle: (entries: PerformanceEntryList) => void }> = [];
function observe(supported: boolean, handle: (entries: PerformanceEntryList) => void, init: PerformanceObserverInit): void {
  if (!supported) return;
  const observer = new PerformanceObserver((list) => handle(list.getEntries()));
  observer.observe(init);
  observers.push({ observer, handle });
}
// 16 ms is the smallest threshold Event Timing accepts; shorter events are not reported.
observe(supports.eventTiming, onEvents, { type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
observe(supports.longTask, onLongTasks, { type: 'longtask' });
observe(supports.longAnimationFrame, onLongFrames, { type: 'long-animation-frame' });

// The autosave serialises with DocumentJsonWriter.write: time each call, to
// split a save's cost between serialising (on the typing thread) and storing.
let lastSerialiseMs = 0;
/** When the note editor's save worker was handed the document, and how long it took to be ready. */
let primedIn: number | null = null;
/** The note editor: saves the opened session once through the app's save path, and says how long it took. */
let saveAsOpened: ((editor: LexicalEditor) => Promise<number>) | null = null;
function timeSerialising(): void {
  const prototype = DocumentJsonWriter.prototype as unknown as { write: (...args: unknown[]) => string; __timed?: boolean };
  if (prototype.__timed) return;
  const original = prototype.write;
  prototype.write = function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    const result = original.apply(this, args);
    lastSerialiseMs = performance.now() - start;
    return result;
  };
  prototype.__timed = true;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function publish(editor: LexicalEditor): void {
  timeSerialising();
  const bench: EditorBench = {
    kind,
    ready: false,
    primeMs: null,
    firstSaveMs: null,
    blocks: 0,
    lines: 0,
    supports,
    error: null,
    async place(position: CaretPosition) {
      editor.update(() => {
        const root = $getRoot();
        if (position === 'end') {
          root.selectEnd();
          return;
        }
        const children = root.getChildren();
        for (let index = Math.floor(children.length / 2); index < children.length; index++) {
          const block = children[index];
          if ($isParagraphNode(block)) {
            block.selectEnd();
            return;
          }
        }
      });
      editor.focus();
      for (let frame = 0; frame < 3; frame++) await nextFrame();
    },
    settled() {
      return pendingFrames === 0 ? Promise.resolve() : new Promise<void>((resolve) => settledWaiters.push(resolve));
    },
    start() {
      keydowns = [];
      latencies = [];
      eventTiming = [];
      longTasks = [];
      longFrames = [];
      saves = [];
      windowStart = performance.now();
      windowEnd = Number.POSITIVE_INFINITY;
      recording = true;
    },
    async stop(): Promise<TypingRecord> {
      for (let wait = 0; wait < 100 && pendingFrames > 0; wait++) await nextFrame();
      performance.mark('bench:stop');
      // Let the autosave's idle timer fire and its transaction finish inside the recording.
      if (kind === 'plenary') await new Promise((resolve) => setTimeout(resolve, 1200));
      await nextFrame();
      recording = false;
      windowEnd = performance.now();
      // Entries of the last frames may not have been delivered yet.
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const { observer, handle } of observers) handle(observer.takeRecords());
      performance.clearMarks();
      return { keydowns, latencies, eventTiming, longTasks, longFrames, saves };
    },
    serialiseOnce() {
      const start = performance.now();
      const json = editor.getEditorState().toJSON();
      const serialised = performance.now();
      structuredClone(json);
      const cloned = performance.now();
      const text = JSON.stringify(json);
      // As the autosave uses it: told of every update, so only changed blocks are looked at.
      const writer = new DocumentJsonWriter().trackUpdates();
      const stopTracking = editor.registerUpdateListener((update) => writer.noteUpdate(update));
      writer.write(editor.getEditorState());
      editor.update(() => {
        $getRoot().getLastChild()?.selectEnd();
        $getSelection()?.insertText('.');
      }, { discrete: true });
      const incrementalStart = performance.now();
      writer.write(editor.getEditorState());
      const incrementalMs = performance.now() - incrementalStart;
      stopTracking();
      return { toJsonMs: serialised - start, cloneMs: cloned - serialised, bytes: text.length, incrementalWriteMs: incrementalMs };
    },
  };
  window.__editorBench = bench;
  void (async () => {
    // Ready once every block is in the DOM and a few frames have been drawn.
    for (let frame = 0; frame < 600; frame++) {
      const root = editor.getRootElement();
      if (root && root.childElementCount > 1) break;
      await nextFrame();
    }
    for (let frame = 0; frame < 5; frame++) await nextFrame();
    editor.getEditorState().read(() => {
      bench.lines = 0;
      for (const { node } of $dfs()) if ($getStamp(node) !== null) bench.lines++;
    });
    bench.blocks = editor.getRootElement()?.childElementCount ?? 0;
    // The session screen hands the document to the save worker when the window is first idle; typing starts once that is done, as a user starts a little after opening a session.
    if (kind === 'plenary') {
      while (primedIn === null) await nextFrame();
      bench.primeMs = primedIn;
      // The seed was stored whole by createSession, and opening it gave its check items ids: a session in use was saved by Plenary before.
      if (saveAsOpened) bench.firstSaveMs = await saveAsOpened(editor);
      for (let frame = 0; frame < 5; frame++) await nextFrame();
    }
    bench.ready = true;
  })();
}

// ---------------------------------------------------------------- editors

function Publish() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => publish(editor), [editor]);
  return null;
}

/** The bare editor: Lexical's rich text and the same nodes, no Plenary plugin. */
function BareEditor({ content }: { content: EditorStateJson }) {
  const initialConfig = {
    namespace: 'bench-bare',
    nodes: [...plenaryNodes],
    theme: editorTheme,
    editorState: JSON.stringify(content),
    onError: (error: Error) => fail(error),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-layout">
        <div className="editor-shell stamps-clock">
          <RichTextPlugin
            contentEditable={<ContentEditable className="pl-editor" aria-label="Notes" aria-multiline="true" spellCheck />}
            placeholder={null}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <Publish />
    </LexicalComposer>
  );
}

/**
 * The page has no main process: the archive write answers as main would,
 * after serialising its payload as Electron's IPC does on the sending
 * thread (posted on a MessagePort nobody reads: the sender pays for the
 * serialisation, and the copy is never deserialised here, as it would be in
 * main), so that cost stays on the typing thread where it belongs.
 */
function installArchiveBridge(): void {
  const written = (revision: number) => Promise.resolve({ ok: true as const, value: { written: true, revision } });
  window.plenary = new Proxy({} as NonNullable<typeof window.plenary>, {
    get: (_target, name) => (payload: unknown) => {
      const channel = new MessageChannel();
      channel.port1.postMessage(payload);
      channel.port1.close();
      channel.port2.close();
      if (name === 'archiveWriteSessionText') return written((payload as { session: { revision: number } }).session.revision);
      return Promise.resolve({ ok: false, error: { code: 'bench', message: `${String(name)} is not part of the editor bench` } });
    },
  });
}

function fail(error: unknown): void {
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  window.__editorBench = { ...(window.__editorBench ?? ({} as EditorBench)), error: message };
  console.error(message);
}

async function mount(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  const content = benchDocument(lineCount);
  if (kind === 'lexical') {
    createRoot(container).render(
      <StrictMode>
        <main className="screen session-screen">
          <BareEditor content={content} />
        </main>
      </StrictMode>,
    );
    return;
  }

  // Shortcuts are bound on window as in the app: every keystroke passes their matcher.
  bindCommandSources();
  installArchiveBridge();
  // The real path: the session and its document go through the repositories
  // into the app's Dexie database, and the editor opens what was stored.
  const conference = await createConference({
    name: 'Bench Conf',
    location: 'Berlin',
    startDate: '2026-11-24',
    endDate: '2026-11-24',
    timeZone: 'Europe/Berlin',
  });
  const session = await createSession({ conferenceId: conference.id, title: 'A whole day in one session' }, content);
  const stored = await getDocument(session.id);
  if (!stored) throw new Error('the seeded document was not stored');
  const view: StampView = { mode: 'clock', timeZone: conference.timeZone, clock: '24h', sessionStart: undefined };
  const stamping = { now: () => Date.now(), lagSeconds: () => 0, shouldStamp: () => true };
  // The session screen's own save: the save worker stores the text in Dexie,
  // then it goes to the archive through the bridge.
  const save = async (written: WrittenDocument) => {
    const serialiseMs = lastSerialiseMs;
    const start = performance.now();
    await saveSessionDocument(session.id, written);
    if (recording) saves.push({ startTime: start, duration: performance.now() - start, serialiseMs });
  };
  saveAsOpened = async (editor) => {
    const start = performance.now();
    await saveSessionDocument(session.id, new DocumentJsonWriter().write(editor.getEditorState()));
    return performance.now() - start;
  };
  createRoot(container).render(
    <StrictMode>
      <main className="screen session-screen">
        <NoteEditor
          sessionId={session.id}
          content={stored.content}
          view={view}
          stamping={stamping}
          lagSeconds={0}
          clock="24h"
          showTimeline={false}
          save={save}
          prime={(written) => {
            const start = performance.now();
            void primeSessionDocument(session.id, written).then(() => {
              primedIn = performance.now() - start;
            });
          }}
          onReady={publish}
        >
          {/* The session screen's own plugins (renderer/src/session/SessionScreen.tsx). */}
          <NextTalkPlugin now={stamping.now} lagSeconds={0} />
          <ActionItemsPlugin sessionId={session.id} timeZone={conference.timeZone} />
        </NoteEditor>
      </main>
    </StrictMode>,
  );
}

mount().catch(fail);
