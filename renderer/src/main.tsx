import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bindCommandSources } from './app/commands';
import { notifyError } from './app/notices';
import { reconcileWithArchive } from './sync/reconcile';
import './styles/app.css';

bindCommandSources();
reconcileWithArchive().catch(notifyError);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
