import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { markdownToEditorState } from '../../../core/markdown/convert';
import {
  acceptSuggestion,
  dismissedSuggestionIds,
  dismissSuggestion,
  listActionItems,
  listSessionActionItems,
  rebuildActionItems,
  setActionItemDone,
} from './actionItems';
import { createConference } from './conferences';
import { actionTables } from './actionRows';
import { database } from './database';
import { documentTables } from './documentRows';
import { createSession, getDocument, saveDocument } from './sessions';

beforeEach(async () => {
  const db = database();
  await Promise.all([
    db.conferences.clear(),
    db.sessions.clear(),
    db.documents.clear(),
    db.documentChunks.clear(),
    db.actionItems.clear(),
    db.actionLines.clear(),
    db.dismissedSuggestions.clear(),
  ]);
});

async function sessionWith(markdown: string) {
  const conference = await createConference({ name: 'PyCon 2013', location: '', startDate: '2013-03-13', endDate: '2013-03-21', timeZone: 'America/Los_Angeles', tags: ['python'] });
  const session = await createSession({ conferenceId: conference.id, title: 'Instagram', scheduledStart: Date.parse('2013-03-15T20:00:00Z') }, markdownToEditorState(markdown));
  return { conference, session };
}

const notes = '## Actions for me\n\n- Try out celery\n\n- [ ] Build rabbit-in-a-box tomorrow\n';

describe('action-items table', () => {
  it('derives rows when a session is created and on every save, in the save transaction', async () => {
    const { session } = await sessionWith(notes);
    let rows = await listSessionActionItems(session.id);
    expect(rows.map((row) => [row.source, row.text, row.due, row.tags])).toEqual([
      ['suggested', 'Try out celery', null, ['python']],
      ['explicit', 'Build rabbit-in-a-box tomorrow', '2013-03-16', ['python']],
    ]);

    await saveDocument(session.id, markdownToEditorState('- [x] Thank Kenneth\n'));
    rows = await listSessionActionItems(session.id);
    expect(rows.map((row) => [row.source, row.text, row.done])).toEqual([['explicit', 'Thank Kenneth', true]]);
  });

  it('rolls the rows back with the document when the save fails', async () => {
    const { session } = await sessionWith(notes);
    const before = await listActionItems();
    const db = database();
    await expect(
      db.transaction('rw', [db.sessions, ...documentTables(db), db.conferences, ...actionTables(db)], async () => {
        await saveDocument(session.id, markdownToEditorState('- [ ] Something else\n'));
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await listActionItems()).toEqual(before);
  });

  it('ticks the line in the document from the list, by id', async () => {
    const { session } = await sessionWith('- [ ] Watch the video\n- [ ] Watch the video\n');
    const [first, second] = await listSessionActionItems(session.id);
    expect(await setActionItemDone(session.id, second?.id ?? '', true)).toBe(true);
    const rows = await listSessionActionItems(session.id);
    expect(rows.map((row) => [row.id, row.done])).toEqual([
      [first?.id, false],
      [second?.id, true],
    ]);
    const document = await getDocument(session.id);
    expect(JSON.stringify(document?.content)).toContain('"checked":true');
    expect(await setActionItemDone(session.id, 'gone', true)).toBe(false);
  });

  it('accepts a suggestion into the document and remembers a dismissal', async () => {
    const { session } = await sessionWith("I'll try scrapyd later.\n\nI need to watch the video from that talk.\n");
    const [scrapyd, video] = await listSessionActionItems(session.id);
    const actionId = await acceptSuggestion(session.id, scrapyd?.id ?? '');
    expect(actionId).toBeTruthy();
    if (video) await dismissSuggestion(video);
    const rows = await listSessionActionItems(session.id);
    expect(rows.map((row) => [row.source, row.text])).toEqual([
      ['explicit', "I'll try scrapyd later."],
      ['suggested', 'I need to watch the video from that talk.'],
    ]);
    expect(rows[0]?.id).toBe(actionId);
    expect((await dismissedSuggestionIds()).has(video?.id ?? '')).toBe(true);
  });

  it('rebuilds the table from the documents alone', async () => {
    await sessionWith(notes);
    await sessionWith('We need to grab that dataset!\n');
    const derived = await listActionItems();
    await database().actionItems.clear();
    await database().actionItems.put({ ...derived[0]!, id: 'stale', text: 'not in any document' });
    expect(await rebuildActionItems()).toBe(3);
    const rebuilt = await listActionItems();
    const key = (rows: typeof derived) => rows.map((row) => `${row.sessionId}/${row.id}/${row.text}/${row.done}/line ${row.lineIndex}`).sort();
    expect(key(rebuilt)).toEqual(key(derived));
  });
});

describe('session changes', () => {
  it('re-derives rows when a session changes, and drops them when it is deleted', async () => {
    const { session } = await sessionWith(notes);
    const { updateSession } = await import('./sessions');
    await updateSession(session.id, { tags: ['queues'] });
    expect((await listSessionActionItems(session.id)).map((row) => row.tags)).toEqual([
      ['queues', 'python'],
      ['queues', 'python'],
    ]);
    await updateSession(session.id, { deleted: true });
    expect(await listSessionActionItems(session.id)).toEqual([]);
  });
});
