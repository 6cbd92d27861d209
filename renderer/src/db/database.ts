import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Conference } from '../../../core/model/conference';
import type { Session, SessionDocument } from '../../../core/model/session';
import type { Template } from '../../../core/model/template';
import type { ActionItemRecord, DismissedSuggestion } from './actionRows';
import type { AssetRow } from './assets';
import { readStoredDocument } from './documentText';
import type { SearchIndexRow } from './searchIndex';
import type { DeletedSessionRow } from './sessionRows';
import { schemaVersions } from './versions';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The renderer's fast local store. Only renderer/src/db/ touches these tables. */
export class PlenaryDatabase extends Dexie {
  conferences!: EntityTable<Conference, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  documents!: EntityTable<SessionDocument, 'sessionId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  templates!: EntityTable<Template, 'id'>;
  actionItems!: Table<ActionItemRecord, [string, string]>;
  dismissedSuggestions!: EntityTable<DismissedSuggestion, 'id'>;
  searchIndex!: EntityTable<SearchIndexRow, 'key'>;
  deletedSessions!: EntityTable<DeletedSessionRow, 'id'>;
  assets!: EntityTable<AssetRow, 'asset'>;

  constructor(name = 'plenary', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const step of schemaVersions) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    // Documents saved by the save worker hold their content as JSON text (see ./documentText).
    this.documents.hook('reading', readStoredDocument);
  }
}

let current: PlenaryDatabase | null = null;

/** The app's database, opened on first use. */
export function database(): PlenaryDatabase {
  current ??= new PlenaryDatabase();
  return current;
}

/**
 * Starts opening the database at once, while the first screen renders: its
 * queries would open it themselves, but only after React's first pass.
 * A failure shows up in those queries, so it is not reported twice here.
 */
export function openDatabaseEarly(): void {
  database()
    .open()
    .catch(() => undefined);
}
