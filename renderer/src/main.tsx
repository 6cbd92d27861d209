import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bindCommandSources } from './app/commands';
import { notifyError } from './app/notices';
import { afterFirstScreen } from './app/startup';
import { openDatabaseEarly } from './db/database';
import { reconcileAndFollowArchive } from './sync/archiveFollower';
import './styles/app.css';

openDatabaseEarly();
bindCommandSources();
// Reading every record's revision on both sides waits until the first screen has shown its data; then the
// folder is followed, so what the command line or another device writes shows up while the app runs.
afterFirstScreen(() => reconcileAndFollowArchive().catch(notifyError));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
