import { useEffect, useState } from 'react';
import { notify, notifyError } from '../app/notices';
import type { ChosenFolder } from '../../../core/ipc/pathToken';
import { call } from '../bridge/plenary';

/**
 * Where the notes live on disk: the archive folder's path, a button to show
 * it in the file manager, and a way to keep the archive in another folder.
 */
export function ArchiveFolderSettings() {
  const [folder, setFolder] = useState<ChosenFolder | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    call('appInfo', {}).then((info) => !cancelled && setFolder({ path: info.archiveDir, token: info.archiveFolder }), notifyError);
    return () => {
      cancelled = true;
    };
  }, []);

  const show = () => {
    if (folder) call('showFolder', { folder: folder.token }).catch(notifyError);
  };
  const choose = async () => {
    try {
      const chosen = await call('chooseFolder', { title: 'Keep the archive in this folder', ...(folder ? { defaultFolder: folder.token } : {}) });
      if (!chosen || chosen.path === folder?.path) return;
      await call('useArchiveFolder', { folder: chosen.token });
      setMoving(chosen.path);
      notify(`Plenary starts again to keep the archive in ${chosen.path}. The notes on this computer are copied there.`, 'info', undefined, { kind: 'archive-folder' });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <section aria-labelledby="archive-folder-heading" className="settings-archive">
      <h2 id="archive-folder-heading" className="settings-heading">
        Where your notes live
      </h2>
      <p className="field-hint">Every conference, session and template is kept as a file in this folder; back it up or sync it as you like.</p>
      <p className="archive-path" data-testid="archive-folder">
        {folder?.path ?? 'Reading…'}
      </p>
      {moving && <p className="field-hint">Moving to {moving}: Plenary starts again.</p>}
      <div className="settings-actions">
        <button type="button" onClick={show} disabled={!folder}>
          Show the folder
        </button>
        <button type="button" onClick={() => void choose()} disabled={!folder}>
          Choose another folder…
        </button>
      </div>
    </section>
  );
}
