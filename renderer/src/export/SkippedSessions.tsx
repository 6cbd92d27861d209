import type { SkippedSession } from '../../../core/export/posts';

interface SkippedSessionsProps {
  skipped: readonly SkippedSession[];
  /** Whether the export already includes them (the box stays to take them out again). */
  included: boolean;
  onInclude: (include: boolean) => void;
  /** After the export: a button that exports them too, instead of a box. */
  asButton?: boolean;
}

/** Sessions an export leaves out because nobody wrote in them, with the way to write them too. */
export function SkippedSessions({ skipped, included, onInclude, asButton = false }: SkippedSessionsProps) {
  if (skipped.length === 0 && !included) return null;
  return (
    <section className="export-skipped" aria-label="Empty sessions">
      {skipped.length > 0 && (
        <>
          <p>
            {skipped.length === 1 ? 'One session has' : `${skipped.length} sessions have`} nothing written in {skipped.length === 1 ? 'it' : 'them'},
            so no post is written for {skipped.length === 1 ? 'it' : 'them'}:
          </p>
          <ul aria-label="Skipped sessions">
            {skipped.map((session) => (
              <li key={session.sessionId}>
                {session.title} <span className="export-session-meta">{session.day}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {asButton ? (
        <button type="button" onClick={() => onInclude(true)}>
          Export the empty sessions too…
        </button>
      ) : (
        <label className="field-checkbox">
          <input type="checkbox" checked={included} onChange={(event) => onInclude(event.target.checked)} /> Write posts for empty sessions too
        </label>
      )}
    </section>
  );
}
