import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import type { Template } from '../../../core/model/template';
import type { ActionLinesRow, DismissedSuggestion, StoredActionItem } from './actionRows';
import type { AssetRow } from './assets';
import type { DocumentChunkRow, StoredDocumentRow } from './documentRows';
import type { SearchIndexRow, SearchPieceRow } from './searchIndex';
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
  /** Read through ./documentRows (readDocuments), which puts every stored form back together. */
  documents!: EntityTable<StoredDocumentRow, 'sessionId'>;
  documentChunks!: Table<DocumentChunkRow, [string, string]>;
  settings!: EntityTable<SettingRow, 'key'>;
  templates!: EntityTable<Template, 'id'>;
  /** Read through ./actionRows (withLines), which joins each row's line from actionLines. */
  actionItems!: Table<StoredActionItem, [string, string]>;
  actionLines!: EntityTable<ActionLinesRow, 'sessionId'>;
  dismissedSuggestions!: EntityTable<DismissedSuggestion, 'id'>;
  searchIndex!: EntityTable<SearchIndexRow, 'key'>;
  searchPieces!: EntityTable<SearchPieceRow, 'key'>;
  deletedSessions!: EntityTable<DeletedSessionRow, 'id'>;
  assets!: EntityTable<AssetRow, 'asset'>;

  constructor(name = 'plenary', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const step of schemaVersions) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
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
