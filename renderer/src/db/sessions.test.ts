import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyEditorState } from '../../../core/model/session';
import { documentWith } from './testDocuments';
import { localEntries, readLocalRecords, storeRecordsFromDisk } from './archiveRecords';
import { createConference, listConferences } from './conferences';
import { database } from './database';
import { createSession, getDocument, getSession, listSessions, saveDocument, updateSession } from './sessions';
import { loadSettings, saveSettings } from './settings';

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.documents.clear(), db.settings.clear()]);
});

describe('local store', () => {
  it('creates a conference and sessions, listed in the order they happened', async () => {
    const conference = await createConference({ name: 'PyCon US', location: 'Pittsburgh', startDate: '2026-05-13', endDate: '2026-05-15', timeZone: 'America/New_York' }, 100);
    const late = await createSession({ conferenceId: conference.id, title: 'Afternoon keynote', scheduledStart: 2_000 }, emptyEditorState(), 101);
    const early = await createSession({ conferenceId: conference.id, title: 'Morning keynote', scheduledStart: 1_000 }, emptyEditorState(), 102);
    expect((await listSessions(conference.id)).map((session) => session.id)).toEqual([early.id, late.id]);
    expect(await listConferences()).toHaveLength(1);
  });

  it('refuses a conference whose dates do not fit, with a message for the user', async () => {
    await expect(createConference({ name: 'Backwards', location: '', startDate: '2026-05-15', endDate: '2026-05-13', timeZone: 'UTC' })).rejects.toThrow(/end date is before the start date/);
    await expect(createConference({ name: 'Nowhere', location: '', startDate: '2026-05-15', endDate: '2026-05-15', timeZone: 'Mars/Olympus' })).rejects.toThrow(/IANA time zone/);
    expect(await listConferences()).toEqual([]);
  });

  it('saves a document and its session revision together, so the disk copy always pairs them', async () => {
    const conference = await createConference({ name: 'JSConf', location: '', startDate: '2026-06-01', endDate: '2026-06-01', timeZone: 'Europe/Berlin' });
    const session = await createSession({ conferenceId: conference.id, title: 'Signals' }, emptyEditorState(), 10);
    const { session: saved, document } = await saveDocument(session.id, documentWith('Reactivity is a graph'), 20);
    expect(saved.revision).toBe(2);
    expect(document.revision).toBe(2);
    const [record] = await readLocalRecords('session', [session.id]);
    expect(record).toMatchObject({ kind: 'session', record: { session: { revision: 2 }, document: { revision: 2 } } });
    expect((await getDocument(session.id))?.content.root.children[0]).toMatchObject({ $: { stamp: 1_700_000_000_000 } });

    const started = await updateSession(session.id, { actualStart: 30 });
    expect(started).toMatchObject({ revision: 3, actualStart: 30 });
  });

  it('does not save into a session that is gone', async () => {
    await expect(saveDocument('missing', emptyEditorState())).rejects.toThrow(/no longer exists/);
  });

  it('takes records from the disk archive only when they are newer than the local copy', async () => {
    const conference = await createConference({ name: 'RustConf', location: '', startDate: '2026-09-08', endDate: '2026-09-10', timeZone: 'America/Toronto' });
    const session = await createSession({ conferenceId: conference.id, title: 'Ownership' }, emptyEditorState(), 10);
    await saveDocument(session.id, documentWith('Local and newer'), 20);
    const [local] = await readLocalRecords('session', [session.id]);
    if (local?.kind !== 'session') throw new Error('expected a session record');

    const older = { kind: 'session' as const, record: { session: { ...local.record.session, revision: 1, title: 'Old title' }, document: null } };
    expect(await storeRecordsFromDisk([older])).toBe(0);
    expect((await getSession(session.id))?.title).toBe('Ownership');

    const newer = {
      kind: 'session' as const,
      record: {
        session: { ...local.record.session, revision: 5, title: 'Edited elsewhere' },
        document: { sessionId: session.id, content: documentWith('From the archive'), revision: 5, updatedAt: 50 },
      },
    };
    expect(await storeRecordsFromDisk([newer])).toBe(1);
    expect((await getSession(session.id))?.title).toBe('Edited elsewhere');
    expect(JSON.stringify((await getDocument(session.id))?.content)).toContain('From the archive');
    expect(await localEntries()).toEqual(
      expect.arrayContaining([
        { kind: 'conference', id: conference.id, revision: 1, deleted: false },
        { kind: 'session', id: session.id, revision: 5, deleted: false },
      ]),
    );
  });

  it('keeps settings, falling back to defaults for anything unreadable', async () => {
    expect((await loadSettings()).stampDisplay).toBe('clock');
    await saveSettings({ stampLagSeconds: 4, theme: 'dark' });
    expect(await loadSettings()).toMatchObject({ stampLagSeconds: 4, theme: 'dark', stampDisplay: 'clock' });
    await database().settings.put({ key: 'settings', value: { stampLagSeconds: 'lots' } });
    expect((await loadSettings()).stampLagSeconds).toBe(0);
    await expect(saveSettings({ stampLagSeconds: -3 })).rejects.toThrow();
  });
});
