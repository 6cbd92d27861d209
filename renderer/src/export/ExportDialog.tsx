import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import type { ExportOptions } from '../../../core/export/options';
import type { ConflictResolution, PlannedFile } from '../../../core/export/outcomes';
import type { ExportPlan, ExportProgress, ExportWriteResult } from '../../../core/ipc/channels/export';
import { useCurrentConferenceId } from '../app/useCurrentConferenceId';
import { call } from '../bridge/plenary';
import { Dialog } from '../components/Dialog';
import { listConferences } from '../db/conferences';
import { loadExportChoices, saveExportChoices, type ExportChoices } from '../db/exportChoices';
import { getSession, listSessions } from '../db/sessions';
import { ConflictChoices } from './ConflictChoices';
import { ExportChoicesForm } from './ExportChoicesForm';
import { ExportStopped, flushSaves, planExport, writeExport } from './exportRun';
import { conferenceDays, parseTags, sessionDay, toExportOptions } from './exportScope';
import { ExportSummaryView } from './ExportSummaryView';
import { PostPreviewView } from './PostPreviewView';
import { SkippedSessions } from './SkippedSessions';
import { describeExportFailure, type ExportFailure } from './failureHint';
import './export.css';
import { FormFooter } from '../components/FormFooter';

type Phase =
  | { kind: 'choose' }
  | { kind: 'preview'; folder: string; options: ExportOptions; plan: ExportPlan }
  | { kind: 'working'; step: 'saving' | 'planning' | 'writing'; total: number; progress: ExportProgress | null }
  | { kind: 'conflicts'; folder: string; options: ExportOptions; total: number; conflicts: PlannedFile[]; resolutions: Record<string, ConflictResolution> }
  | { kind: 'done'; result: ExportWriteResult; options: ExportOptions; folderToken: string }
  | { kind: 'failed'; message: string; hint: string };

const stepLabels = { saving: 'Saving your latest notes…', planning: 'Reading the archive and the folder…', writing: 'Writing posts…' };

function describeFailure(error: unknown): ExportFailure {
  return describeExportFailure(error, error instanceof ExportStopped ? error.hint : undefined);
}

function ProgressBar({ done, total }: { done: number; total: number }) {
  return (
    <div
      className="export-progress"
      role="progressbar"
      aria-label="Posts written"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${total} posts`}
    >
      <div className="export-progress-bar" style={{ width: `${(100 * done) / Math.max(1, total)}%` }} />
    </div>
  );
}

function sessionIdFrom(location: string): string | undefined {
  const match = /^\/session\/([^/?]+)/.exec(location);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** File → Export…: choose what to export and how, settle posts changed outside Plenary, write, and see what happened. */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Export posts" open={open} onClose={onClose} wide>
      <ExportPanel onClose={onClose} />
    </Dialog>
  );
}

function ExportPanel({ onClose }: { onClose: () => void }) {
  const [location] = useLocation();
  const currentConferenceId = useCurrentConferenceId();
  const currentSessionId = sessionIdFrom(location);
  const conferences = useLiveQuery(listConferences, []);
  const [chosenConferenceId, setChosenConferenceId] = useState<string | undefined>(undefined);
  const conferenceId = chosenConferenceId ?? currentConferenceId ?? conferences?.[0]?.id;
  const conference = conferences?.find((candidate) => candidate.id === conferenceId);
  const sessions = useLiveQuery(() => (conferenceId ? listSessions(conferenceId) : []), [conferenceId]);
  const currentSession = useLiveQuery(() => (currentSessionId ? getSession(currentSessionId) : undefined), [currentSessionId]);
  const sessionHere = currentSession && currentSession.conferenceId === conferenceId ? currentSession : undefined;

  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const [tagsText, setTagsText] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const previousPhase = useRef<Phase['kind']>('choose');
  const conferenceSelectId = useId();

  const days = useMemo(() => (conference && sessions ? conferenceDays(conference, sessions) : []), [conference, sessions]);

  useEffect(() => {
    if (!conferenceId) return;
    let cancelled = false;
    setChoices(null);
    void loadExportChoices(conferenceId).then((loaded) => {
      if (cancelled) return;
      setChoices(loaded);
      setTagsText(loaded.tags.join(', '));
    });
    return () => {
      cancelled = true;
    };
  }, [conferenceId]);

  // A remembered scope that does not fit where the user is now falls back to one that does.
  const effective: ExportChoices | null = useMemo(() => {
    if (!choices || !conference) return null;
    const scope = choices.scope === 'session' && !sessionHere ? 'conference' : choices.scope;
    const fallbackDay = sessionHere ? sessionDay(sessionHere, conference) : days[0];
    const day = choices.day && days.includes(choices.day) ? choices.day : fallbackDay;
    return { ...choices, scope, ...(day ? { day } : {}) };
  }, [choices, conference, sessionHere, days]);

  // Each step takes the focus to its heading; back at the choices, it goes to the Export button.
  useEffect(() => {
    if (phase.kind !== 'choose') headingRef.current?.focus();
    else if (previousPhase.current !== 'choose') submitRef.current?.focus();
    previousPhase.current = phase.kind;
  }, [phase.kind]);

  if (conferences !== undefined && conferences.length === 0) {
    return (
      <>
        <p>There is nothing to export yet: create a conference and take some notes first.</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );
  }
  if (!conference || !effective || !sessions) return <p aria-live="polite">Loading…</p>;

  const change = (patch: Partial<ExportChoices>) => {
    setFormError(null);
    setChoices((previous) => (previous ? { ...previous, ...patch } : previous));
  };

  async function chooseFolder() {
    try {
      const chosen = await call('chooseFolder', { title: 'Export posts into this folder', ...(effective?.folderToken ? { defaultFolder: effective.folderToken } : {}) });
      if (chosen) change({ folder: chosen.path, folderToken: chosen.token });
    } catch (error) {
      setFormError(describeFailure(error).message);
    }
  }

  async function write(folder: string, options: ExportOptions, total: number, resolutions: Record<string, ConflictResolution>) {
    setPhase({ kind: 'working', step: 'writing', total, progress: null });
    const result = await writeExport(folder, options, resolutions, (progress) =>
      setPhase((current) => (current.kind === 'working' ? { ...current, progress } : current)),
    );
    setPhase({ kind: 'done', result, options, folderToken: folder });
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!conference || !effective || !sessions) return;
    const chosen = { ...effective, tags: parseTags(tagsText) };
    const built = toExportOptions(chosen, { conference, sessions, ...(sessionHere ? { currentSessionId: sessionHere.id } : {}) });
    if ('problem' in built) return setFormError(built.problem);
    // Main takes only the token it gave for the chosen folder; a folder remembered without one is chosen again.
    const folder = chosen.folderToken;
    if (!folder) return setFormError(chosen.folder ? 'Choose the export folder again, so Plenary may write into it.' : 'Choose the folder to export into first.');
    const { options } = built;
    try {
      await saveExportChoices(conference.id, chosen);
      setPhase({ kind: 'working', step: 'saving', total: 0, progress: null });
      await flushSaves(sessionHere?.id);
      await preview(folder, options);
    } catch (error) {
      setPhase({ kind: 'failed', ...describeFailure(error) });
    }
  }

  /** Plans the export and shows its first post, as it will be written, before anything is written. */
  async function preview(folder: string, options: ExportOptions) {
    setPhase({ kind: 'working', step: 'planning', total: 0, progress: null });
    const plan = await planExport(folder, options);
    if (plan.files.length === 0 && plan.skipped.length === 0) {
      throw new ExportStopped('Nothing to export: there are no sessions in what you chose.', 'Choose another day or scope, or add a session first.');
    }
    setPhase({ kind: 'preview', folder, options, plan });
  }

  async function includeEmpty(folder: string, options: ExportOptions, include: boolean) {
    try {
      await preview(folder, { ...options, includeEmpty: include });
    } catch (error) {
      setPhase({ kind: 'failed', ...describeFailure(error) });
    }
  }

  async function confirmPreview(event: FormEvent) {
    event.preventDefault();
    if (phase.kind !== 'preview') return;
    const { folder, plan, options } = phase;
    try {
      const conflicts = plan.files.filter((file) => file.state === 'conflict');
      if (conflicts.length > 0) {
        const resolutions = Object.fromEntries(conflicts.map((file) => [file.path, 'keep' as ConflictResolution]));
        setPhase({ kind: 'conflicts', folder, options, total: plan.files.length, conflicts, resolutions });
        return;
      }
      await write(folder, options, plan.files.length, {});
    } catch (error) {
      setPhase({ kind: 'failed', ...describeFailure(error) });
    }
  }

  async function settleConflicts(event: FormEvent) {
    event.preventDefault();
    if (phase.kind !== 'conflicts') return;
    try {
      await write(phase.folder, phase.options, phase.total, phase.resolutions);
    } catch (error) {
      setPhase({ kind: 'failed', ...describeFailure(error) });
    }
  }

  switch (phase.kind) {
    case 'choose':
      return (
        <form className="form export-form" onSubmit={start} noValidate>
          {conferences && conferences.length > 1 && (
            <div className="field">
              <label htmlFor={conferenceSelectId}>Conference</label>
              <select id={conferenceSelectId} value={conference.id} onChange={(event) => setChosenConferenceId(event.target.value)}>
                {conferences.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ExportChoicesForm
            choices={effective}
            onChange={change}
            conference={conference}
            sessions={sessions}
            days={days}
            {...(sessionHere ? { currentSession: sessionHere } : {})}
            tagsText={tagsText}
            onTagsText={setTagsText}
            onChooseFolder={() => void chooseFolder()}
          />
          <FormFooter error={formError} submitLabel="Export" onCancel={onClose} submitRef={submitRef} />
        </form>
      );
    case 'preview': {
      const { plan, folder, options } = phase;
      const posts = plan.files.filter((file) => /\.md$/.test(file.path)).length;
      return (
        <form className="form" onSubmit={confirmPreview}>
          <h3 ref={headingRef} tabIndex={-1} className="export-heading">
            {posts === 0 ? 'Nothing to write yet' : posts === 1 ? 'One post, ready to write' : `${posts} posts, ready to write`}
          </h3>
          {plan.preview && <PostPreviewView preview={plan.preview} total={posts} />}
          <SkippedSessions
            skipped={plan.skipped}
            included={options.includeEmpty}
            onInclude={(include) => void includeEmpty(folder, options, include)}
          />
          <div className="dialog-actions">
            <button type="button" onClick={() => setPhase({ kind: 'choose' })}>
              Back
            </button>
            <button type="submit" className="button-primary" disabled={posts === 0}>
              {posts === 1 ? 'Write the post' : `Write ${posts} posts`}
            </button>
          </div>
        </form>
      );
    }
    case 'working':
      return (
        <div className="export-working">
          <h3 ref={headingRef} tabIndex={-1} className="export-heading">
            {stepLabels[phase.step]}
          </h3>
          {phase.step === 'writing' && phase.total > 1 && (
            <ProgressBar done={phase.progress?.done ?? 0} total={phase.progress?.total ?? phase.total} />
          )}
        </div>
      );
    case 'conflicts':
      return (
        <form className="form" onSubmit={settleConflicts}>
          <h3 ref={headingRef} tabIndex={-1} className="export-heading">
            {phase.conflicts.length === 1 ? 'A post was changed outside Plenary' : `${phase.conflicts.length} posts were changed outside Plenary`}
          </h3>
          <p className="dialog-hint">
            Since Plenary last wrote {phase.conflicts.length === 1 ? 'it' : 'them'}, someone edited {phase.conflicts.length === 1 ? 'this file' : 'these files'}.
            Choose what to do with {phase.conflicts.length === 1 ? 'it' : 'each'}; the other posts are written as usual.
          </p>
          <ConflictChoices
            conflicts={phase.conflicts}
            resolutions={phase.resolutions}
            onChange={(path, resolution) => setPhase({ ...phase, resolutions: { ...phase.resolutions, [path]: resolution } })}
          />
          <div className="dialog-actions">
            <button type="button" onClick={() => setPhase({ kind: 'choose' })}>
              Back
            </button>
            <button type="submit" className="button-primary">
              Export
            </button>
          </div>
        </form>
      );
    case 'done':
      return (
        <div>
          <h3 ref={headingRef} tabIndex={-1} className="export-heading">
            Export finished
          </h3>
          {phase.result.files.length > 1 && <ProgressBar done={phase.result.files.length} total={phase.result.files.length} />}
          <ExportSummaryView result={phase.result} />
          <SkippedSessions
            skipped={phase.result.skipped}
            included={false}
            onInclude={() => void includeEmpty(phase.folderToken, phase.options, true)}
            asButton
          />
          <div className="dialog-actions">
            <button type="button" onClick={() => setPhase({ kind: 'choose' })}>
              Export again
            </button>
            <button type="button" onClick={() => void call('showFolder', { folder: phase.folderToken }).catch((error: unknown) => setPhase({ kind: 'failed', ...describeFailure(error) }))}>
              Open folder
            </button>
            <button type="button" className="button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      );
    case 'failed':
      return (
        <div>
          <h3 ref={headingRef} tabIndex={-1} className="export-heading">
            The export did not finish
          </h3>
          <div role="alert" className="export-failure">
            <p className="form-error">{phase.message}</p>
            <p>{phase.hint}</p>
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Close
            </button>
            <button type="button" className="button-primary" onClick={() => setPhase({ kind: 'choose' })}>
              Back to the choices
            </button>
          </div>
        </div>
      );
  }
}
