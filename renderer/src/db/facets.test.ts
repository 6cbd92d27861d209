import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { markdownToEditorState } from '../../../core/markdown/convert';
import { emptyEditorState } from '../../../core/model/session';
import { listSessionActionItems, setActionItemDone } from './actionItems';
import { storeRecordsFromDisk } from './archiveRecords';
import { createConference } from './conferences';
import { database } from './database';
import { listSpeakers, listTags, sessionsBySpeaker, sessionsByTag } from './facets';
import { createSession, saveDocument, updateSession } from './sessions';
import { listConferenceSummaries } from './summaries';

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.deletedSessions.clear(), db.documents.clear(), db.actionItems.clear()]);
});

async function twoConferences() {
  const pycon = await createConference({ name: 'PyCon', location: 'Santa Clara', startDate: '2013-03-15', endDate: '2013-03-17', timeZone: 'America/Los_Angeles' });
  const strange = await createConference({ name: 'Strange Loop', location: 'St. Louis', startDate: '2014-09-17', endDate: '2014-09-19', timeZone: 'America/Chicago', tags: ['Functional'] });
  const celery = await createSession({ conferenceId: pycon.id, title: 'Celery in depth', speakers: ['Ada Lovelace', 'Grace Hopper'], tags: ['queues'], scheduledStart: Date.parse('2013-03-15T10:00:00-07:00') }, emptyEditorState());
  const later = await createSession({ conferenceId: pycon.id, title: 'Queues at scale', speakers: ['ada  lovelace'], tags: ['#Queues'], scheduledStart: Date.parse('2013-03-16T10:00:00-07:00') }, emptyEditorState());
  const keynote = await createSession({ conferenceId: strange.id, title: 'Keynote', speakers: ['Ada Lovelace'] }, emptyEditorState());
  return { pycon, strange, celery, later, keynote };
}

describe('speakers and tags as facets', () => {
  it('lists a speaker’s sessions across conferences, newest first, whatever the spelling', async () => {
    const { celery, later, keynote } = await twoConferences();
    const found = await sessionsBySpeaker(' ADA LOVELACE ');
    expect(found.map(({ session, conference }) => [session.id, conference.name])).toEqual([
      [keynote.id, 'Strange Loop'],
      [later.id, 'PyCon'],
      [celery.id, 'PyCon'],
    ]);
    expect(await listSpeakers()).toEqual([
      { name: 'Ada Lovelace', count: 3 },
      { name: 'Grace Hopper', count: 1 },
    ]);
  });

  it('finds sessions by their own tags and by their conference’s, and counts them', async () => {
    const { strange, celery, later, keynote } = await twoConferences();
    expect((await sessionsByTag('queues')).sessions.map(({ session }) => session.id)).toEqual([later.id, celery.id]);
    const functional = await sessionsByTag('#functional');
    expect(functional.sessions.map(({ session }) => session.id)).toEqual([keynote.id]);
    expect(functional.conferences.map((conference) => conference.id)).toEqual([strange.id]);
    expect(await listTags()).toEqual([
      { name: 'Functional', count: 1 },
      { name: 'queues', count: 2 },
    ]);
  });

  it('leaves out deleted sessions and the sessions of deleted conferences', async () => {
    const { strange, celery } = await twoConferences();
    await updateSession(celery.id, { deleted: true });
    await database().conferences.update(strange.id, { deleted: true });
    expect((await sessionsBySpeaker('Ada Lovelace')).map(({ session }) => session.title)).toEqual(['Queues at scale']);
    expect(await listSpeakers()).toEqual([{ name: 'ada  lovelace', count: 1 }]);
  });
});

describe('conference summaries', () => {
  it('count sessions and open action items, newest conference first', async () => {
    const { pycon, strange, celery } = await twoConferences();
    await saveDocument(celery.id, markdownToEditorState('- [ ] Try out celery\n- [ ] Read the docs\n- [x] Star the repo\n'));
    let summaries = await listConferenceSummaries();
    expect(summaries.map((summary) => [summary.conference.id, summary.sessionCount, summary.openActionCount])).toEqual([
      [strange.id, 1, 0],
      [pycon.id, 2, 2],
    ]);
    const [first] = (await listSessionActionItems(celery.id)).filter((row) => row.source === 'explicit' && !row.done);
    expect(await setActionItemDone(celery.id, first?.id ?? '', true)).toBe(true);
    summaries = await listConferenceSummaries();
    expect(summaries.find((summary) => summary.conference.id === pycon.id)?.openActionCount).toBe(1);
  });

  it('leave out deleted sessions, whether deleted here or arriving deleted from the archive folder, and count one brought back', async () => {
    const { pycon, strange, celery, keynote } = await twoConferences();
    const counts = async () => (await listConferenceSummaries()).map((summary) => [summary.conference.id, summary.sessionCount]);
    await updateSession(celery.id, { deleted: true });
    expect(await counts()).toEqual([
      [strange.id, 1],
      [pycon.id, 1],
    ]);
    // A tombstone written on another computer, then the session brought back there.
    const stored = (await database().sessions.get(keynote.id))!;
    await storeRecordsFromDisk([{ kind: 'session', record: { session: { ...stored, revision: stored.revision + 1, deleted: true }, document: null } }]);
    expect(await counts()).toEqual([
      [strange.id, 0],
      [pycon.id, 1],
    ]);
    await storeRecordsFromDisk([{ kind: 'session', record: { session: { ...stored, revision: stored.revision + 2 }, document: null } }]);
    expect(await counts()).toEqual([
      [strange.id, 1],
      [pycon.id, 1],
    ]);
    // A session moved to another conference counts there.
    const [later] = (await database().sessions.where('conferenceId').equals(pycon.id).toArray()).filter((session) => !session.deleted);
    await updateSession(later!.id, { conferenceId: strange.id });
    expect(await counts()).toEqual([
      [strange.id, 2],
      [pycon.id, 0],
    ]);
  });
});
