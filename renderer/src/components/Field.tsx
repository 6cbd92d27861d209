import { useId, useState, type InputHTMLAttributes } from 'react';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
}

/** From how full a limited field shows how much room is left. */
const NEAR_LIMIT = 0.8;

/**
 * A labelled input; the label is always visible, hints are read out with the
 * field. A field with a length limit says so in its hint, and counts the
 * characters once it is nearly full, so the limit is known before submitting.
 */
export function Field({ label, hint, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const limit = input.maxLength;
  const [length, setLength] = useState(() => String(input.defaultValue ?? input.value ?? '').length);
  const near = limit !== undefined && length >= limit * NEAR_LIMIT;
  const fullHint = [hint, limit !== undefined && !near ? `Up to ${limit} characters.` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-describedby={fullHint || near ? hintId : undefined}
        {...input}
        onInput={(event) => {
          setLength(event.currentTarget.value.length);
          input.onInput?.(event);
        }}
      />
      {(fullHint || near) && (
        <p id={hintId} className="field-hint">
          {fullHint}
          {near && (
            <span className={length >= (limit ?? 0) ? 'field-count field-count-full' : 'field-count'} aria-live="polite">
              {fullHint ? ' ' : ''}
              {length} of {limit} characters
            </span>
          )}
        </p>
      )}
    </div>
  );
}
