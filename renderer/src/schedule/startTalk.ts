import type { Session } from '../../../core/model/session';
import { firstEmptyLineIndex, plannedNoteDocument, templateForKind } from '../../../core/schedule/startNote';
import { routes } from '../app/routes';
import { startTalkNote } from '../db/schedules';
import { persistSession } from '../sync/persist';

/**
 * Starts the note of a talk from the schedule: its first document from the
 * template for its kind, its clock started, the archive told, and the
 * session opened with the caret on the note's first empty line.
 */
export async function startTalk(session: Session, navigate: (to: string) => void): Promise<void> {
  // The built-in templates are read from markdown with the editor's nodes: loaded on first use.
  const { builtinTemplates } = await import('../../../core/templates/builtins');
  const builtins = builtinTemplates();
  const { session: started, document } = await startTalkNote(session.id, (current, conference, userTemplates) =>
    plannedNoteDocument(templateForKind(current.kind, [...builtins, ...userTemplates], conference?.defaultTemplateId), current, conference ?? null),
  );
  void persistSession(started.id);
  navigate(routes.session(started.id, String(firstEmptyLineIndex(document.content))));
}
