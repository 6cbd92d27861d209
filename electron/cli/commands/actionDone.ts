import { setActionDoneInDocument } from '../../../core/actions/documentEdits';
import { deriveActionItems } from '../../../core/actions/derive';
import type { SessionRecord } from '../../../core/model/session';
import { ArchiveStore } from '../../services/archive/archiveStore';
import { listArchiveActionItems, type ListedActionItem } from './archiveActionItems';

/**
 * Ticks or unticks one action item of the disk archive by its id, for
 * scripts that close what they handled (`plenary actions done ID`). The
 * item's line is changed in its session's document by id, never by text or
 * position, and the session is written back through the archive store as a
 * new revision, as a save in the app would.
 */
export type TickOutcome =
  | { ok: true; changed: boolean; item: ListedActionItem; id: string }
  | { ok: false; message: string };

/** How often a write that lost a race to another writer is tried again on the newer version. */
const ATTEMPTS = 3;

function describe(item: ListedActionItem): string {
  return `"${item.text}" in "${item.sessionTitle}" (${item.conferenceName})`;
}

export async function setArchiveActionDone(archiveDir: string, id: string, done: boolean, sessionId: string | null): Promise<TickOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { items } = await listArchiveActionItems(archiveDir);
    const matches = items.filter((item) => item.id === id && (sessionId === null || item.sessionId === sessionId));
    if (matches.length === 0) {
      return { ok: false, message: `there is no action item with the id ${id}${sessionId ? ` in the session ${sessionId}` : ''}. \`plenary actions --json\` lists every item with its id.` };
    }
    if (matches.length > 1) {
      const sessions = matches.map((item) => `  --session ${item.sessionId}   ${describe(item)}`).join('\n');
      return { ok: false, message: `the id ${id} is on an item in more than one session (a copied line); say which with --session:\n${sessions}` };
    }
    const item = matches[0] as ListedActionItem;
    if (item.source === 'suggested') {
      return { ok: false, message: `${id} is a suggestion (${describe(item)}), not an action item yet. Make it one in the app (or start its line with "TODO "), then tick it.` };
    }
    if (item.done === done) return { ok: true, changed: false, item, id };

    const store = new ArchiveStore(archiveDir);
    const [stored] = await store.read('session', [item.sessionId]);
    if (!stored || stored.kind !== 'session' || !stored.record.document) {
      return { ok: false, message: `the session of ${describe(item)} could not be read again; nothing was changed.` };
    }
    const record: SessionRecord = stored.record;
    const document = record.document;
    if (!document) return { ok: false, message: `the session of ${describe(item)} has no notes; nothing was changed.` };
    const content = setActionDoneInDocument(document.content, record.session.id, id, done);
    if (!content) return { ok: false, message: `${describe(item)} is no longer in its session's notes; nothing was changed.` };

    const now = Math.max(Date.now(), record.session.updatedAt + 1);
    const revision = record.session.revision + 1;
    const outcome = await store.write({
      kind: 'session',
      record: { session: { ...record.session, revision, updatedAt: now }, document: { ...document, content, revision, updatedAt: now } },
    });
    if (!outcome.written) continue; // Another writer saved a newer version meanwhile: tick that one.
    // A check-list line without an id of its own was listed under a provisional one; it has a real id now.
    const rows = deriveActionItems(record.session.id, record.session.conferenceId, content, { timeZone: 'UTC', referenceTime: 0 });
    const newId = rows.find((row) => row.lineIndex === item.lineIndex && row.source === 'explicit')?.id ?? id;
    return { ok: true, changed: true, item: { ...item, done }, id: newId };
  }
  return { ok: false, message: `the session of the item ${id} kept changing while it was being saved (another program is writing it); nothing was changed. Try again.` };
}
