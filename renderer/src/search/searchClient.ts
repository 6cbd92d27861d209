import type { Conference } from '../../../core/model/conference';
import type { SearchFilters, SearchHit } from '../../../core/search/archiveSearch';
import type { IndexCoverage, SearchClientRequest, SearchWorkerResponse } from '../../../core/search/workerProtocol';
import {
  archiveRevisions,
  readConferences,
  readSessionRecords,
  watchArchiveChanges,
  type ArchiveChange,
} from '../db/searchIndex';

/**
 * What the client needs of a worker: a Web Worker in the app, the same host
 * in-process in tests. The worker keeps the saved index itself (loadSaved, save).
 */
export interface SearchPort {
  postMessage(request: SearchClientRequest): void;
  onmessage: ((event: { data: SearchWorkerResponse }) => void) | null;
  terminate?(): void;
}

export interface SearchAnswer {
  requestId: number;
  query: string;
  hits: SearchHit[];
  tookMs: number;
  /** How much of the index the answer comes from: while saved pieces load, the newest years only. */
  coverage: IndexCoverage;
}

export type IndexState = 'idle' | 'loading' | 'building' | 'ready' | 'failed';

export interface SearchClientOptions {
  /** How long after the last change the index is saved. */
  saveDelayMs?: number;
  /** Sessions read and sent to the worker at a time when catching up. */
  batchSize?: number;
  now?: () => number;
}

const BATCH = 200;

/**
 * The renderer's side of search: starts the worker from the saved index
 * (indexing only sessions whose revision changed since it was saved, or
 * building it once when there is none), sends every saved session to the
 * worker, saves the index again a moment after changes, and answers searches.
 */
export class SearchClient {
  private state: IndexState = 'idle';
  private readonly stateListeners = new Set<(state: IndexState) => void>();
  private readonly changeListeners = new Set<() => void>();
  private started: Promise<void> | null = null;
  private nextRequestId = 1;
  private readonly pending = new Map<number, (response: SearchWorkerResponse) => void>();
  private waitingForReady: ((response: SearchWorkerResponse) => void) | null = null;
  /** Revisions the worker's index holds, kept in step with what was posted to it. */
  private readonly sessionRevisions = new Map<string, { revision: number; conferenceId: string }>();
  private readonly conferenceRevisions = new Map<string, number>();
  private conferences = new Map<string, Conference>();
  private readonly queued: ArchiveChange = { sessionIds: [], conferenceIds: [] };
  private applying: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private stopWatching: (() => void) | null = null;
  private coverageNow: IndexCoverage | null = null;
  private readonly loadedWaiters = new Set<() => void>();
  private readonly saveDelayMs: number;
  private readonly batchSize: number;
  private readonly now: () => number;
  /** How the last start went, for the status line and the tests. */
  lastStart: { mode: 'loaded' | 'built'; indexed: number; removed: number; tookMs: number } | null = null;

  constructor(
    private readonly port: SearchPort,
    options: SearchClientOptions = {},
  ) {
    // Saving copies the whole index; wait for a pause in saves (a missed save is caught up by revision at start).
    this.saveDelayMs = options.saveDelayMs ?? 10_000;
    this.batchSize = options.batchSize ?? BATCH;
    this.now = options.now ?? (() => performance.now());
    port.onmessage = (event) => this.receive(event.data);
  }

  get indexState(): IndexState {
    return this.state;
  }

  onStateChange(listener: (state: IndexState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /**
   * Called after saved sessions were sent to the worker: a search asked from
   * then on sees them (the worker answers in order), so open results can be
   * asked again instead of showing what the index held before.
   */
  onIndexChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Starts once: watches saves, loads or builds the index, catches up. Later calls return the same promise. */
  start(): Promise<void> {
    this.started ??= this.run().catch((error: unknown) => {
      this.setState('failed');
      throw error;
    });
    return this.started;
  }

  /** Asks the worker; the answer carries the request id, so a caller can drop answers older than its newest question. */
  search(query: string, filters: SearchFilters, limit = 50): { requestId: number; answer: Promise<SearchAnswer> } {
    const requestId = this.nextRequestId++;
    const answer = new Promise<SearchAnswer>((resolve, reject) => {
      this.pending.set(requestId, (response) => {
        if (response.type === 'results') {
          this.coverageNow = response.coverage;
          resolve({ requestId, query: response.query, hits: response.hits, tookMs: response.tookMs, coverage: response.coverage });
        }
        else if (response.type === 'error') reject(new Error(response.message));
      });
    });
    this.port.postMessage({ type: 'search', requestId, query, filters, limit });
    return { requestId, answer };
  }

  /** How much of the saved index the worker has loaded, as last heard. */
  get coverage(): IndexCoverage | null {
    return this.coverageNow;
  }

  /** Resolves once every saved piece is in the worker (at once for a built index). */
  untilLoaded(): Promise<void> {
    const loaded = () => this.state === 'ready' && this.coverageNow !== null && this.coverageNow.loadedPieces >= this.coverageNow.totalPieces;
    if (loaded()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!loaded()) return;
        this.loadedWaiters.delete(check);
        resolve();
      };
      this.loadedWaiters.add(check);
    });
  }

  /** Saves the index now (also done a moment after each change). */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.applying;
    const sessions = Object.fromEntries([...this.sessionRevisions].map(([id, { revision }]) => [id, revision]));
    const conferences = Object.fromEntries(this.conferenceRevisions);
    const requestId = this.nextRequestId++;
    // The worker serialises and stores the index itself; only its size comes back.
    await new Promise<void>((resolve, reject) => {
      this.pending.set(requestId, (response) => {
        if (response.type === 'saved') resolve();
        else if (response.type === 'error') reject(new Error(response.message));
      });
      this.port.postMessage({ type: 'save', requestId, revisions: { sessions, conferences } });
    });
  }

  /** Stops watching saves and ends the worker. */
  dispose(): void {
    this.stopWatching?.();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.port.terminate?.();
  }

  private setState(state: IndexState): void {
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
    this.notifyLoaded();
  }

  private notifyLoaded(): void {
    for (const check of [...this.loadedWaiters]) check();
  }

  private receive(response: SearchWorkerResponse): void {
    if (response.type === 'progress') {
      // User Timing marks (DevTools' performance panel, the start benchmark): when search could first answer, and fully.
      if (this.coverageNow?.loadedPieces === 0 && response.coverage.loadedPieces > 0) performance.mark('search-index:first-piece');
      if (response.coverage.loadedPieces >= response.coverage.totalPieces) performance.mark('search-index:complete');
      this.coverageNow = response.coverage;
      // A piece that could not be read: its sessions are indexed again from the database.
      if (response.lost?.length) {
        for (const id of response.lost) this.sessionRevisions.delete(id);
        this.enqueue({ sessionIds: response.lost, conferenceIds: [] });
      }
      this.notifyLoaded();
      for (const listener of this.changeListeners) listener();
      return;
    }
    if (response.type === 'ready') this.coverageNow = response.coverage;
    if (response.type === 'ready' || response.type === 'needsBuild') {
      const waiting = this.waitingForReady;
      this.waitingForReady = null;
      waiting?.(response);
      return;
    }
    const requestId = response.requestId;
    if (requestId === null) return;
    const resolve = this.pending.get(requestId);
    this.pending.delete(requestId);
    resolve?.(response);
  }

  private untilReady(request: SearchClientRequest): Promise<SearchWorkerResponse> {
    return new Promise((resolve) => {
      this.waitingForReady = resolve;
      this.port.postMessage(request);
    });
  }

  private async run(): Promise<void> {
    const started = this.now();
    // Saves made while the index loads are queued, then applied after the catch-up.
    this.stopWatching = watchArchiveChanges((change) => this.enqueue(change));
    this.setState('loading');
    // The worker reads and loads the saved index itself; only its revisions come back.
    const response = await this.untilReady({ type: 'loadSaved' });
    const saved = response.type === 'ready' ? response.saved : undefined;
    const loaded = saved !== undefined;
    if (saved) {
      for (const [id, revision] of Object.entries(saved.sessions)) this.sessionRevisions.set(id, { revision, conferenceId: '' });
      for (const [id, revision] of Object.entries(saved.conferences)) this.conferenceRevisions.set(id, revision);
    }
    const { sessions, conferences } = await archiveRevisions();
    this.conferences = new Map((await readConferences()).map((conference) => [conference.id, conference]));
    let indexed: number;
    let removed = 0;
    if (!loaded) {
      this.setState('building');
      const live = sessions.filter((session) => !session.deleted).map((session) => session.id);
      const records = [];
      for (let from = 0; from < live.length; from += this.batchSize) records.push(...(await readSessionRecords(live.slice(from, from + this.batchSize))));
      await this.untilReady({ type: 'build', sessions: records, conferences: [...this.conferences.values()] });
      for (const record of records) this.sessionRevisions.set(record.session.id, { revision: record.session.revision, conferenceId: record.session.conferenceId });
      for (const conference of this.conferences.values()) this.conferenceRevisions.set(conference.id, conference.revision);
      indexed = records.length;
    } else {
      const changedConferences = new Set(
        conferences.filter((conference) => this.conferenceRevisions.get(conference.id) !== conference.revision).map((conference) => conference.id),
      );
      const present = new Set<string>();
      const stale: string[] = [];
      for (const session of sessions) {
        if (session.deleted) continue;
        present.add(session.id);
        const known = this.sessionRevisions.get(session.id);
        if (known?.revision !== session.revision || (session.conferenceId && changedConferences.has(session.conferenceId))) stale.push(session.id);
        else known.conferenceId = session.conferenceId ?? '';
      }
      for (const id of [...this.sessionRevisions.keys()]) {
        if (present.has(id)) continue;
        this.port.postMessage({ type: 'remove', sessionId: id });
        this.sessionRevisions.delete(id);
        removed++;
      }
      indexed = await this.putSessions(stale);
      this.conferenceRevisions.clear();
      for (const conference of conferences) this.conferenceRevisions.set(conference.id, conference.revision);
    }
    this.lastStart = { mode: loaded ? 'loaded' : 'built', indexed, removed, tookMs: this.now() - started };
    this.setState('ready');
    if (!loaded || indexed > 0 || removed > 0) this.scheduleSave();
    this.flushQueue();
  }

  private enqueue(change: ArchiveChange): void {
    this.queued.sessionIds.push(...change.sessionIds);
    this.queued.conferenceIds.push(...change.conferenceIds);
    if (this.state === 'ready') this.flushQueue();
  }

  private flushQueue(): void {
    const sessionIds = [...new Set(this.queued.sessionIds.splice(0))];
    const conferenceIds = [...new Set(this.queued.conferenceIds.splice(0))];
    if (sessionIds.length === 0 && conferenceIds.length === 0) return;
    this.applying = this.applying.then(() => this.apply(sessionIds, conferenceIds)).catch(() => undefined);
  }

  /** Sends what was saved to the worker; a renamed conference sends all its sessions again. */
  private async apply(sessionIds: string[], conferenceIds: string[]): Promise<void> {
    const ids = new Set(sessionIds);
    if (conferenceIds.length) {
      for (const conference of await readConferences()) {
        if (!conferenceIds.includes(conference.id)) continue;
        this.conferences.set(conference.id, conference);
        if (this.conferenceRevisions.get(conference.id) === conference.revision) continue;
        this.conferenceRevisions.set(conference.id, conference.revision);
        for (const [id, known] of this.sessionRevisions) if (known.conferenceId === conference.id) ids.add(id);
      }
    }
    const changed = await this.putSessions([...ids]);
    if (changed > 0 || conferenceIds.length > 0) {
      this.scheduleSave();
      for (const listener of this.changeListeners) listener();
    }
  }

  /** Reads sessions and sends them to the worker (tombstones and missing ones are removed). Returns how many were sent. */
  private async putSessions(ids: string[]): Promise<number> {
    let count = 0;
    for (let from = 0; from < ids.length; from += this.batchSize) {
      const batch = ids.slice(from, from + this.batchSize);
      const records = await readSessionRecords(batch);
      const found = new Set(records.map((record) => record.session.id));
      for (const id of batch) {
        if (found.has(id) || !this.sessionRevisions.has(id)) continue;
        this.port.postMessage({ type: 'remove', sessionId: id });
        this.sessionRevisions.delete(id);
        count++;
      }
      for (const record of records) {
        const { session } = record;
        if (session.deleted) {
          if (!this.sessionRevisions.has(session.id)) continue;
          this.port.postMessage({ type: 'remove', sessionId: session.id });
          this.sessionRevisions.delete(session.id);
        } else {
          this.port.postMessage({ type: 'put', session: record, conference: this.conferences.get(session.conferenceId) ?? null });
          this.sessionRevisions.set(session.id, { revision: session.revision, conferenceId: session.conferenceId });
        }
        count++;
      }
    }
    return count;
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.save().catch(() => undefined);
    }, this.saveDelayMs);
  }
}
