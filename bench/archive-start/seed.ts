// The archive the start is measured on, stored the way the app stores it.
// The records go to an archive folder as the archive service writes them
// (encodeArchiveFile, one file per record); then the real app starts on a new
// profile against that folder, and its own start-up fills IndexedDB: reconcile
// restores every record through storeRecordsFromDisk (sessions, documents and
// their derived action-item rows, one transaction per batch), and the search
// client builds the index from what was restored and saves it. That is what a
// user's profile holds after the app restored an archive folder, so every
// table, row and the saved index are exactly what the app writes.
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveRecord } from '../../core/model/archiveRecord';
import { encodeArchiveFile } from '../../electron/services/archive/archiveFile';
import { kindFolders, recordFilePath } from '../../electron/services/archive/archiveIds';
import type { GeneratedArchive } from '../archiveFixture';
import { APP_ORIGIN, launchApp } from './chromium';

/** Writes every record as its archive file; returns the number of bytes written. */
export async function writeArchiveFolder(dir: string, archive: GeneratedArchive): Promise<number> {
  for (const folder of Object.values(kindFolders)) await mkdir(path.join(dir, folder), { recursive: true });
  const records: ArchiveRecord[] = [
    ...archive.conferences.map((conference): ArchiveRecord => ({ kind: 'conference', conference })),
    ...archive.sessions.map((record): ArchiveRecord => ({ kind: 'session', record })),
  ];
  const savedAt = new Date();
  let bytes = 0;
  for (let from = 0; from < records.length; from += 200) {
    await Promise.all(
      records.slice(from, from + 200).map((record) => {
        const id = record.kind === 'conference' ? record.conference.id : record.kind === 'session' ? record.record.session.id : record.template.id;
        const text = encodeArchiveFile(record, savedAt);
        bytes += Buffer.byteLength(text);
        return writeFile(recordFilePath(dir, record.kind, id), text);
      }),
    );
  }
  return bytes;
}

/** What the profile's IndexedDB holds, read with the plain IndexedDB API beside the app's own connection. */
export interface StoredCounts {
  conferences: number;
  sessions: number;
  documents: number;
  actionItems: number;
  /** Sessions the saved search index was built from (null: no index saved yet). */
  indexedSessions: number | null;
  indexBytes: number | null;
}

export function storedCounts(page: Page, withIndex: boolean): Promise<StoredCounts> {
  return page.evaluate(
    (readIndex) =>
      new Promise<StoredCounts>((resolve, reject) => {
        const open = indexedDB.open('plenary');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const db = open.result;
          const stores = ['conferences', 'sessions', 'documents', 'actionItems', 'searchIndex'].filter((name) => db.objectStoreNames.contains(name));
          const transaction = db.transaction(stores, 'readonly');
          const counts: StoredCounts = { conferences: 0, sessions: 0, documents: 0, actionItems: 0, indexedSessions: null, indexBytes: null };
          for (const name of ['conferences', 'sessions', 'documents', 'actionItems'] as const) {
            if (!stores.includes(name)) continue;
            const request = transaction.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          if (readIndex && stores.includes('searchIndex')) {
            const request = transaction.objectStore('searchIndex').get('archive');
            request.onsuccess = () => {
              const row = request.result as { serialised?: string; sessions?: Record<string, number>; pieceBytes?: Record<string, number> } | undefined;
              if (row?.sessions) counts.indexedSessions = Object.keys(row.sessions).length;
              // Saved whole (one JSON text) before the index was kept in pieces; in pieces since.
              if (typeof row?.serialised === 'string') counts.indexBytes = row.serialised.length;
              if (row?.pieceBytes) counts.indexBytes = Object.values(row.pieceBytes).reduce((sum, bytes) => sum + bytes, 0);
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB read failed'));
        };
      }),
    withIndex,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface SeedOptions {
  profileDir: string;
  archiveDir: string;
  siteDir: string;
  conferences: number;
  sessions: number;
  timeoutMs?: number;
}

/**
 * Starts the app once on a new profile and waits until its own start-up has
 * restored the archive folder into IndexedDB and saved a search index of
 * every session. Returns what was stored and how long it took.
 */
export async function seedThroughApp(options: SeedOptions): Promise<StoredCounts & { ms: number; notices: string[] }> {
  const started = performance.now();
  const deadline = started + (options.timeoutMs ?? 20 * 60_000);
  const context = await launchApp(options);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${APP_ORIGIN}/index.html`);
    let counts = await storedCounts(page, false);
    while (counts.sessions < options.sessions || counts.conferences < options.conferences) {
      if (performance.now() > deadline) throw new Error(`seeding stopped at ${counts.sessions} of ${options.sessions} sessions`);
      if (errors.length) throw new Error(`the app failed while restoring: ${errors.join('; ')}`);
      await sleep(2000);
      counts = await storedCounts(page, false);
    }
    // The search client saves its index a pause after the last change it indexed.
    while (counts.indexedSessions !== options.sessions) {
      if (performance.now() > deadline) throw new Error(`the saved search index holds ${counts.indexedSessions ?? 0} of ${options.sessions} sessions`);
      if (errors.length) throw new Error(`the app failed while indexing: ${errors.join('; ')}`);
      await sleep(5000);
      counts = await storedCounts(page, true);
    }
    const notices = await page.locator('.notice').allInnerTexts();
    return { ...counts, ms: performance.now() - started, notices };
  } finally {
    await context.close();
  }
}
