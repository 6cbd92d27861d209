import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { StampingOptions } from '../../../core/editor/stamping';
import type { WrittenDocument } from '../../../core/editor/documentJsonWriter';
import { joinDocumentText } from '../../../core/editor/documentText';
import { editorStateJsonSchema, type EditorStateJson } from '../../../core/model/session';
import { defaultSettings } from '../../../core/model/settings';
import { placeholderDescriptions, placeholderNames } from '../../../core/templates/placeholders';
import { routes } from '../app/routes';
import { loadSettings } from '../db/settings';
import { changeUserTemplate, getUserTemplate } from '../db/templates';
import { NoteEditor } from '../editor/NoteEditor';
import type { StampView } from '../editor/stampFormat';
import { persistTemplate } from '../sync/persist';
import { TemplateDetailsDialog } from './TemplateDetailsDialog';
import { downloadTemplate } from './templateFiles';
import './templates.css';

// A template holds no notes: nothing in it is ever stamped.
const noStamping: StampingOptions = { now: () => Date.now(), lagSeconds: () => 0, shouldStamp: () => false };

/** A user template, edited in the same editor as the notes, saved as you type. */
export function TemplateEditorScreen({ templateId }: { templateId: string }) {
  const template = useLiveQuery(() => getUserTemplate(templateId), [templateId], null);
  const settings = useLiveQuery(loadSettings, []) ?? defaultSettings;
  const [renaming, setRenaming] = useState(false);
  // The editor owns the content once mounted: read it once per template.
  const [initial, setInitial] = useState<{ id: string; content: EditorStateJson } | null>(null);
  if (template && initial?.id !== template.id) setInitial({ id: template.id, content: template.content });

  const view = useMemo<StampView>(() => ({ mode: 'hidden', timeZone: 'UTC', clock: settings.clockFormat, sessionStart: undefined }), [settings.clockFormat]);
  const save = useCallback(
    async (written: WrittenDocument) => {
      // Templates are a page or two: parsing here costs nothing worth a worker.
      const content = editorStateJsonSchema.parse(JSON.parse(joinDocumentText(written)));
      const updated = await changeUserTemplate(templateId, { content });
      void persistTemplate(updated);
    },
    [templateId],
  );

  if (template === undefined) {
    return (
      <main className="screen">
        <p>
          This template is not in the archive. <Link href={routes.templates}>Back to templates</Link>
        </p>
      </main>
    );
  }
  if (!template || !initial) return null;

  return (
    <main className="screen" aria-labelledby="template-title">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href={routes.templates}>Templates</Link>
      </nav>
      <header className="screen-header">
        <div>
          <h1 id="template-title">{template.name}</h1>
          {template.description && <p className="screen-subtitle">{template.description}</p>}
        </div>
        <div className="template-toolbar">
          <button type="button" onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button type="button" onClick={() => downloadTemplate(template)}>
            Export
          </button>
        </div>
      </header>
      <p className="field-hint">
        Placeholders:{' '}
        {placeholderNames.map((name, index) => (
          <span key={name} title={placeholderDescriptions[name]}>
            {index > 0 ? ', ' : ''}
            <code>{`{{${name}}}`}</code>
          </span>
        ))}
        . Saved as you type.
      </p>
      <NoteEditor
        key={template.id}
        sessionId={`template-${template.id}`}
        content={initial.content}
        view={view}
        stamping={noStamping}
        lagSeconds={0}
        clock={settings.clockFormat}
        showTimeline={false}
        save={save}
      />
      <TemplateDetailsDialog
        title="Rename template"
        submitLabel="Save"
        open={renaming}
        initial={{ name: template.name, description: template.description, kind: template.kind }}
        onClose={() => setRenaming(false)}
        onSubmit={async (details) => {
          void persistTemplate(await changeUserTemplate(template.id, details));
          setRenaming(false);
        }}
      />
    </main>
  );
}
