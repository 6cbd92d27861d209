import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { emptyEditorState, sessionKinds, sessionSchema, type SessionKind } from '../../../core/model/session';
import { instantiateTemplate } from '../../../core/templates/instantiate';
import { routes } from '../app/routes';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { getConference, updateConference } from '../db/conferences';
import { createSession } from '../db/sessions';
import { persistConference, persistSession } from '../sync/persist';
import { TemplatePicker, type TemplateChoice } from '../templates/TemplatePicker';
import { formError } from './formError';
import { kindLabels } from './kindLabels';
import { FormFooter } from '../components/FormFooter';

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
  const [kind, setKind] = useState<SessionKind>('talk');
  const conference = useLiveQuery(() => getConference(conferenceId), [conferenceId]);
  // The template highlighted in the picker; Enter there (or the button) creates the session with it.
  const template = useRef<TemplateChoice>(null);
  const formRef = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    try {
      const input = {
        conferenceId,
        title: text('title'),
        speakers: parseList(text('speakers')),
        room: text('room'),
        kind: text('kind') as SessionKind,
      };
      const chosen = template.current;
      const content = chosen
        ? instantiateTemplate(chosen, sessionSchema.parse({ ...input, id: 'new', revision: 1, updatedAt: 0 }), conference ?? null)
        : emptyEditorState();
      const session = await createSession(chosen ? { ...input, templateId: chosen.id } : input, content);
      if (form.get('makeDefault') === 'on' && conference && conference.defaultTemplateId !== chosen?.id) {
        void persistConference(await updateConference(conferenceId, { defaultTemplateId: chosen?.id }));
      }
      void persistSession(session.id);
      setError(null);
      onClose();
      navigate(routes.session(session.id));
    } catch (caught) {
      setError(formError(caught));
    }
  }

  return (
    <Dialog title="New session" open={open} onClose={onClose} wide>
      <form ref={formRef} onSubmit={submit} className="form" noValidate>
        <Field label="Title" name="title" required autoFocus placeholder="What the talk is called" maxLength={300} />
        <Field label="Speakers" name="speakers" placeholder="Ada Lovelace, Grace Hopper" hint="Separate names with commas." />
        <div className="field-row">
          <Field label="Room" name="room" placeholder="Hall A" maxLength={200} />
          <div className="field">
            <label htmlFor="session-kind">Kind</label>
            <select id="session-kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as SessionKind)}>
              {sessionKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <TemplatePicker
          kind={kind}
          defaultTemplateId={conference?.defaultTemplateId}
          onActiveChange={(choice) => {
            template.current = choice;
          }}
          onChoose={(choice) => {
            template.current = choice;
            formRef.current?.requestSubmit();
          }}
        />
        <label className="template-checkbox">
          <input type="checkbox" name="makeDefault" /> Start every new session in {conference?.name ?? 'this conference'} with this template
        </label>
        <FormFooter error={error} submitLabel="Create session" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
