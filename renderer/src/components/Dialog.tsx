import { useEffect, useId, useRef, type ReactNode } from 'react';
import { holdNotices } from '../app/notices';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for previews and pickers. */
  wide?: boolean;
}

/**
 * A modal on the native <dialog> element: focus is trapped and restored by
 * the browser, Escape closes it, and screen readers announce its title.
 */
export function Dialog({ title, open, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // Notices wait behind an open dialog: they never cover it, and their time stands still.
  useEffect(() => (open ? holdNotices('dialog') : undefined), [open]);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
