import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect, useState } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { defaultSettings } from '../../../core/model/settings';
import { Notices } from '../components/Notices';
import { ShortcutHelp, shortcutLabel } from '../components/ShortcutHelp';
import { loadSettings } from '../db/settings';
import { ImportDialog } from '../import/ImportDialog';
import { HomeScreen } from '../screens/HomeScreen';
import { ScheduleImportDialog } from '../schedule/ScheduleImportDialog';
import { startSearchWhenIdle } from '../search/searchService';
import { useCommand } from './commands';
import {
  ActionsScreen,
  ConferenceScreen,
  ExportDialog,
  FacetIndexScreen,
  NewConferenceDialog,
  NewSessionDialog,
  SearchScreen,
  SessionScreen,
  SettingsScreen,
  SpeakerScreen,
  TagScreen,
  TemplateEditorScreen,
  TemplatesScreen,
} from './lazyScreens';
import { notify } from './notices';
import { decodeSegment, routes } from './routes';
import { Sidebar } from './Sidebar';
import { useSidebarCollapsed } from './sidebarState';
import { useCurrentConferenceId } from './useCurrentConferenceId';

type DialogName = 'conference' | 'session' | 'shortcuts' | 'export' | 'import' | 'schedule';

function Screens({ onNewConference, onNewSession }: { onNewConference: () => void; onNewSession: () => void }) {
  return (
    <Switch>
      <Route path="/">{() => <HomeScreen onNewConference={onNewConference} />}</Route>
      <Route path="/conference/:id">{(params) => <ConferenceScreen conferenceId={params.id} onNewSession={onNewSession} />}</Route>
      <Route path="/session/:id">{(params) => <SessionScreen sessionId={params.id} />}</Route>
      <Route path="/actions">{() => <ActionsScreen />}</Route>
      <Route path="/search">{() => <SearchScreen />}</Route>
      <Route path="/speakers">{() => <FacetIndexScreen kind="speakers" />}</Route>
      <Route path="/speaker/:name">{(params) => <SpeakerScreen name={decodeSegment(params.name)} />}</Route>
      <Route path="/tags">{() => <FacetIndexScreen kind="tags" />}</Route>
      <Route path="/tag/:tag">{(params) => <TagScreen tag={decodeSegment(params.tag)} />}</Route>
      <Route path="/settings">{() => <SettingsScreen />}</Route>
      <Route path="/templates">{() => <TemplatesScreen />}</Route>
      <Route path="/templates/:id">{(params) => <TemplateEditorScreen templateId={params.id} />}</Route>
      <Route>{() => <HomeScreen onNewConference={onNewConference} />}</Route>
    </Switch>
  );
}

function Shell() {
  const [, navigate] = useLocation();
  const settings = useLiveQuery(loadSettings, []) ?? defaultSettings;
  const conferenceId = useCurrentConferenceId();
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<DialogName>>(new Set());
  useEffect(() => {
    if (dialog && !opened.has(dialog)) setOpened(new Set(opened).add(dialog));
  }, [dialog, opened]);
  const [focusMode, setFocusMode] = useState(false);
  const [sidebarCollapsed, toggleSidebar] = useSidebarCollapsed();

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  const newSession = () => {
    if (conferenceId) setDialog('session');
    else notify('Open a conference first, then add a session to it.');
  };
  useCommand('conference.new', () => setDialog('conference'));
  useCommand('session.new', newSession);
  useCommand('help.shortcuts', () => setDialog('shortcuts'));
  useCommand('file.export', () => setDialog('export'));
  useCommand('file.import', () => setDialog('import'));
  useCommand('file.importSchedule', () => setDialog('schedule'));
  useCommand('go.home', () => navigate(routes.home));
  useCommand('go.settings', () => navigate(routes.settings));
  useCommand('go.actions', () => navigate(routes.actions));
  useCommand('go.templates', () => navigate(routes.templates));
  useCommand('go.search', () => navigate(routes.search));
  // The search index loads in its worker once the first screen is up.
  useEffect(() => startSearchWhenIdle(), []);
  useCommand('view.focus', () => setFocusMode((on) => !on));
  useCommand('view.sidebar', toggleSidebar);

  const close = () => setDialog(null);
  return (
    <div className={focusMode ? 'app focus-mode' : sidebarCollapsed ? 'app sidebar-collapsed' : 'app'}>
      <a className="skip-link" href="#main-content" onClick={(event) => {
        event.preventDefault();
        document.querySelector<HTMLElement>('.pl-editor, main')?.focus();
      }}>
        Skip to content
      </a>
      {!focusMode && (
        <Sidebar collapsed={sidebarCollapsed} onToggle={toggleSidebar} onShortcuts={() => setDialog('shortcuts')} toggleKeys={shortcutLabel('view.sidebar')} />
      )}
      <div className="app-main" id="main-content">
        {/* A screen opened for the first time shows once its code has loaded. */}
        <Suspense fallback={null}>
          <Screens onNewConference={() => setDialog('conference')} onNewSession={newSession} />
        </Suspense>
      </div>
      {focusMode && (
        <button type="button" className="focus-exit" onClick={() => setFocusMode(false)}>
          Leave focus mode
        </button>
      )}
      <Notices />
      <ShortcutHelp open={dialog === 'shortcuts'} onClose={close} />
      <ImportDialog open={dialog === 'import'} onOpen={() => setDialog('import')} onClose={close} />
      <ScheduleImportDialog open={dialog === 'schedule'} onOpen={() => setDialog('schedule')} onClose={close} />
      {/* Dialogs whose code loads on first use stay mounted after it, so closing one gives the focus back as the others do. */}
      {(opened.has('conference') || dialog === 'conference') && (
        <Suspense fallback={null}>
          <NewConferenceDialog open={dialog === 'conference'} onClose={close} />
        </Suspense>
      )}
      {conferenceId && (opened.has('session') || dialog === 'session') && (
        <Suspense fallback={null}>
          <NewSessionDialog conferenceId={conferenceId} open={dialog === 'session'} onClose={close} />
        </Suspense>
      )}
      {(opened.has('export') || dialog === 'export') && (
        <Suspense fallback={null}>
          <ExportDialog open={dialog === 'export'} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}

/** The whole window. Routes live in the URL hash, so the app works from files or a custom protocol. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}
