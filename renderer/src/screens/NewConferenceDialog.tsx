import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { systemTimeZone } from '../../../core/time/zones';
import { routes } from '../app/routes';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { createConference } from '../db/conferences';
import { persistConference } from '../sync/persist';
import { formError } from './formError';
import { FormFooter } from '../components/FormFooter';

const timeZones: string[] = Intl.supportedValuesOf('timeZone');

function today(): string {
  return new Date().toLocaleDateString('en-CA');
}

export function NewConferenceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const startDate = text('startDate');
    try {
      const conference = await createConference({
        name: text('name'),
        location: text('location'),
        startDate,
        endDate: text('endDate') || startDate,
        timeZone: text('timeZone'),
      });
      void persistConference(conference);
      setError(null);
      onClose();
      navigate(routes.conference(conference.id));
    } catch (caught) {
      setError(formError(caught));
    }
  }

  return (
    <Dialog title="New conference" open={open} onClose={onClose}>
      <form onSubmit={submit} className="form" noValidate>
        <Field label="Name" name="name" required autoFocus placeholder="PyCon US 2026" maxLength={200} />
        <Field label="Location" name="location" placeholder="Long Beach, CA" maxLength={200} />
        <div className="field-row">
          <Field label="First day" name="startDate" type="date" required defaultValue={today()} />
          <Field label="Last day" name="endDate" type="date" defaultValue={today()} />
        </div>
        <Field
          label="Time zone"
          name="timeZone"
          list="time-zones"
          defaultValue={systemTimeZone()}
          hint="Stamps are shown in the conference's time zone."
        />
        <datalist id="time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FormFooter error={error} submitLabel="Create conference" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
