import { useLiveQuery } from 'dexie-react-hooks';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import type { Conference } from '../../../core/model/conference';
import { emptyEditorState, type EditorStateJson, type Session } from '../../../core/model/session';
import { builtinTemplates } from '../../../core/templates/builtins';
import { instantiateTemplate, isDocumentEmpty } from '../../../core/templates/instantiate';
import { notifyError } from '../app/notices';
import { Dialog } from '../components/Dialog';
import { updateSession } from '../db/sessions';
import { listUserTemplates } from '../db/templates';
import { persistSession } from '../sync/persist';
import { replaceDocument } from './applyTemplate';
import { TemplatePicker, type TemplateChoice } from './TemplatePicker';

/** Past this much text a document holds notes; it is not serialised to find out. */
const MAX_TEMPLATE_TEXT = 20_000;
const CHECK_AFTER_MS = 250;

interface TemplateSwitcherProps {
  editor: LexicalEditor | null;
  session: Session;
  conference: Conference;
}

/**
 * While a session holds no notes (empty, or exactly the template it was made
 * with), its template can still be changed. The check runs after a pause in
 * typing, not on every keystroke.
 */
export function TemplateSwitcher({ editor, session, conference }: TemplateSwitcherProps) {
  const userTemplates = useLiveQuery(listUserTemplates, []);
  const [empty, setEmpty] = useState(false);
  const [open, setOpen] = useState(false);

  const fieldsKey = JSON.stringify([session.title, session.speakers, session.room, session.track, session.url, session.scheduledStart, session.actualStart, conference.name, conference.timeZone]);
  const untouched = useMemo<EditorStateJson[]>(
    () => [...builtinTemplates(), ...(userTemplates ?? [])].map((template) => instantiateTemplate(template, session, conference)),
    // Only the fields placeholders read matter, not every saved revision.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [userTemplates, fieldsKey],
  );

  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const state = editor.getEditorState();
      const size = state.read(() => $getRoot().getTextContentSize());
      setEmpty(size <= MAX_TEMPLATE_TEXT && isDocumentEmpty(state.toJSON() as unknown as EditorStateJson, untouched));
    };
    check();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(check, CHECK_AFTER_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, untouched]);

  async function choose(choice: TemplateChoice) {
    setOpen(false);
    if (!editor) return;
    const content = choice ? instantiateTemplate(choice, session, conference) : emptyEditorState();
    replaceDocument(editor, content);
    editor.focus();
    try {
      await updateSession(session.id, { templateId: choice?.id });
      void persistSession(session.id);
    } catch (error) {
      notifyError(error);
    }
  }

  if (!empty || !editor) return null;
  return (
    <>
      <div className="template-switch">
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Change template…
        </button>
      </div>
      <Dialog title="Change template" open={open} onClose={() => setOpen(false)} wide>
        <p className="dialog-hint">This session has no notes yet, so its template can still change.</p>
        <TemplatePicker
          autoFocus
          kind={session.kind}
          defaultTemplateId={conference.defaultTemplateId}
          currentTemplateId={session.templateId}
          onChoose={(choice) => void choose(choice)}
        />
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
