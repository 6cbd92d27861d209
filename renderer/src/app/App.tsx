import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { defaultSettings } from '../../../core/model/settings';
import { Notices } from '../components/Notices';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { loadSettings } from '../db/settings';
import { ExportDialog } from '../export/ExportDialog';
import { ImportDialog } from '../import/ImportDialog';
import { ConferenceScreen } from '../screens/ConferenceScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { NewConferenceDialog } from '../screens/NewConferenceDialog';
import { NewSessionDialog } from '../screens/NewSessionDialog';
import { SessionScreen } from '../session/SessionScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { TemplateEditorScreen } from '../templates/TemplateEditorScreen';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import { ActionsScreen } from '../actions/ActionsScreen';
import { FacetIndexScreen } from '../browse/FacetIndexScreen';
import { SpeakerScreen } from '../browse/SpeakerScreen';
import { TagScreen } from '../browse/TagScreen';
import { SearchScreen } from '../search/SearchScreen';
import { startSearchWhenIdle } from '../search/searchService';
import { useCommand } from './commands';
import { notify } from './notices';
import { decodeSegment, routes } from './routes';
import { Sidebar } from './Sidebar';
import { useCurrentConferenceId } from './useCurrentConferenceId';

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
  const [dialog, setDialog] = useState<'conference' | 'session' | 'shortcuts' | 'export' | 'import' | null>(null);
  const [focusMode, setFocusMode] = useState(false);

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
  useCommand('go.home', () => navigate(routes.home));
  useCommand('go.settings', () => navigate(routes.settings));
  useCommand('go.actions', () => navigate(routes.actions));
  useCommand('go.templates', () => navigate(routes.templates));
  useCommand('go.search', () => navigate(routes.search));
  // The search index loads in its worker once the first screen is up.
  useEffect(() => startSearchWhenIdle(), []);
  useCommand('view.focus', () => setFocusMode((on) => !on));

  const close = () => setDialog(null);
  return (
    <div className={focusMode ? 'app focus-mode' : 'app'}>
      <a className="skip-link" href="#main-content" onClick={(event) => {
        event.preventDefault();
        document.querySelector<HTMLElement>('.pl-editor, main')?.focus();
      }}>
        Skip to content
      </a>
      {!focusMode && <Sidebar onShortcuts={() => setDialog('shortcuts')} />}
      <div className="app-main" id="main-content">
        <Screens onNewConference={() => setDialog('conference')} onNewSession={newSession} />
      </div>
      {focusMode && (
        <button type="button" className="focus-exit" onClick={() => setFocusMode(false)}>
          Leave focus mode
        </button>
      )}
      <Notices />
      <NewConferenceDialog open={dialog === 'conference'} onClose={close} />
      {conferenceId && <NewSessionDialog conferenceId={conferenceId} open={dialog === 'session'} onClose={close} />}
      <ShortcutHelp open={dialog === 'shortcuts'} onClose={close} />
      <ExportDialog open={dialog === 'export'} onClose={close} />
      <ImportDialog open={dialog === 'import'} onOpen={() => setDialog('import')} onClose={close} />
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
