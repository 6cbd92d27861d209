import { describe, expect, it } from 'vitest';
import type { Session } from '../model/session';
import { builtinTemplates } from '../templates/builtins';
import { nowAndNext } from './nowNext';
import { firstEmptyLineIndex, plannedNoteDocument, templateForKind } from './startNote';

const at = (time: string) => Date.parse(`2026-02-07T${time}:00Z`);

function talk(title: string, room: string, start: string, end: string, extra: Partial<Session> = {}): Session {
  return { id: title, conferenceId: 'c', title, speakers: [], room, track: '', kind: 'talk', url: '', tags: [], scheduledStart: at(start), scheduledEnd: at(end), revision: 1, updatedAt: 0, ...extra };
}

const sessions = [
  talk('Caching', 'Main Hall', '09:00', '09:45'),
  talk('Lightning', 'Main Hall', '10:00', '10:30'),
  talk('Profiling', 'Workshop', '09:00', '11:00'),
  talk('Soldering', 'Lab', '09:30', '10:30', { starred: true }),
  talk('Gone', 'Main Hall', '09:00', '09:45', { cancelled: true }),
  talk('Tomorrow', 'Main Hall', '23:00', '23:30'),
];

describe('now and next', () => {
  it('lists each room with the talk on now and the next one, the user\'s picks first, then the schedule\'s room order', () => {
    const { rows, current } = nowAndNext(sessions, at('09:35'), ['Main Hall', 'Workshop', 'Lab']);
    expect(rows.map((row) => [row.room, row.now?.title ?? null, row.next?.title ?? null])).toEqual([
      ['Lab', 'Soldering', null],
      ['Main Hall', 'Caching', 'Lightning'],
      ['Workshop', 'Profiling', null],
    ]);
    expect(current?.title).toBe('Soldering');
  });

  it('picks the earliest talk on now without a star, and a talk about to start between talks', () => {
    const plain = sessions.map((session) => ({ ...session, starred: false }));
    expect(nowAndNext(plain, at('09:35')).current?.title).toBe('Caching');
    const between = nowAndNext(plain.filter((session) => session.room === 'Main Hall'), at('09:52'));
    expect(between.rows[0]?.now).toBeNull();
    expect(between.current?.title).toBe('Lightning');
    expect(nowAndNext(plain.filter((session) => session.room === 'Main Hall'), at('09:46')).current).toBeNull();
  });

  it('shows nothing for a day that is over, and never a cancelled talk', () => {
    expect(nowAndNext(sessions, at('23:45')).rows).toEqual([]);
    expect(nowAndNext([sessions[4]!], at('09:10')).rows).toEqual([]);
  });
});

describe('starting a planned talk\'s note', () => {
  const templates = builtinTemplates();
  it('uses the template made for its kind', () => {
    expect(templateForKind('workshop', templates)?.id).toBe('builtin-workshop');
    expect(templateForKind('lightning', templates)?.id).toBe('builtin-lightning');
    expect(templateForKind('talk', templates, 'builtin-panel')?.id).toBe('builtin-talk');
  });

  it('fills the schedule\'s facts, abstract and link, and puts the caret on the first empty line', () => {
    const session = talk('Caching at the edge', 'Main Hall', '09:00', '09:45', { speakers: ['Ada Quill'], abstract: 'What a cache taught us.', url: 'https://example.org/t/1' });
    const doc = plannedNoteDocument(templateForKind('talk', templates), session, { name: 'DemoCon', timeZone: 'Europe/Brussels' });
    // The talk template keeps the title, speakers and link in the session's header; a panel's names its panelists in the notes.
    const panel = JSON.stringify(plannedNoteDocument(templateForKind('panel', templates), { ...session, kind: 'panel' }, { name: 'DemoCon', timeZone: 'Europe/Brussels' }));
    expect(panel).toContain('Ada Quill');
    const quote = (doc.root.children as Array<{ type: string; children: Array<{ text: string }> }>).find((node) => node.type === 'quote');
    expect(quote?.children[0]?.text).toBe('What a cache taught us.');
    // "Key points", then its first empty bullet.
    expect(firstEmptyLineIndex(doc)).toBe(1);
    expect(firstEmptyLineIndex(plannedNoteDocument(null, session, null))).toBe(0);
  });
});
