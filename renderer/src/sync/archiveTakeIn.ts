import type { ArchiveChangedRecord, ArchiveConflict } from '../../../core/ipc/channels/archive';
import { archiveKinds, type ArchiveKind } from '../../../core/model/archiveRecord';
import { notify, notifyError } from '../app/notices';
import { call } from '../bridge/plenary';
import { readLocalRecords, storeRecordsFromDisk } from '../db/archiveRecords';
import { diskWritesSettled, writeToDisk } from './diskWriter';
import { reloadDocument } from './documentReloads';
import { isEditorOpen } from './documentSaver';
import { saveStatus } from './saveStatus';

/** Waits until what was typed is in the local store and on its way to disk, so a merge starts from it. */
async function typingSaved(): Promise<void> {
  while (saveStatus.get().unsavedEditors > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  await diskWritesSettled();
}

async function readAndStore(kind: ArchiveKind, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return storeRecordsFromDisk((await call('archiveRead', { kind, ids })).records);
}

/**
 * Brings an open session's document together with the version another
 * program or device wrote: the window's version is written first (what was
 * typed is saved by then); the archive keeps whichever version lost aside
 * and the two are merged line by line; the result comes back and the editor
 * loads it. Nothing typed is lost; the caret goes back to the document's start.
 */
async function mergeIntoOpenSession(id: string): Promise<void> {
  await typingSaved();
  const [local] = await readLocalRecords('session', [id]);
  if (local) await writeToDisk(local);
  await showConflicts({ mergeNow: id });
  await readAndStore('session', [id]);
  reloadDocument(id);
}

/** Records another program or device wrote: stored locally where newer; an open session is merged on the user's word. */
export async function takeInChanges(records: readonly ArchiveChangedRecord[]): Promise<number> {
  let stored = 0;
  for (const kind of archiveKinds) {
    const ids = [...new Set(records.filter((record) => record.kind === kind).map((record) => record.id))];
    const open = kind === 'session' ? ids.filter(isEditorOpen) : [];
    stored += await readAndStore(kind, ids.filter((id) => !open.includes(id)));
    for (const id of open) {
      notify('The notes open here were also changed elsewhere (another device, or the plenary command). Merge to see both; your typing is kept.', 'info', {
        label: 'Merge',
        run: () => void mergeIntoOpenSession(id).catch(notifyError),
      });
    }
  }
  return stored;
}

const offered = new Set<string>();

function describeConflict(conflict: ArchiveConflict): string {
  const who = conflict.source === 'syncthing' ? 'Syncthing kept' : conflict.source === 'dropbox' ? 'Dropbox kept' : 'Plenary kept';
  return `“${conflict.title}” was changed in two places. ${who} the other version (revision ${conflict.revision}) in ${conflict.file}.`;
}

async function merge(conflict: ArchiveConflict): Promise<void> {
  const open = conflict.kind === 'session' && isEditorOpen(conflict.id);
  if (open) await typingSaved();
  const result = await call('archiveResolveConflict', { file: conflict.file, resolution: 'merge' });
  await readAndStore(conflict.kind, [conflict.id]);
  if (open) reloadDocument(conflict.id);
  const differing = result.differing > 0 ? ` ${result.differing} ${result.differing === 1 ? 'line was' : 'lines were'} changed on both sides; this version's text was kept, the other stays in conflicts/resolved.` : '';
  notify(`Merged “${conflict.title}”: ${result.added} ${result.added === 1 ? 'line' : 'lines'} from the other version added.${differing}`);
}

/**
 * Shows each conflict copy in the archive folder once, with a Merge action
 * (both versions are kept whatever the user does). `mergeNow` merges the
 * copies of that record without asking: the user already chose to merge it.
 */
export async function showConflicts({ mergeNow }: { mergeNow?: string } = {}): Promise<void> {
  const { conflicts } = await call('archiveConflicts', {});
  for (const conflict of conflicts) {
    if (conflict.id === mergeNow) {
      await merge(conflict);
      continue;
    }
    if (offered.has(conflict.file)) continue;
    offered.add(conflict.file);
    notify(describeConflict(conflict), 'error', { label: 'Merge', run: () => void merge(conflict).catch(notifyError) });
  }
}
