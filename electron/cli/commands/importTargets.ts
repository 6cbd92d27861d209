import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import type { ArchiveStore } from '../../services/archive/archiveStore';
import { archiveKinds } from '../../../core/model/archiveRecord';

/**
 * What an import needs to know of the archive: the conferences by name, the
 * source hashes of the sessions already imported, and each conference's
 * planned talks that have no notes yet (imported notes go into them). `refresh` brings it up
 * to date cheaply (the index, then only the records whose revision moved), so
 * it can be called again with the archive lock held, right before writing:
 * another `plenary import` may have created the conference or the sessions a
 * moment ago.
 */
export class ImportTargets {
  readonly byName = new Map<string, Conference>();
  readonly knownHashes = new Set<string>();
  private readonly revisions = new Map<string, number>();
  private readonly planned = new Map<string, Map<string, Session>>();

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
      const inConference = this.planned.get(session.conferenceId) ?? new Map<string, Session>();
      const stillPlanned = record.record.document === null && !session.deleted && session.sourceId !== undefined;
      if (stillPlanned) inConference.set(session.id, session);
      else inConference.delete(session.id);
      this.planned.set(session.conferenceId, inConference);
    }
  }

  /** The planned talks of a conference that have no notes yet. */
  plannedIn(conferenceId: string): Session[] {
    return [...(this.planned.get(conferenceId)?.values() ?? [])];
  }
}
