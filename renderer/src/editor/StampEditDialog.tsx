import { useState, type FormEvent } from 'react';
import { stampAtClockTime } from '../../../core/time/stampEdit';
import { formatClock, type ClockFormat } from '../../../core/time/stamps';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { FormFooter } from '../components/FormFooter';

interface StampEditDialogProps {
  stamp: number | null;
  timeZone: string;
  clock: ClockFormat;
  onSave: (stamp: number) => void;
  onClose: () => void;
}

/** Edits the time of one line, in the conference's zone, on the same day. */
export function StampEditDialog({ stamp, timeZone, clock, onSave, onClose }: StampEditDialogProps) {
  // The time as the gutter shows it (the 12- or 24-hour clock of the settings), with its seconds.
  const example = formatClock(Date.UTC(2026, 0, 1, 13, 55, 7), 'UTC', clock, { withSeconds: true });
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stamp === null) return;
    const value = String(new FormData(event.currentTarget).get('time') ?? '');
    const moved = stampAtClockTime(stamp, value, timeZone);
    if (moved === null) {
      setError(`Write a time of day such as ${example}.`);
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
            defaultValue={formatClock(stamp, timeZone, clock, { withSeconds: true })}
            autoFocus
            hint={`In the conference's time zone (${timeZone}), for example ${example}.`}
            aria-invalid={error ? true : undefined}
          />
          <FormFooter error={error} submitLabel="Set time" onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
