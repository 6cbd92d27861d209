import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import type { Conference } from '../../../core/model/conference';
import type { ArchiveStore } from '../../services/archive/archiveStore';
import { archiveKinds } from '../../../core/model/archiveRecord';

/**
 * What an import needs to know of the archive: the conferences by name and
 * the source hashes of the sessions already imported. `refresh` brings it up
 * to date cheaply (the index, then only the records whose revision moved), so
 * it can be called again with the archive lock held, right before writing:
 * another `plenary import` may have created the conference or the sessions a
 * moment ago.
 */
export class ImportTargets {
  readonly byName = new Map<string, Conference>();
  readonly knownHashes = new Set<string>();
  private readonly revisions = new Map<string, number>();

  constructor(private readonly store: ArchiveStore) {}

  async refresh(): Promise<void> {
    const { entries } = await this.store.index();
    for (const kind of archiveKinds) {
      if (kind === 'template') continue;
      const changed = entries.filter((entry) => entry.kind === kind && this.revisions.get(`${kind}:${entry.id}`) !== entry.revision).map((entry) => entry.id);
      for (let start = 0; start < changed.length; start += 500) {
        for (const record of await this.store.read(kind, changed.slice(start, start + 500))) this.take(record);
      }
    }
  }

  /** Takes in a record this import wrote itself. */
  take(record: ArchiveRecord): void {
    if (record.kind === 'conference') {
      const { conference } = record;
      this.revisions.set(`conference:${conference.id}`, conference.revision);
      const key = conference.name.toLowerCase();
      // One name, one conference: the first one created keeps it even if another slipped in before the lock existed.
      const known = this.byName.get(key);
      if (conference.deleted) {
        if (known?.id === conference.id) this.byName.delete(key);
      } else if (!known || known.id === conference.id || known.deleted) {
        this.byName.set(key, conference);
      }
    } else if (record.kind === 'session') {
      const { session } = record.record;
      this.revisions.set(`session:${session.id}`, session.revision);
      if (session.sourceHash) this.knownHashes.add(session.sourceHash);
    }
  }
}
