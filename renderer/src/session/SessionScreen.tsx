import { useLiveQuery } from 'dexie-react-hooks';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { StampingOptions } from '../../../core/editor/stamping';
import type { WrittenDocument } from '../../../core/editor/documentJsonWriter';
import { emptyEditorState, stampDisplayModes, type EditorStateJson, type Session, type StampDisplayMode } from '../../../core/model/session';
import { defaultSettings } from '../../../core/model/settings';
import { documentLines } from '../../../core/search/documentLines';
import { liveBlogTemplate } from '../../../core/templates/builtins/liveBlog';
import { formatClock } from '../../../core/time/stamps';
import { ActionItemsPlugin } from '../actions/ActionItemsPlugin';
import { useCommand } from '../app/commands';
import { notify, notifyError } from '../app/notices';
import { routes } from '../app/routes';
import { getConference } from '../db/conferences';
import { getDocument, getSession, listSessions, updateSession } from '../db/sessions';
import { loadSettings } from '../db/settings';
import { checkDocument } from '../editor/documentCheck';
import { focusPlaceToWrite } from '../editor/caret';
import { jumpToBlock, lineKeyAt } from '../editor/jump';
import { NoteEditor } from '../editor/NoteEditor';
import { NewEntryPlugin } from '../editor/plugins/NewEntryPlugin';
import type { StampView } from '../editor/stampFormat';
import { primeSessionDocument, saveSessionDocument, sessionEditorOpened } from '../sync/documentSaver';
import { useDocumentReloads } from '../sync/documentReloads';
import { persistSession } from '../sync/persist';
import { NextTalkPlugin } from '../templates/NextTalkPlugin';
import { SessionTemplateBar } from '../templates/SessionTemplateBar';
import { SessionHeader } from './SessionHeader';
import { endOfLeftOpenTalk, liveState, shouldStampNow } from './liveSession';

interface LoadedDocument {
  sessionId: string;
  content: EditorStateJson;
  error: string | null;
  /** The newest stamp in the notes as opened. */
  lastStamp: number | null;
}

function newestStamp(content: EditorStateJson): number | null {
  let newest: number | null = null;
  for (const line of documentLines(content)) if (line.stamp !== null && (newest === null || line.stamp > newest)) newest = line.stamp;
  return newest;
}

async function changeSession(id: string, patch: Partial<Session>): Promise<void> {
  try {
    await updateSession(id, patch);
    void persistSession(id);
  } catch (error) {
    notifyError(error);
  }
}

/** One session: its live clock and its notes. */
export function SessionScreen({ sessionId }: { sessionId: string }) {
  const [, navigate] = useLocation();
  const search = useSearch();
  const stored = useLiveQuery(() => getSession(sessionId), [sessionId], null);
  const conferenceId = stored?.conferenceId;
  const conference = useLiveQuery(() => (conferenceId ? getConference(conferenceId) : undefined), [conferenceId]);
  const settings = useLiveQuery(loadSettings, []) ?? defaultSettings;
  const [loaded, setLoaded] = useState<LoadedDocument | null>(null);
  const [showTimeline, setShowTimeline] = useState(false);
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  // Grows when a version from another device or program was merged into this session: load it again.
  const reloads = useDocumentReloads(sessionId);

  useEffect(() => {
    let cancelled = false;
    setLoaded(null);
    getDocument(sessionId).then(
      (document) => {
        if (cancelled) return;
        const content = document?.content ?? emptyEditorState();
        setLoaded({ sessionId, content, error: checkDocument(content), lastStamp: newestStamp(content) });
      },
      (error: unknown) => notifyError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [sessionId, reloads]);

  // A talk whose clock was left running (imported notes, the app closed mid-talk) ended at its last line:
  // it is shown as past at once, and the end is kept.
  const leftOpenEnd =
    stored && loaded?.sessionId === sessionId ? endOfLeftOpenTalk(stored, loaded.lastStamp, Date.now()) : null;
  const session = useMemo(
    () => (stored && leftOpenEnd !== null ? { ...stored, actualEnd: leftOpenEnd } : stored),
    [stored, leftOpenEnd],
  );
  useEffect(() => {
    if (leftOpenEnd !== null) void changeSession(sessionId, { actualEnd: leftOpenEnd });
  }, [sessionId, leftOpenEnd]);

  // Stamping reads the newest session and settings at each stamp, without re-registering.
  const latest = useRef({ session, settings, autoStartAllowed: true, starting: false });
  latest.current.session = session;
  latest.current.settings = settings;
  useEffect(() => {
    latest.current.autoStartAllowed = true;
    latest.current.starting = false;
  }, [sessionId]);

  const stamping = useMemo<StampingOptions>(
    () => ({
      now: () => Date.now(),
      lagSeconds: () => latest.current.settings.stampLagSeconds,
      shouldStamp: () => {
        const current = latest.current.session;
        return current ? shouldStampNow(current, latest.current.settings, latest.current.autoStartAllowed) : false;
      },
      onStamped: (stamp) => {
        const { session: current, autoStartAllowed, starting } = latest.current;
        if (!current || current.actualStart !== undefined || !autoStartAllowed || starting) return;
        latest.current.starting = true;
        void changeSession(current.id, { actualStart: stamp });
        notify(
          `The talk's clock started with your first line.`,
          'info',
          {
            label: 'Undo',
            run: () => {
              latest.current.autoStartAllowed = false;
              void changeSession(current.id, { actualStart: undefined });
            },
          },
          { kind: 'clock-started' },
        );
      },
    }),
    [],
  );

  useEffect(() => sessionEditorOpened(sessionId), [sessionId]);
  const save = useCallback(
    async (written: WrittenDocument) => {
      await saveSessionDocument(sessionId, written);
    },
    [sessionId],
  );
  const prime = useCallback((written: WrittenDocument) => void primeSessionDocument(sessionId, written), [sessionId]);

  const state = session ? liveState(session) : 'not-started';
  const start = useCallback(() => {
    if (!session) return;
    latest.current.starting = true;
    void changeSession(session.id, { actualStart: session.actualStart ?? Date.now(), actualEnd: undefined });
  }, [session]);
  const end = useCallback(() => {
    if (session && state === 'live') void changeSession(session.id, { actualEnd: Date.now() });
  }, [session, state]);
  const stampMode: StampDisplayMode = session?.stampDisplay ?? settings.stampDisplay;
  const setStampMode = useCallback((mode: StampDisplayMode) => session && void changeSession(session.id, { stampDisplay: mode }), [session]);

  useCommand('session.start', start, Boolean(session) && state !== 'live');
  useCommand('session.end', end, state === 'live');
  useCommand('view.timeline', () => setShowTimeline((shown) => !shown));
  useCommand('view.stamps', () => {
    const next = stampDisplayModes[(stampDisplayModes.indexOf(stampMode) + 1) % stampDisplayModes.length] ?? 'clock';
    setStampMode(next);
  });
  const goToNeighbour = useCallback(
    async (step: 1 | -1) => {
      if (!session) return;
      const siblings = await listSessions(session.conferenceId);
      const index = siblings.findIndex((candidate) => candidate.id === session.id);
      const target = siblings[index + step];
      if (target) navigate(routes.session(target.id));
    },
    [session, navigate],
  );
  useCommand('session.next', () => void goToNeighbour(1));
  useCommand('session.previous', () => void goToNeighbour(-1));

  // A link to a line (from search or the Actions view) scrolls to it once the editor is there;
  // any other opening puts the caret where the user goes on writing, so typing at once lands in the notes.
  const params = new URLSearchParams(search);
  const line = params.get('line');
  const opensAtItem = params.has('action');
  useEffect(() => {
    if (!editor) return;
    const key = line === null ? null : lineKeyAt(editor, Number(line));
    if (key) jumpToBlock(editor, key);
    else if (!opensAtItem) focusPlaceToWrite(editor);
  }, [editor, line, opensAtItem]);

  const view = useMemo<StampView | null>(
    () =>
      conference
        ? { mode: stampMode, timeZone: conference.timeZone, clock: settings.clockFormat, sessionStart: session?.actualStart }
        : null,
    [conference, stampMode, settings.clockFormat, session?.actualStart],
  );

  if (session === undefined) {
    return (
      <main className="screen">
        <p>
          This session is not in the archive. <Link href={routes.home}>Back to conferences</Link>
        </p>
      </main>
    );
  }
  if (!session || !conference || !view) return null;

  return (
    <main className="screen session-screen" aria-labelledby="session-title">
      <SessionHeader
        session={session}
        conference={conference}
        stampMode={stampMode}
        clock={settings.clockFormat}
        showTimeline={showTimeline}
        onStart={start}
        onEnd={end}
        onStampMode={setStampMode}
        onToggleTimeline={() => setShowTimeline((shown) => !shown)}
      />
      {loaded?.sessionId === sessionId && loaded.error && (
        <p className="form-error" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded?.sessionId === sessionId && !loaded.error && <SessionTemplateBar editor={editor} session={session} conference={conference} />}
      {loaded?.sessionId === sessionId && !loaded.error && (
        <NoteEditor
          key={`${sessionId}:${reloads}`}
          sessionId={sessionId}
          content={loaded.content}
          view={view}
          stamping={stamping}
          lagSeconds={settings.stampLagSeconds}
          clock={settings.clockFormat}
          showTimeline={showTimeline}
          save={save}
          prime={prime}
          onReady={setEditor}
        >
          <NextTalkPlugin now={stamping.now} lagSeconds={settings.stampLagSeconds} />
          <NewEntryPlugin newestFirst={session.kind === 'liveblog' || session.templateId === liveBlogTemplate.id} />
          <ActionItemsPlugin sessionId={sessionId} timeZone={conference.timeZone} />
        </NoteEditor>
      )}
      {state === 'ended' && session.actualEnd !== undefined && (
        <p className="session-footnote">Talk ended at {formatClock(session.actualEnd, conference.timeZone, settings.clockFormat)}.</p>
      )}
    </main>
  );
}
