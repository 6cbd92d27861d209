import type { Ref } from 'react';

interface FormFooterProps {
  /** What is wrong with the form, read out as soon as it appears; nothing when all is well. */
  error: string | null | undefined;
  submitLabel: string;
  onCancel: () => void;
  submitRef?: Ref<HTMLButtonElement>;
}

/** The end of every form dialog: its error, if any, then Cancel and the submit button. */
export function FormFooter({ error, submitLabel, onCancel, submitRef }: FormFooterProps) {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button ref={submitRef} type="submit" className="button-primary">
          {submitLabel}
        </button>
      </div>
    </>
  );
}
