import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { ScheduleInput } from '../../../core/ipc/channels/schedule';
import { describePlan, planChangesNothing, planScheduleImport, scheduleWrites, type SchedulePlan, type ScheduleWrites } from '../../../core/schedule/reimport';
import { isScheduleFileName } from '../../../core/schedule/parseSchedule';
import { scheduleFormatNames } from '../../../core/schedule/types';
import { formatClock } from '../../../core/time/stamps';
import { isValidTimeZone, systemTimeZone } from '../../../core/time/zones';
import { notifyError } from '../app/notices';
import { routes } from '../app/routes';
import { call } from '../bridge/plenary';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { readLocalRecords } from '../db/archiveRecords';
import { readScheduleTarget, storeScheduleWrites } from '../db/schedules';
import { writeToDisk } from '../sync/diskWriter';

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; what: string }
  | { kind: 'preview'; plan: SchedulePlan; input: ScheduleInput }
  | { kind: 'writing' }
  | { kind: 'done'; plan: SchedulePlan }
  | { kind: 'failed'; message: string };

/** Sends what a schedule import stored to the disk archive: the conference, then each session with the document it already has. */
async function sendToArchive(writes: ScheduleWrites): Promise<void> {
  if (writes.conference) await writeToDisk({ kind: 'conference', conference: writes.conference });
  const records = await readLocalRecords('session', writes.sessions.map((session) => session.id));
  await Promise.all(records.map((record) => writeToDisk(record)));
}

const ACCEPT = '.json,.xml,.ics,.ical,application/json,application/xml,text/xml,text/calendar';

/** A dropped file is a schedule when it is not notes: JSON, XML or iCalendar. */
function allSchedules(files: readonly File[]): boolean {
  return files.length > 0 && files.every((file) => isScheduleFileName(file.name));
}

function PlanPreview({ plan }: { plan: SchedulePlan }) {
  const zone = plan.conference.timeZone;
  const at = (instant: number | undefined) => (instant === undefined ? '' : formatClock(instant, zone));
  const moved = plan.changed.filter((change) => change.moved);
  return (
    <>
      <p className="schedule-source">
        {plan.schedule.source} · {scheduleFormatNames[plan.schedule.format]} · {plan.schedule.talks.length} talks into{' '}
        <strong>{plan.conference.name}</strong> ({zone})
      </p>
      <ul className="schedule-plan" aria-label="What will change">
        {describePlan(plan).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {moved.length > 0 && (
        <details className="schedule-details">
          <summary>Moved talks</summary>
          <ul>
            {moved.map(({ session, talk }) => (
              <li key={session.id}>
                {talk.title}: {at(session.scheduledStart)} {session.room} → {at(talk.start)} {talk.room}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.cancelled.length > 0 && (
        <details className="schedule-details" open>
          <summary>Kept with your notes, marked cancelled</summary>
          <ul>
            {plan.cancelled.map((session) => (
              <li key={session.id}>{session.title}</li>
            ))}
          </ul>
        </details>
      )}
      {plan.schedule.warnings.map((warning) => (
        <p key={warning} className="schedule-warning">
          {warning}
        </p>
      ))}
    </>
  );
}

/**
 * File → Import schedule, and schedule files dropped on the window: reads a
 * file or an https address (main downloads it, only then), shows what will
 * change before anything is written, then stores the planned sessions.
 * Notes are never written by a schedule import.
 */
export function ScheduleImportDialog({ open, onOpen, onClose }: { open: boolean; onOpen: () => void; onClose: () => void }) {
  const [, navigate] = useLocation();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [zone, setZone] = useState(systemTimeZone);
  const [zoneError, setZoneError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const busy = phase.kind === 'reading' || phase.kind === 'writing';

  const close = () => {
    if (busy) return;
    setPhase({ kind: 'choose' });
    onClose();
  };

  const read = async (input: ScheduleInput, what: string, timeZone = zone) => {
    onOpen();
    setPhase({ kind: 'reading', what });
    try {
      const { schedule } = await call('scheduleRead', { source: input, timeZone });
      const { conference, known } = await readScheduleTarget(schedule);
      setPhase({ kind: 'preview', plan: planScheduleImport(schedule, conference, known), input });
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const readRef = useRef(read);
  readRef.current = read;

  const readFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      onOpen();
      setPhase({ kind: 'failed', message: `${file.name} could not be read. Check that the file is still there.` });
      return;
    }
    await readRef.current({ name: file.name, text }, file.name);
  };

  // Schedule files dropped on the window come here, before the notes import sees the drop.
  useEffect(() => {
    const drop = (event: DragEvent) => {
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (!allSchedules(files)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      // The notes import shows a drop hint while files are dragged; a drag that ends here ends it too.
      window.dispatchEvent(new DragEvent('dragleave', { relatedTarget: null }));
      const [file] = files;
      if (file) void readFile(file);
    };
    window.addEventListener('drop', drop, true);
    return () => window.removeEventListener('drop', drop, true);
    // readFile reads through refs; the listener is registered once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (phase.kind === 'preview' || phase.kind === 'done' || phase.kind === 'failed') headingRef.current?.focus();
  }, [phase.kind]);

  const write = async (plan: SchedulePlan) => {
    setPhase({ kind: 'writing' });
    try {
      const writes = scheduleWrites(plan);
      await storeScheduleWrites(writes);
      setPhase({ kind: 'done', plan });
      // The disk copy follows, as for every save: the save status says when it is written.
      void sendToArchive(writes).catch(notifyError);
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const fileInput = (
    <input
      ref={inputRef}
      type="file"
      accept={ACCEPT}
      hidden
      aria-label="Schedule file to import"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = '';
        if (file) void readFile(file);
      }}
    />
  );

  return (
    <Dialog title="Import schedule" open={open} onClose={close} wide>
      {fileInput}
      {phase.kind === 'choose' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (url.trim()) void read({ url: url.trim() }, url.trim());
          }}
        >
          <p className="dialog-hint">
            Import the conference's published schedule: pretalx or frab schedule.json, frab schedule.xml, iCalendar (.ics) or Sessionize “All data” JSON. Its
            talks become planned sessions; importing it again later updates them and never touches your notes.
          </p>
          <div className="dialog-actions schedule-choose">
            <button type="button" className="button-primary" onClick={() => inputRef.current?.click()} autoFocus>
              Choose a schedule file…
            </button>
          </div>
          <Field label="Or its https address" name="url" type="url" inputMode="url" placeholder="https://…/schedule.json" value={url} onChange={(event) => setUrl(event.currentTarget.value)} hint="Plenary downloads it once, now, over https." />
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" disabled={!url.trim()}>
              Download and preview
            </button>
          </div>
        </form>
      )}
      {phase.kind === 'reading' && (
        <p className="schedule-reading" role="status">
          Reading {phase.what}…
        </p>
      )}
      {phase.kind === 'preview' && (
        <div className="form schedule-preview">
          <h3 ref={headingRef} tabIndex={-1} className="schedule-heading">
            Before anything is saved
          </h3>
          <PlanPreview plan={phase.plan} />
          {phase.plan.schedule.conference.timeZoneAssumed && (
            <form
              className="schedule-zone"
              onSubmit={(event) => {
                event.preventDefault();
                if (!isValidTimeZone(zone)) return setZoneError('Use an IANA time zone such as Europe/Berlin.');
                setZoneError(null);
                void read(phase.input, phase.plan.schedule.source, zone);
              }}
            >
              <Field label="The event's time zone" name="timeZone" value={zone} onChange={(event) => setZone(event.currentTarget.value)} aria-invalid={zoneError !== null} hint={zoneError ?? 'The file gives times without a zone; they are read in this one.'} />
              <button type="submit">Read again in this zone</button>
            </form>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="button" className="button-primary" disabled={planChangesNothing(phase.plan)} onClick={() => void write(phase.plan)}>
              {phase.plan.conferenceIsNew ? 'Import schedule' : 'Update schedule'}
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'writing' && (
        <p className="schedule-reading" role="status">
          Saving the schedule…
        </p>
      )}
      {phase.kind === 'done' && (
        <div className="form">
          <h3 ref={headingRef} tabIndex={-1} className="schedule-heading">
            Schedule imported
          </h3>
          <p role="status">
            {phase.plan.conference.name}: {describePlan(phase.plan).join(', ')}.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Close
            </button>
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                const id = phase.plan.conference.id;
                close();
                navigate(routes.conference(id));
              }}
            >
              Open {phase.plan.conference.name}
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'failed' && (
        <div className="form">
          <h3 ref={headingRef} tabIndex={-1} className="schedule-heading">
            Nothing was imported
          </h3>
          <p className="form-error" role="alert">
            {phase.message}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Close
            </button>
            <button type="button" className="button-primary" onClick={() => setPhase({ kind: 'choose' })}>
              Try another schedule
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
