import { useState, type FormEvent } from 'react';
import { sessionKinds, type SessionKind } from '../../../core/model/session';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { kindLabels } from '../screens/kindLabels';
import { FormFooter } from '../components/FormFooter';

export interface TemplateDetails {
  name: string;
  description: string;
  kind: SessionKind | undefined;
}

interface TemplateDetailsDialogProps {
  title: string;
  submitLabel: string;
  open: boolean;
  initial: TemplateDetails;
  onClose: () => void;
  /** Throws with a message for the user when the details do not fit. */
  onSubmit: (details: TemplateDetails) => Promise<void>;
}

/** Name, description and kind of a template: for a new one, a rename, or saving a session as a template. */
export function TemplateDetailsDialog({ title, submitLabel, open, initial, onClose, onSubmit }: TemplateDetailsDialogProps) {
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kind = String(form.get('kind') ?? '');
    const details: TemplateDetails = {
      name: String(form.get('name') ?? '').trim(),
      description: String(form.get('description') ?? '').trim(),
      kind: kind === '' ? undefined : (kind as SessionKind),
    };
    if (details.name === '') {
      setError('Give the template a name.');
      return;
    }
    try {
      await onSubmit(details);
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label="Name" name="name" required autoFocus defaultValue={initial.name} maxLength={120} />
        <Field label="Description" name="description" defaultValue={initial.description} maxLength={500} hint="One line on when to use it." />
        <div className="field">
          <label htmlFor="template-kind">Suits sessions of kind</label>
          <select id="template-kind" name="kind" defaultValue={initial.kind ?? ''}>
            <option value="">Any</option>
            {sessionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <FormFooter error={error} submitLabel={submitLabel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
