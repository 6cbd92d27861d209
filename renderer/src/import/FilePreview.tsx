import { useId, useState } from 'react';
import type { ImportPlan } from '../../../core/import/types';
import type { Conference } from '../../../core/model/conference';
import { firstClockTimes, lineCount, plural } from './preview';

export interface FileDetails {
  conferenceName: string;
  /** YYYY-MM-DD or empty. */
  date: string;
  timeZone: string;
}

/** One file in the preview: its plan or why it cannot be imported, and what the user chose for it. */
export interface FileEntry {
  key: string;
  name: string;
  /** The text read, kept to plan again with the details asked for; null when the file could not be read. */
  text: string | null;
  /** How the bytes were not plain UTF-8 (Latin-1, lines with bad bytes), put first in every plan's warnings. */
  decodeWarning: string | null;
  /** Main's token for the file on disk, when the window may name it: plans read the file there, images included. */
  token: string | null;
  plan: ImportPlan | null;
  error: string | null;
  /** True when the file did not give the conference's date or time zone, so the preview asks for them. */
  asked: boolean;
  details: FileDetails;
  /** The details the current plan was made with, once the user gave them. */
  appliedDetails: FileDetails | null;
  detailsError: string | null;
  /** 'new' or the id of an existing conference. */
  conferenceId: string;
  /** Indices into plan.leftOut of the pieces to keep. */
  keep: number[];
}

interface FilePreviewProps {
  entry: FileEntry;
  /** Per planned session: true when it would be skipped as already imported. */
  duplicates: readonly boolean[];
  conferences: readonly Conference[];
  onChange: (change: (entry: FileEntry) => FileEntry) => void;
  onReplan: (details: FileDetails) => Promise<void>;
  onChooseConference: (conferenceId: string) => void;
}

function DetailsForm({ entry, onChange, onReplan }: Pick<FilePreviewProps, 'entry' | 'onChange' | 'onReplan'>) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof FileDetails, value: string) => onChange((current) => ({ ...current, details: { ...current.details, [field]: value } }));
  const applied = entry.appliedDetails;
  return (
    <fieldset className="import-details">
      <legend>When and where was this?</legend>
      <p className="dialog-hint">
        {applied
          ? `Read with ${applied.date || 'no date'} in ${applied.timeZone}. Change them and read again if they are wrong.`
          : 'The file does not say the conference’s date or time zone. Give them so hand-written times become stamps at the right moment.'}
      </p>
      <div className="import-details-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>Conference name</label>
          <input id={`${id}-name`} value={entry.details.conferenceName} onChange={(event) => set('conferenceName', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={entry.details.date} onChange={(event) => set('date', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>Time zone</label>
          <input
            id={`${id}-zone`}
            value={entry.details.timeZone}
            aria-describedby={`${id}-zone-hint`}
            onChange={(event) => set('timeZone', event.target.value)}
            spellCheck={false}
          />
          <p id={`${id}-zone-hint`} className="field-hint">
            An IANA zone such as America/New_York
          </p>
        </div>
      </div>
      {entry.detailsError && (
        <p className="form-error" role="alert">
          {entry.detailsError}
        </p>
      )}
      <div>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onReplan(entry.details).finally(() => setBusy(false));
          }}
        >
          Read again with these
        </button>
      </div>
    </fieldset>
  );
}

/** What one file becomes: sessions, duplicates, left-out pieces, warnings; or why nothing from it is imported. */
export function FilePreview({ entry, duplicates, conferences, onChange, onReplan, onChooseConference }: FilePreviewProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const plan = entry.plan;
  if (!plan) {
    return (
      <section className="import-file import-file-error" aria-labelledby={headingId}>
        <h4 id={headingId} className="import-file-name">
          {entry.name}
        </h4>
        <p className="form-error" role="alert">
          {entry.error ?? `${entry.name} cannot be imported.`} Nothing from it will be imported.
        </p>
      </section>
    );
  }
  const zone = plan.conference.timeZone;
  const creating = duplicates.filter((duplicate) => !duplicate).length;
  return (
    <section className="import-file" aria-labelledby={headingId}>
      <h4 id={headingId} className="import-file-name">
        {entry.name}
      </h4>
      <p className="import-file-summary">
        {plural(creating, 'session')} to create
        {duplicates.length > creating ? ` · ${duplicates.length - creating} already imported` : ''}
      </p>
      {entry.asked && <DetailsForm entry={entry} onChange={onChange} onReplan={onReplan} />}
      <div className="field">
        <label htmlFor={`${id}-conference`}>Conference</label>
        <select id={`${id}-conference`} value={entry.conferenceId} onChange={(event) => onChooseConference(event.target.value)}>
          <option value="new">New conference: {plan.conference.name}</option>
          {conferences.map((conference) => (
            <option key={conference.id} value={conference.id}>
              {conference.name} ({conference.startDate})
            </option>
          ))}
        </select>
      </div>
      <table className="import-sessions">
        <caption className="visually-hidden">Sessions in {entry.name}</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Date</th>
            <th scope="col">Time zone</th>
            <th scope="col">Lines</th>
            <th scope="col">First times</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {plan.sessions.map((session, index) => {
            const duplicate = duplicates[index] === true;
            const times = firstClockTimes(session, zone);
            return (
              <tr key={`${session.fromLine}:${session.sourceHash}`} className={duplicate ? 'import-session-duplicate' : undefined}>
                <th scope="row">{session.title}</th>
                <td>{session.date ?? 'unknown'}</td>
                <td>{zone}</td>
                <td>{lineCount(session.document)}</td>
                <td>{times.length > 0 ? times.join(', ') : 'none'}</td>
                <td>{duplicate ? 'Skipped: already imported' : 'New'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {plan.leftOut.length > 0 && (
        <fieldset className="import-left-out">
          <legend>Left out as page debris ({plan.leftOut.length})</legend>
          <ul>
            {plan.leftOut.map((piece, index) => {
              const checkbox = `${id}-piece-${index}`;
              const kept = entry.keep.includes(index);
              return (
                <li key={`${piece.fromLine}-${piece.toLine}`}>
                  <input
                    id={checkbox}
                    type="checkbox"
                    checked={kept}
                    onChange={(event) => {
                      const on = event.target.checked;
                      onChange((current) => ({ ...current, keep: on ? [...current.keep, index] : current.keep.filter((other) => other !== index) }));
                    }}
                  />
                  <label htmlFor={checkbox}>
                    Keep the {piece.reason} (lines {piece.fromLine}–{piece.toLine})
                  </label>
                  <pre className="import-piece" tabIndex={0}>
                    {piece.text}
                  </pre>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {plan.warnings.length > 0 && (
        <ul className="import-warnings" aria-label={`Warnings for ${entry.name}`}>
          {plan.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
