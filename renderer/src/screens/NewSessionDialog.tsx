import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { emptyEditorState, sessionKinds, type SessionKind } from '../../../core/model/session';
import { routes } from '../app/routes';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { createSession } from '../db/sessions';
import { persistSession } from '../sync/persist';
import { formError } from './formError';
import { kindLabels } from './kindLabels';

interface NewSessionDialogProps {
  conferenceId: string;
  open: boolean;
  onClose: () => void;
}

/** Splits "Ada Lovelace, Grace Hopper" into speakers. */
export function parseList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function NewSessionDialog({ conferenceId, open, onClose }: NewSessionDialogProps) {
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    try {
      const session = await createSession(
        {
          conferenceId,
          title: text('title'),
          speakers: parseList(text('speakers')),
          room: text('room'),
          kind: text('kind') as SessionKind,
        },
        emptyEditorState(),
      );
      void persistSession(session.id);
      setError(null);
      onClose();
      navigate(routes.session(session.id));
    } catch (caught) {
      setError(formError(caught));
    }
  }

  return (
    <Dialog title="New session" open={open} onClose={onClose}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label="Title" name="title" required autoFocus placeholder="What the talk is called" />
        <Field label="Speakers" name="speakers" placeholder="Ada Lovelace, Grace Hopper" hint="Separate names with commas." />
        <div className="field-row">
          <Field label="Room" name="room" placeholder="Hall A" />
          <div className="field">
            <label htmlFor="session-kind">Kind</label>
            <select id="session-kind" name="kind" defaultValue="talk">
              {sessionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary">
            Create session
          </button>
        </div>
      </form>
    </Dialog>
  );
}
