import { useSaveStatus } from '../sync/saveStatus';

/** Tells, in words, whether everything typed is safe: no save button needed. */
export function SaveIndicator() {
  const status = useSaveStatus();
  let text = 'All changes saved';
  let tone = 'saved';
  if (status.error) {
    text = status.error;
    tone = 'error';
  } else if (status.unsavedEditors > 0) {
    text = 'Saving…';
    tone = 'pending';
  } else if (status.pendingDiskWrites > 0) {
    text = 'Writing to the archive…';
    tone = 'pending';
  }
  return (
    <div className={`save-indicator save-${tone}`} role="status" data-testid="save-status" data-state={tone}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </div>
  );
}
