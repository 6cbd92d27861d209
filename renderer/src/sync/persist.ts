import type { Conference } from '../../../core/model/conference';
import type { Template } from '../../../core/model/template';
import { readLocalRecords } from '../db/archiveRecords';
import { writeToDisk } from './diskWriter';

/** Sends a conference that was just saved locally to the disk archive. */
export function persistConference(conference: Conference): Promise<void> {
  return writeToDisk({ kind: 'conference', conference });
}

/**
 * Sends a session (metadata and document, one file on disk) to the archive,
 * read back from the local store so the pair is always of one revision.
 */
export async function persistSession(sessionId: string): Promise<void> {
  const [record] = await readLocalRecords('session', [sessionId]);
  if (record) await writeToDisk(record);
}

/** Sends a user template (or its tombstone) that was just saved locally to the disk archive. */
export function persistTemplate(template: Template): Promise<void> {
  return writeToDisk({ kind: 'template', template });
}
