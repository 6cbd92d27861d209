import { useState, type FormEvent } from 'react';
import type { Conference } from '../../../core/model/conference';
import { sessionKinds, type Session } from '../../../core/model/session';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { updateSession } from '../db/sessions';
import { kindLabels } from '../screens/kindLabels';
import { persistSession } from '../sync/persist';
import { readDetails } from './sessionDetails';
import { dateOf, timeOf } from './wallTime';
import './browse.css';
import { FormFooter } from '../components/FormFooter';

interface SessionDetailsDialogProps {
  session: Session;
  conference: Conference;
  open: boolean;
  onClose: () => void;
}

/** Title, people, place, schedule and tags of a session, editable after it was created. */
export function SessionDetailsDialog({ session, conference, open, onClose }: SessionDetailsDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const zone = conference.timeZone;
  const known = session.scheduledStart ?? session.actualStart;
  const day = known !== undefined ? dateOf(known, zone) : conference.startDate;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = readDetails(new FormData(event.currentTarget), session, zone);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    try {
      await updateSession(session.id, result.patch);
      void persistSession(session.id);
      setError(null);
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  const close = () => {
    setError(null);
    onClose();
  };

  return (
    <Dialog title="Session details" open={open} onClose={close} wide>
      <form onSubmit={submit} className="form" noValidate>
        <Field label="Title" name="title" defaultValue={session.title} required autoFocus />
        <Field label="Speakers" name="speakers" defaultValue={session.speakers.join(', ')} hint="Separate names with commas." />
        <div className="field-row">
          <Field label="Room" name="room" defaultValue={session.room} />
          <Field label="Track" name="track" defaultValue={session.track} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="details-kind">Kind</label>
            <select id="details-kind" name="kind" defaultValue={session.kind}>
              {sessionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
          <Field label="Tags" name="tags" defaultValue={session.tags.join(', ')} hint="Separate tags with commas." />
        </div>
        <fieldset className="details-schedule">
          <legend>Scheduled time, on the clock of {zone}</legend>
          <div className="details-schedule-fields">
            <Field label="Day" name="day" type="date" defaultValue={day} />
            <Field label="Starts" name="start" type="time" defaultValue={session.scheduledStart !== undefined ? timeOf(session.scheduledStart, zone) : ''} />
            <Field label="Ends" name="end" type="time" defaultValue={session.scheduledEnd !== undefined ? timeOf(session.scheduledEnd, zone) : ''} />
          </div>
          <p className="field-hint">Leave the start empty for a session without a time.</p>
        </fieldset>
        <Field label="Link" name="url" type="url" defaultValue={session.url} placeholder="https://" />
        <FormFooter error={error} submitLabel="Save details" onCancel={close} />
      </form>
    </Dialog>
  );
}
