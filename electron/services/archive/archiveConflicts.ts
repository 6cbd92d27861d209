import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ArchiveConflict, ConflictResolution } from '../../../core/ipc/channels/archive';
import { UserFacingError } from '../../../core/ipc/result';
import { archiveKinds, archiveRecordId, type ArchiveKind, type ArchiveRecord } from '../../../core/model/archiveRecord';
import { mergeDocuments } from '../../../core/sync/mergeDocuments';
import { errorCode } from '../errorCode';
import { decodeArchiveFile } from './archiveFile';
import { kindFolders } from './archiveIds';
import type { ArchiveStore } from './archiveStore';
import { syncFolder } from './atomicWrite';
import { CONFLICTS_FOLDER, parseConflictCopyName, parseSyncConflictName, type ConflictSource } from './conflictCopies';

/** Where a conflict copy goes once dealt with: kept, out of the way. */
export const RESOLVED_FOLDER = `${CONFLICTS_FOLDER}/resolved`;

interface FoundCopy {
  kind: ArchiveKind;
  id: string;
  source: ConflictSource;
  /** Relative to the archive folder, with forward slashes. */
  file: string;
}

async function names(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  }
}

function title(record: ArchiveRecord): string {
  return record.kind === 'conference' ? record.conference.name : record.kind === 'session' ? record.record.session.title : record.template.name;
}

function revisionOf(record: ArchiveRecord): number {
  return record.kind === 'conference' ? record.conference.revision : record.kind === 'session' ? record.record.session.revision : record.template.revision;
}

function withRevision(record: ArchiveRecord, revision: number, now: number): ArchiveRecord {
  switch (record.kind) {
    case 'conference':
      return { ...record, conference: { ...record.conference, revision, updatedAt: now } };
    case 'template':
      return { ...record, template: { ...record.template, revision, updatedAt: now } };
    case 'session': {
      const { session, document } = record.record;
      return { kind: 'session', record: { session: { ...session, revision, updatedAt: now }, document: document ? { ...document, revision, updatedAt: now } : document } };
    }
  }
}

/**
 * The versions of records made apart and kept beside the archive: Plenary's
 * own conflict copies in conflicts/, and sync clients' copies (Syncthing's
 * `.sync-conflict-`, Dropbox's "conflicted copy") in the record folders.
 * Each is listed with the record it belongs to, and can be merged into the
 * record or set aside; either way the copy is kept, in conflicts/resolved/.
 */
export class ArchiveConflicts {
  constructor(private readonly store: ArchiveStore) {}

  private async found(): Promise<FoundCopy[]> {
    const copies: FoundCopy[] = [];
    for (const name of await names(join(this.store.dir, CONFLICTS_FOLDER))) {
      const parsed = parseConflictCopyName(name);
      if (parsed) copies.push({ ...parsed, source: 'plenary', file: `${CONFLICTS_FOLDER}/${name}` });
    }
    for (const kind of archiveKinds) {
      for (const name of await names(join(this.store.dir, kindFolders[kind]))) {
        const parsed = parseSyncConflictName(name);
        if (parsed) copies.push({ kind, id: parsed.id, source: parsed.source, file: `${kindFolders[kind]}/${name}` });
      }
    }
    return copies;
  }

  private async readCopy(copy: FoundCopy): Promise<ArchiveRecord | null> {
    let text: string;
    try {
      text = await readFile(join(this.store.dir, copy.file), 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'EISDIR') return null;
      throw error;
    }
    const decoded = decodeArchiveFile(text, copy.kind, copy.id);
    return decoded.ok ? decoded.record : null;
  }

  /** Every conflict copy that holds a readable record, with what the user needs to recognise it. */
  async list(): Promise<ArchiveConflict[]> {
    const conflicts: ArchiveConflict[] = [];
    for (const copy of await this.found()) {
      const record = await this.readCopy(copy);
      if (!record) continue;
      const [current] = await this.store.read(copy.kind, [copy.id], { handOut: false });
      conflicts.push({
        ...copy,
        title: title(record),
        revision: revisionOf(record),
        currentRevision: current ? revisionOf(current) : null,
      });
    }
    return conflicts;
  }

  /**
   * Merges a copy into its record (sessions line by line, see
   * mergeDocuments; other kinds keep the record as it is) and writes the
   * result as a new revision, or sets the copy aside. The copy is moved to
   * conflicts/resolved/ in both cases, never deleted.
   */
  async resolve(file: string, resolution: ConflictResolution): Promise<{ kind: ArchiveKind; id: string; revision: number | null; added: number; differing: number }> {
    const copy = (await this.found()).find((candidate) => candidate.file === file);
    if (!copy) throw new UserFacingError('not-found', `The conflict copy ${file} is no longer in the archive folder; it may have been merged already.`);
    let outcome = { kind: copy.kind, id: copy.id, revision: null as number | null, added: 0, differing: 0 };
    if (resolution === 'merge') {
      const other = await this.readCopy(copy);
      if (!other) throw new UserFacingError('unreadable', `The conflict copy ${file} cannot be read as a Plenary record. Open it to look, or move it away.`);
      outcome = await this.store.exclusive(async () => {
        const [current] = await this.store.read(copy.kind, [copy.id]);
        const revision = Math.max(current ? revisionOf(current) : 0, revisionOf(other)) + 1;
        const now = Date.now();
        if (!current) {
          await this.store.write(withRevision(other, revision, now));
          return { kind: copy.kind, id: copy.id, revision, added: 0, differing: 0 };
        }
        let merged: ArchiveRecord = current;
        let added = 0;
        let differing = 0;
        const mine = current.kind === 'session' ? current.record.document : null;
        const theirs = other.kind === 'session' ? other.record.document : null;
        if (current.kind === 'session' && mine && theirs) {
          const result = mergeDocuments(mine.content, theirs.content);
          added = result.added;
          differing = result.differing;
          merged = { kind: 'session', record: { ...current.record, document: { ...mine, content: result.content as typeof mine.content } } };
        }
        const written = await this.store.write(withRevision(merged, revision, now));
        return { kind: copy.kind, id: archiveRecordId(current), revision: written.revision, added, differing };
      });
    }
    await this.setAside(copy.file);
    return outcome;
  }

  private async setAside(file: string): Promise<void> {
    const resolved = join(this.store.dir, RESOLVED_FOLDER);
    await mkdir(resolved, { recursive: true });
    const from = join(this.store.dir, file);
    await rename(from, join(resolved, basename(file)));
    await syncFolder(resolved);
    await syncFolder(dirname(from));
  }
}

