import { useState, type FormEvent } from 'react';
import { clockTimeOf, stampAtClockTime } from '../../../core/time/stampEdit';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormFooter } from '../components/FormFooter';

interface StampEditDialogProps {
  stamp: number | null;
  timeZone: string;
  onSave: (stamp: number) => void;
  onClose: () => void;
}

/** Edits the time of one line, in the conference's zone, on the same day. */
export function StampEditDialog({ stamp, timeZone, onSave, onClose }: StampEditDialogProps) {
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stamp === null) return;
    const value = String(new FormData(event.currentTarget).get('time') ?? '');
    const moved = stampAtClockTime(stamp, value, timeZone);
    if (moved === null) {
      setError('Write a time of day such as 13:55 or 13:55:07.');
      return;
    }
    setError(null);
    onSave(moved);
  }

  return (
    <Dialog title="Time of this line" open={stamp !== null} onClose={onClose}>
      {stamp !== null && (
        <form onSubmit={submit} className="form" noValidate>
          <Field
            label="Time"
            name="time"
            defaultValue={clockTimeOf(stamp, timeZone)}
            autoFocus
            inputMode="numeric"
            hint={`24-hour clock, in the conference's time zone (${timeZone}).`}
            aria-invalid={error ? true : undefined}
          />
          <FormFooter error={error} submitLabel="Set time" onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
