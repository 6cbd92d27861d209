import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WrittenDocument } from '../../../core/editor/documentJsonWriter';
import { $setStamp } from '../../../core/editor/stampState';
import type { StampingOptions } from '../../../core/editor/stamping';
import type { EditorStateJson } from '../../../core/model/session';
import type { ClockFormat } from '../../../core/time/stamps';
import { notifyError } from '../app/notices';
import { noteEditorConfig, shortcutTransformers } from './editorConfig';
import { ImagesPlugin } from './images/ImagesPlugin';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { CheckListA11yPlugin } from './plugins/CheckListA11yPlugin';
import { EditorCommandsPlugin } from './plugins/EditorCommandsPlugin';
import { ListItemShortcutsPlugin } from './plugins/ListItemShortcutsPlugin';
import { StampGutterPlugin, type StampClick } from './plugins/StampGutterPlugin';
import { StampingPlugin } from './plugins/StampingPlugin';
import { TemplateOriginPlugin } from './plugins/TemplateOriginPlugin';
import { TablesPlugin } from './plugins/TablesPlugin';
import { StampEditDialog } from './StampEditDialog';
import { TimelinePanel } from './TimelinePanel';
import type { StampView } from './stampFormat';

function isSafeLink(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Hands the editor to the screen once, for jumps from search results and the Actions view. */
function EditorReady({ onReady }: { onReady: (editor: LexicalEditor) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => onReady(editor), [editor, onReady]);
  return null;
}

export interface NoteEditorProps {
  sessionId: string;
  content: EditorStateJson;
  view: StampView;
  stamping: StampingOptions;
  lagSeconds: number;
  clock: ClockFormat;
  showTimeline: boolean;
  /** Receives the document's JSON text after each autosave pause. */
  save: (written: WrittenDocument) => Promise<void>;
  /** Receives the document as opened, once idle, so the saves' receiver can take it in before the first save. */
  prime?: (written: WrittenDocument) => void;
  onReady?: (editor: LexicalEditor) => void;
  /** Further plugins of other features (action items, templates), rendered inside the composer. */
  children?: ReactNode;
}

/** The notes of one session: a rich-text editor whose every line carries its stamp. */
export function NoteEditor(props: NoteEditorProps) {
  const { sessionId, content, view, stamping, clock, showTimeline, save, onReady, children } = props;
  const initialConfig = useMemo(
    () => noteEditorConfig(`plenary-session-${sessionId}`, content, (error) => notifyError(error)),
    // The editor owns the document once mounted; a new session mounts a new editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sessionId],
  );
  const [editing, setEditing] = useState<{ key: NodeKey; stamp: number } | null>(null);
  const [editorRef, setEditorRef] = useState<LexicalEditor | null>(null);
  const ready = useCallback(
    (editor: LexicalEditor) => {
      setEditorRef(editor);
      onReady?.(editor);
    },
    [onReady],
  );
  const onStampClick = useCallback((click: StampClick) => setEditing({ key: click.key, stamp: click.stamp }), []);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={showTimeline ? 'editor-layout with-timeline' : 'editor-layout'}>
        <div className={`editor-shell stamps-${view.mode}`}>
          <RichTextPlugin
            contentEditable={
              <ContentEditable className="pl-editor" aria-label="Notes" aria-multiline="true" spellCheck data-testid="note-editor" />
            }
            placeholder={<div className="pl-placeholder">Start typing: each line is stamped with the time you write it.</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {showTimeline && <TimelinePanel view={view} onEditStamp={(key, stamp) => setEditing({ key, stamp })} />}
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <CheckListA11yPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      <MarkdownShortcutPlugin transformers={shortcutTransformers} />
      <ListItemShortcutsPlugin />
      <StampingPlugin {...stamping} />
      <TemplateOriginPlugin />
      <TablesPlugin />
      <StampGutterPlugin view={view} onStampClick={onStampClick} />
      <EditorCommandsPlugin now={stamping.now} lagSeconds={props.lagSeconds} timeZone={view.timeZone} clock={clock} />
      <ImagesPlugin stamping={stamping} />
      <AutosavePlugin save={save} prime={props.prime} />
      <EditorReady onReady={ready} />
      {children}
      <StampEditDialog
        stamp={editing?.stamp ?? null}
        timeZone={view.timeZone}
        clock={clock}
        onClose={() => setEditing(null)}
        onSave={(stamp) => {
          const key = editing?.key;
          setEditing(null);
          if (!key || !editorRef) return;
          editorRef.update(() => {
            const node = $getNodeByKey(key);
            if (node) $setStamp(node, stamp);
          });
          editorRef.focus();
        }}
      />
    </LexicalComposer>
  );
}
