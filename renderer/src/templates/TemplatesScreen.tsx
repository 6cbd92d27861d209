import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { emptyEditorState } from '../../../core/model/session';
import { defaultSettings } from '../../../core/model/settings';
import type { Template } from '../../../core/model/template';
import { templateCatalog, type CatalogEntry } from '../../../core/templates/catalog';
import { setTemplateHidden } from '../../../core/templates/userTemplates';
import { notify, notifyError } from '../app/notices';
import { routes } from '../app/routes';
import { loadSettings, saveSettings } from '../db/settings';
import {
  addUserTemplate,
  changeUserTemplate,
  deleteUserTemplateById,
  duplicateUserTemplate,
  listUserTemplates,
  restoreUserTemplate,
} from '../db/templates';
import { kindLabels } from '../screens/kindLabels';
import { persistTemplate } from '../sync/persist';
import { templateOutline } from './outline';
import { TemplateDetailsDialog, type TemplateDetails } from './TemplateDetailsDialog';
import { downloadTemplate, readTemplateFile } from './templateFiles';
import './templates.css';

type DialogState = { mode: 'new' } | { mode: 'rename'; template: Template } | null;

async function saved(template: Template): Promise<Template> {
  void persistTemplate(template);
  return template;
}

function TemplateCard({ entry, children }: { entry: CatalogEntry; children: ReactNode }) {
  const { template } = entry;
  const outline = templateOutline(template);
  return (
    <li className="card" data-template-id={template.id}>
      <span className="card-title template-option-name">
        <span className="template-name">{template.name}</span>
        {template.kind && <span className="template-badge">{kindLabels[template.kind]}</span>}
        {entry.hidden && <span className="template-badge">hidden</span>}
      </span>
      {template.description && <span className="card-meta">{template.description}</span>}
      {outline && <span className="template-outline">{outline}</span>}
      <div className="template-actions" role="group" aria-label={`${template.name}: actions`}>
        {children}
      </div>
    </li>
  );
}

/** Built-in templates and the user's own: create, edit, copy, rename, delete, hide, share as files. */
export function TemplatesScreen() {
  const [, navigate] = useLocation();
  const userTemplates = useLiveQuery(listUserTemplates, []);
  const settings = useLiveQuery(loadSettings, []) ?? defaultSettings;
  const [dialog, setDialog] = useState<DialogState>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const entries = templateCatalog({ userTemplates: userTemplates ?? [], hiddenTemplateIds: settings.hiddenTemplateIds, includeHidden: true });
  const own = entries.filter((entry) => !entry.builtin);
  const builtins = entries.filter((entry) => entry.builtin);

  const run = (action: () => Promise<unknown>) => () => void action().catch(notifyError);

  async function create(details: TemplateDetails) {
    const template = await saved(await addUserTemplate({ ...details, content: emptyEditorState() }));
    setDialog(null);
    navigate(routes.template(template.id));
  }

  async function rename(template: Template, details: TemplateDetails) {
    await saved(await changeUserTemplate(template.id, details));
    setDialog(null);
  }

  async function duplicate(template: Template, open: boolean) {
    const copy = await saved(await duplicateUserTemplate(template));
    if (open) navigate(routes.template(copy.id));
    else notify(`Made “${copy.name}”.`);
  }

  async function remove(template: Template) {
    await saved(await deleteUserTemplateById(template.id));
    notify(`Deleted “${template.name}”.`, 'info', {
      label: 'Undo',
      run: () => void restoreUserTemplate(template.id).then(saved).catch(notifyError),
    });
  }

  async function toggleHidden(template: Template, hidden: boolean) {
    await saveSettings({ hiddenTemplateIds: setTemplateHidden(settings.hiddenTemplateIds, template.id, hidden) });
  }

  async function importFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        const template = await saved(await addUserTemplate(await readTemplateFile(file)));
        notify(`Imported “${template.name}”.`);
      } catch (error) {
        notifyError(error);
      }
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <main className="screen" aria-labelledby="templates-title">
      <header className="screen-header">
        <div>
          <h1 id="templates-title">Templates</h1>
          <p className="screen-subtitle">
            The skeleton a new session starts with. Placeholders such as {'{{title}}'}, {'{{speakers}}'} and {'{{date}}'} are filled from the
            session.
          </p>
        </div>
        <div className="template-toolbar">
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".md,.markdown,text/markdown,text/plain"
            multiple
            hidden
            aria-label="Template file to import"
            data-testid="template-file-input"
            onChange={(event) => void importFiles(event.target.files)}
          />
          <button type="button" className="button-primary" onClick={() => setDialog({ mode: 'new' })}>
            New template
          </button>
        </div>
      </header>

      <section aria-labelledby="own-templates-title">
        <h2 id="own-templates-title">Your templates</h2>
        {own.length === 0 && (
          <div className="empty-state">
            <p>None yet. Copy a built-in template below to change it, save a session as a template, or import a file from a colleague.</p>
          </div>
        )}
        <ul className="card-list" aria-label="Your templates">
          {own.map((entry) => (
            <TemplateCard key={entry.template.id} entry={entry}>
              <Link href={routes.template(entry.template.id)} className="button-link">
                Edit
              </Link>
              <button type="button" onClick={() => setDialog({ mode: 'rename', template: entry.template })}>
                Rename
              </button>
              <button type="button" onClick={run(() => duplicate(entry.template, false))}>
                Duplicate
              </button>
              <button type="button" onClick={() => downloadTemplate(entry.template)}>
                Export
              </button>
              <button type="button" onClick={run(() => remove(entry.template))}>
                Delete
              </button>
            </TemplateCard>
          ))}
        </ul>
      </section>

      <section aria-labelledby="builtin-templates-title">
        <h2 id="builtin-templates-title">Built-in templates</h2>
        <ul className="card-list" aria-label="Built-in templates">
          {builtins.map((entry) => (
            <TemplateCard key={entry.template.id} entry={entry}>
              <button type="button" onClick={run(() => duplicate(entry.template, true))}>
                Make my own from it
              </button>
              <button type="button" onClick={() => downloadTemplate(entry.template)}>
                Export
              </button>
              <button type="button" aria-pressed={entry.hidden} onClick={run(() => toggleHidden(entry.template, !entry.hidden))}>
                {entry.hidden ? 'Show in picker' : 'Hide from picker'}
              </button>
            </TemplateCard>
          ))}
        </ul>
      </section>

      <TemplateDetailsDialog
        key={dialog?.mode === 'rename' ? dialog.template.id : (dialog?.mode ?? 'none')}
        title={dialog?.mode === 'rename' ? 'Rename template' : 'New template'}
        submitLabel={dialog?.mode === 'rename' ? 'Save' : 'Create and edit'}
        open={dialog !== null}
        initial={
          dialog?.mode === 'rename'
            ? { name: dialog.template.name, description: dialog.template.description, kind: dialog.template.kind }
            : { name: '', description: '', kind: undefined }
        }
        onClose={() => setDialog(null)}
        onSubmit={(details) => (dialog?.mode === 'rename' ? rename(dialog.template, details) : create(details))}
      />
    </main>
  );
}
