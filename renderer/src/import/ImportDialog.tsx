import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { ImportPlan } from '../../../core/import/types';
import type { Conference } from '../../../core/model/conference';
import { isValidTimeZone, systemTimeZone } from '../../../core/time/zones';
import { routes } from '../app/routes';
import { newId } from '../../../core/model/ids';
import { call, fileToken } from '../bridge/plenary';
import { Dialog } from '../components/Dialog';
import { listConferences } from '../db/conferences';
import type { StoredImport } from '../db/imports';
import { persistConference, persistSession } from '../sync/persist';
import { FilePreview, type FileEntry, type FileDetails } from './FilePreview';
import { IMPORT_ACCEPT, isNotesFileName, needsDetails, plural, readChosenFile, type ReadFile } from './preview';
import './import.css';

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; step: 'reading' | 'planning'; done: number; total: number }
  | { kind: 'preview' }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; result: StoredImport; unreadable: number }
  | { kind: 'failed'; message: string };

/**
 * What storing an import needs (documents from markdown, with the editor's
 * nodes) loads with the first import, not with the window, which mounts this
 * dialog from the start to take dropped files.
 */
const importCode = () => Promise.all([import('../../../core/import/records'), import('../db/imports')]);

/** Files are planned a few at a time so the progress bar moves for a large batch. */
const PLAN_CHUNK = 10;

function Progress({ label, done, total, onCancel }: { label: string; done: number; total: number; onCancel?: () => void }) {
  return (
    <div className="import-working">
      <p id="import-progress-label">{label}</p>
      <div
        className="import-progress"
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total}`}
      >
        <div className="import-progress-bar" style={{ width: `${(100 * done) / Math.max(1, total)}%` }} />
      </div>
      {onCancel && (
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

function defaultChoice(plan: ImportPlan, conferences: readonly Conference[]): string {
  const name = plan.conference.name.toLowerCase();
  return conferences.find((conference) => conference.name.toLowerCase() === name)?.id ?? 'new';
}

/** The plan with the file's decoding warning first, as main puts it for a file it reads itself. */
function withDecodeWarning(plan: ImportPlan, warning: string | null): ImportPlan {
  return warning ? { ...plan, warnings: [warning, ...plan.warnings] } : plan;
}

function entryFor(key: string, read: ReadFile, token: string | null, planned: ImportPlan | null, error: string | null, conferences: readonly Conference[]): FileEntry {
  const text = 'text' in read ? read.text : null;
  // Main decodes a file it reads itself and gives its own warning.
  const decodeWarning = 'text' in read && !token ? read.decodeWarning : null;
  const plan = planned && withDecodeWarning(planned, decodeWarning);
  const asked = plan !== null && needsDetails(plan);
  return {
    key,
    name: read.name,
    text,
    decodeWarning,
    token,
    plan,
    error: 'error' in read ? read.error : error,
    asked,
    details: {
      conferenceName: plan?.conference.name ?? '',
      date: plan?.conference.startDate ?? '',
      timeZone: plan && !plan.conference.timeZoneAssumed ? plan.conference.timeZone : systemTimeZone(),
    },
    appliedDetails: null,
    detailsError: null,
    conferenceId: plan ? defaultChoice(plan, conferences) : 'new',
    keep: [],
  };
}

/**
 * File → Import… and files dropped on the window: reads the files, shows
 * what importing them would create before anything is written, asks for the
 * conference's date and zone when a file does not give them, then stores the
 * sessions and sends them to the archive.
 */
export function ImportDialog({ open, onOpen, onClose }: { open: boolean; onOpen: () => void; onClose: () => void }) {
  const [, navigate] = useLocation();
  const conferences = useLiveQuery(listConferences, []);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [knownHashes, setKnownHashes] = useState<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const conferencesRef = useRef<readonly Conference[]>([]);
  conferencesRef.current = conferences ?? [];
  const busy = phase.kind === 'reading' || phase.kind === 'writing';
  /** The files being read now; main stops planning them when its key is cancelled. */
  const readingRef = useRef<{ cancelKey: string; cancelled: boolean } | null>(null);

  const reset = () => {
    setEntries([]);
    setPhase({ kind: 'choose' });
  };

  // Reading can be stopped at any point (main ends the worker reading the files); nothing has been saved yet.
  const cancelReading = () => {
    const reading = readingRef.current;
    if (!reading) return;
    reading.cancelled = true;
    readingRef.current = null;
    void call('importCancel', { cancelKey: reading.cancelKey }).catch(() => {});
    reset();
  };

  const close = () => {
    if (phase.kind === 'reading') cancelReading();
    if (busy) return;
    reset();
    onClose();
  };

  const startWith = async (files: readonly File[]) => {
    if (files.length === 0) return;
    onOpen();
    const total = files.length;
    const reading = { cancelKey: newId(), cancelled: false };
    readingRef.current = reading;
    setEntries([]);
    setPhase({ kind: 'reading', step: 'reading', done: 0, total });
    try {
      const read: ReadFile[] = [];
      const tokens = new Map<ReadFile, string>();
      for (const file of files) {
        const one = await readChosenFile(file);
        const token = 'text' in one ? await fileToken(file) : null;
        if (token) tokens.set(one, token);
        read.push(one);
        if (reading.cancelled) return;
        setPhase({ kind: 'reading', step: 'reading', done: read.length, total });
      }
      const planned: FileEntry[] = [];
      const readable = read.filter((file) => 'text' in file);
      let next = 0;
      setPhase({ kind: 'reading', step: 'planning', done: 0, total: readable.length });
      const plans = new Map<ReadFile, { plan: ImportPlan | null; error: string | null }>();
      while (next < readable.length) {
        const chunk = readable.slice(next, next + PLAN_CHUNK);
        const inputs = chunk.map((file) => {
          const token = tokens.get(file);
          return token ? { file: token } : { name: file.name, text: file.text };
        });
        const answer = await call('importPlan', { files: inputs, cancelKey: reading.cancelKey });
        if (reading.cancelled) return;
        answer.files.forEach((file, index) => {
          const source = chunk[index];
          if (source) plans.set(source, file.ok ? { plan: file.plan, error: null } : { plan: null, error: file.error });
        });
        next += chunk.length;
        setPhase({ kind: 'reading', step: 'planning', done: next, total: readable.length });
      }
      read.forEach((file, index) => {
        const result = plans.get(file) ?? { plan: null, error: null };
        planned.push(entryFor(`${index}:${file.name}`, file, tokens.get(file) ?? null, result.plan, result.error, conferencesRef.current));
      });
      const [, { knownSourceHashes }] = await importCode();
      const hashes = await knownSourceHashes();
      if (reading.cancelled) return;
      setKnownHashes(hashes);
      setEntries(planned);
      setPhase({ kind: 'preview' });
    } catch (error) {
      if (reading.cancelled) return;
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (readingRef.current === reading) readingRef.current = null;
    }
  };
  const startRef = useRef(startWith);
  startRef.current = startWith;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  // Files dragged onto the window from the desktop.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!hasFiles(event)) return;
      // Never let the window navigate to a dropped file.
      event.preventDefault();
      const files = Array.from(event.dataTransfer?.files ?? []);
      // The editor may have taken a drop of other files (an image); notes files are imported wherever they land.
      const onEditor = event.target instanceof Element && event.target.closest('[contenteditable="true"]') !== null;
      if (files.length === 0 || busyRef.current || (onEditor && !files.some((file) => isNotesFileName(file.name)))) return;
      void startRef.current(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  // The dialog opens on its one action (Dialog's effect has shown the modal by now).
  const chooseRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open && phase.kind === 'choose') chooseRef.current?.focus();
  }, [open, phase.kind]);

  useEffect(() => {
    if (phase.kind === 'preview' || phase.kind === 'done' || phase.kind === 'failed') headingRef.current?.focus();
  }, [phase.kind]);

  const update = (key: string, change: (entry: FileEntry) => FileEntry) => setEntries((all) => all.map((entry) => (entry.key === key ? change(entry) : entry)));

  const replan = async (key: string, details: FileDetails) => {
    const entry = entries.find((candidate) => candidate.key === key);
    if (!entry?.text) return;
    const zone = details.timeZone.trim();
    if (!isValidTimeZone(zone)) {
      update(key, (current) => ({ ...current, detailsError: 'Use an IANA time zone such as America/New_York.' }));
      return;
    }
    if (details.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(details.date)) {
      update(key, (current) => ({ ...current, detailsError: 'Use a date like 2026-11-24.' }));
      return;
    }
    try {
      const answer = await call('importPlan', {
        files: [entry.token ? { file: entry.token } : { name: entry.name, text: entry.text }],
        timeZone: zone,
        ...(details.conferenceName.trim() ? { conferenceName: details.conferenceName.trim() } : {}),
        ...(details.date ? { date: details.date } : {}),
      });
      const file = answer.files[0];
      update(key, (current) =>
        file?.ok
          ? { ...current, plan: withDecodeWarning(file.plan, current.decodeWarning), error: null, detailsError: null, appliedDetails: { ...details, timeZone: zone }, keep: [], conferenceId: current.conferenceId === 'new' ? defaultChoice(file.plan, conferencesRef.current) : current.conferenceId }
          : { ...current, detailsError: file?.error ?? 'The file could not be read again.' },
      );
    } catch (error) {
      update(key, (current) => ({ ...current, detailsError: error instanceof Error ? error.message : String(error) }));
    }
  };

  // A file that gave no date or zone takes them from the existing conference chosen for it, unless the user gave them.
  const chooseConference = (key: string, conferenceId: string) => {
    const entry = entries.find((candidate) => candidate.key === key);
    const conference = conferencesRef.current.find((candidate) => candidate.id === conferenceId);
    update(key, (current) => ({ ...current, conferenceId }));
    if (!entry || !conference || !entry.asked || entry.appliedDetails) return;
    const details = { conferenceName: conference.name, date: entry.details.date || conference.startDate, timeZone: conference.timeZone };
    update(key, (current) => ({ ...current, details }));
    void replan(key, details);
  };

  // Which planned sessions would be skipped: already stored, or the same section earlier in this import.
  const duplicates = useMemo(() => {
    const seen = new Set(knownHashes);
    const marks = new Map<string, boolean[]>();
    for (const entry of entries) {
      if (!entry.plan) continue;
      marks.set(
        entry.key,
        entry.plan.sessions.map((session) => {
          if (seen.has(session.sourceHash)) return true;
          seen.add(session.sourceHash);
          return false;
        }),
      );
    }
    return marks;
  }, [entries, knownHashes]);

  const toCreate = [...duplicates.values()].reduce((sum, marks) => sum + marks.filter((duplicate) => !duplicate).length, 0);
  const toSkip = [...duplicates.values()].reduce((sum, marks) => sum + marks.filter(Boolean).length, 0);
  const unreadable = entries.filter((entry) => !entry.plan).length;

  const write = async () => {
    try {
      setPhase({ kind: 'writing', done: 0, total: 0 });
      const [{ keepLeftOutPiece }, { storeImport }] = await importCode();
      const requests = entries.flatMap((entry) => {
        if (!entry.plan) return [];
        let plan = entry.plan;
        for (const index of [...entry.keep].sort((a, b) => b - a)) plan = keepLeftOutPiece(plan, index);
        return [{ plan, conferenceId: entry.conferenceId === 'new' ? null : entry.conferenceId }];
      });
      const result = await storeImport(requests);
      const total = result.conferences.length + result.sessions.length;
      let done = 0;
      setPhase({ kind: 'writing', done, total });
      for (const conference of result.conferences) {
        await persistConference(conference);
        setPhase({ kind: 'writing', done: ++done, total });
      }
      for (const session of result.sessions) {
        await persistSession(session.id);
        setPhase({ kind: 'writing', done: ++done, total });
      }
      setPhase({ kind: 'done', result, unreadable });
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const openSession = (id: string) => {
    reset();
    onClose();
    navigate(routes.session(id));
  };

  const fileInput = (
    <input
      ref={inputRef}
      type="file"
      multiple
      accept={IMPORT_ACCEPT}
      hidden
      aria-label="Notes files to import"
      onChange={(event) => {
        const files = Array.from(event.currentTarget.files ?? []);
        event.currentTarget.value = '';
        void startWith(files);
      }}
    />
  );

  return (
    <>
      {dragging && !open && (
        <div className="import-drop-overlay" aria-hidden="true">
          <p>Drop markdown or text notes to import them</p>
        </div>
      )}
      <Dialog title="Import notes" open={open} onClose={close} wide>
        {fileInput}
        {phase.kind === 'choose' && (
          <div className="form">
            <p className="dialog-hint">
              Choose markdown (.md, .markdown) or plain text (.txt) notes, or drop them onto the window. You will see what each file becomes before
              anything is saved.
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={close}>
                Cancel
              </button>
              <button ref={chooseRef} type="button" className="button-primary" onClick={() => inputRef.current?.click()}>
                Choose files…
              </button>
            </div>
          </div>
        )}
        {phase.kind === 'reading' && (
          <Progress
            label={phase.step === 'reading' ? `Reading files: ${phase.done} of ${phase.total}` : `Reading notes: ${phase.done} of ${phase.total} files`}
            done={phase.done}
            total={phase.total}
            onCancel={cancelReading}
          />
        )}
        {phase.kind === 'preview' && (
          <div className="form import-preview">
            <h3 ref={headingRef} tabIndex={-1} className="import-heading">
              Preview
            </h3>
            <p className="import-totals" role="status">
              {plural(toCreate, 'session')} to create · {plural(toSkip, 'duplicate')} to skip · {plural(unreadable, 'file')} that cannot be imported
            </p>
            {entries.map((entry) => (
              <FilePreview
                key={entry.key}
                entry={entry}
                duplicates={duplicates.get(entry.key) ?? []}
                conferences={conferences ?? []}
                onChange={(change) => update(entry.key, change)}
                onChooseConference={(conferenceId) => chooseConference(entry.key, conferenceId)}
                onReplan={(details) => replan(entry.key, details)}
              />
            ))}
            <div className="dialog-actions">
              <button type="button" onClick={close}>
                Cancel
              </button>
              <button type="button" onClick={() => inputRef.current?.click()}>
                Choose other files…
              </button>
              <button type="button" className="button-primary" disabled={toCreate === 0} onClick={() => void write()}>
                Import
              </button>
            </div>
          </div>
        )}
        {phase.kind === 'writing' && <Progress label={phase.total === 0 ? 'Saving…' : `Saving to the archive: ${phase.done} of ${phase.total}`} done={phase.done} total={phase.total} />}
        {phase.kind === 'done' && <ImportSummary result={phase.result} unreadable={phase.unreadable} headingRef={headingRef} onOpenSession={openSession} onClose={close} onMore={reset} />}
        {phase.kind === 'failed' && (
          <div className="form">
            <h3 ref={headingRef} tabIndex={-1} className="import-heading">
              Nothing was imported
            </h3>
            <p className="form-error" role="alert">
              {phase.message}
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={close}>
                Close
              </button>
              <button type="button" className="button-primary" onClick={reset}>
                Start again
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}

function ImportSummary({
  result,
  unreadable,
  headingRef,
  onOpenSession,
  onClose,
  onMore,
}: {
  result: StoredImport;
  unreadable: number;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onOpenSession: (id: string) => void;
  onClose: () => void;
  onMore: () => void;
}) {
  const created = result.sessions.length;
  const skipped = result.files.reduce((sum, file) => sum + file.skipped.length, 0);
  return (
    <div className="form import-summary">
      <h3 ref={headingRef} tabIndex={-1} className="import-heading">
        Import finished
      </h3>
      <p role="status">
        {plural(created, 'session')} created · {plural(skipped, 'duplicate')} skipped{unreadable > 0 ? ` · ${plural(unreadable, 'file')} not imported` : ''}
      </p>
      <ul className="import-summary-files" aria-label="Imported files">
        {result.files.map((file, index) => (
          <li key={`${index}:${file.name}`}>
            <p className="import-summary-file">
              <strong>{file.name}</strong> → {file.conference.name}: {plural(file.created.length, 'session')} created
              {file.skipped.length > 0 ? `, ${file.skipped.length} skipped as already imported` : ''}
            </p>
            {file.created.length > 0 && (
              <ul className="import-summary-sessions">
                {file.created.map((session) => (
                  <li key={session.id}>
                    <a
                      href={`#${routes.session(session.id)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onOpenSession(session.id);
                      }}
                    >
                      {session.title}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onMore}>
          Import more…
        </button>
        <button type="button" className="button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
