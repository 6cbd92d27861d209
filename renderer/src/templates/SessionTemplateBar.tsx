import { useLiveQuery } from 'dexie-react-hooks';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { Conference } from '../../../core/model/conference';
import { emptyEditorState, type EditorStateJson, type Session } from '../../../core/model/session';
import { builtinTemplates } from '../../../core/templates/builtins';
import { instantiateTemplate, isDocumentEmpty, templateFromDocument } from '../../../core/templates/instantiate';
import { notify, notifyError } from '../app/notices';
import { routes } from '../app/routes';
import { Dialog } from '../components/Dialog';
import { updateSession } from '../db/sessions';
import { addUserTemplate, listUserTemplates } from '../db/templates';
import { persistSession, persistTemplate } from '../sync/persist';
import { replaceDocument } from './applyTemplate';
import { TemplateDetailsDialog, type TemplateDetails } from './TemplateDetailsDialog';
import { TemplatePicker, type TemplateChoice } from './TemplatePicker';

/** Past this much text a document holds notes; it is not serialised to find out. */
const MAX_TEMPLATE_TEXT = 20_000;
const CHECK_AFTER_MS = 250;

interface SessionTemplateBarProps {
  editor: LexicalEditor | null;
  session: Session;
  conference: Conference;
}

/**
 * The session's template actions. Any session can be saved as a template
 * (its structure kept, stamps and action-item state left out). While a
 * session holds no notes (empty, or exactly the template it was made with),
 * its template can still be changed; that check runs after a pause in
 * typing, not on every keystroke.
 */
export function SessionTemplateBar({ editor, session, conference }: SessionTemplateBarProps) {
  const [, navigate] = useLocation();
  const userTemplates = useLiveQuery(listUserTemplates, []);
  const [empty, setEmpty] = useState(false);
  const [open, setOpen] = useState<'switch' | 'save' | null>(null);

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

  async function saveAsTemplate(details: TemplateDetails) {
    if (!editor) return;
    const content = editor.getEditorState().toJSON() as unknown as EditorStateJson;
    const template = await addUserTemplate(templateFromDocument(content, details.name, { description: details.description, kind: details.kind }));
    void persistTemplate(template);
    setOpen(null);
    notify(`Saved “${template.name}” as a template.`, 'info', { label: 'Open it', run: () => navigate(routes.template(template.id)) });
  }

  async function choose(choice: TemplateChoice) {
    setOpen(null);
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

  if (!editor) return null;
  return (
    <>
      <div className="template-switch">
        {empty && (
          <button type="button" className="link-button" onClick={() => setOpen('switch')}>
            Change template…
          </button>
        )}
        <button type="button" className="link-button" onClick={() => setOpen('save')}>
          Save as template…
        </button>
      </div>
      <TemplateDetailsDialog
        title="Save as template"
        submitLabel="Save template"
        open={open === 'save'}
        initial={{ name: session.title, description: '', kind: session.kind }}
        onClose={() => setOpen(null)}
        onSubmit={saveAsTemplate}
      />
      <Dialog title="Change template" open={open === 'switch'} onClose={() => setOpen(null)} wide>
        <p className="dialog-hint">This session has no notes yet, so its template can still change.</p>
        <TemplatePicker
          autoFocus
          kind={session.kind}
          defaultTemplateId={conference.defaultTemplateId}
          currentTemplateId={session.templateId}
          onChoose={(choice) => void choose(choice)}
        />
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(null)}>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
