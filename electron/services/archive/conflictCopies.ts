import { join } from 'node:path';
import type { ArchiveKind } from '../../../core/model/archiveRecord';
import { isArchiveId } from './archiveIds';

/** Where Plenary keeps the version of a record that lost a race or a sync: never read as a record, never deleted. */
export const CONFLICTS_FOLDER = 'conflicts';

export type ConflictSource = 'plenary' | 'syncthing' | 'dropbox';

/** A conflict copy's file name in conflicts/: `<kind>.<id>.<first 16 hex of its hash>.json`. */
export function conflictCopyName(kind: ArchiveKind, id: string, hash: string): string {
  return `${kind}.${id}.${hash.slice(0, 16)}.json`;
}

export function conflictCopyPath(archiveDir: string, kind: ArchiveKind, id: string, hash: string): string {
  return join(archiveDir, CONFLICTS_FOLDER, conflictCopyName(kind, id, hash));
}

const plenaryCopy = /^(conference|session|template)\.([A-Za-z0-9_-]{1,64})\.[0-9a-f]{16}\.json$/;

/** The record a file in conflicts/ is a copy of, or null for anything else. */
export function parseConflictCopyName(name: string): { kind: ArchiveKind; id: string } | null {
  const match = plenaryCopy.exec(name);
  return match ? { kind: match[1] as ArchiveKind, id: match[2] as string } : null;
}

// Syncthing: "<name>.sync-conflict-<YYYYMMDD>-<HHMMSS>-<device id>.<ext>".
const syncthingCopy = /^(.+)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.json$/;
// Dropbox: "<name> (<who>'s conflicted copy <YYYY-MM-DD>[ <n>]).<ext>"; older clients write "(conflicted copy …)".
const dropboxCopy = /^(.+?) \((?:.+?'s )?conflicted copy(?: \d{4}-\d{2}-\d{2})?(?: \(?\d+\)?)?\)\.json$/;

/**
 * The record a sync client's conflict copy in a record folder stands for:
 * the client kept the other computer's version under another name instead of
 * merging. Such a file is offered as a conflict, never taken as a record.
 */
export function parseSyncConflictName(name: string): { id: string; source: ConflictSource } | null {
  const syncthing = syncthingCopy.exec(name);
  if (syncthing && isArchiveId(syncthing[1] as string)) return { id: syncthing[1] as string, source: 'syncthing' };
  const dropbox = dropboxCopy.exec(name);
  if (dropbox && isArchiveId(dropbox[1] as string)) return { id: dropbox[1] as string, source: 'dropbox' };
  return null;
}
