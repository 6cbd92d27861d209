import { describe, expect, it } from 'vitest';
import type { Session, SessionRecord } from '../model/session';
import { emptyEditorState } from '../model/session';
import { attachNotesToPlanned, matchPlannedTalk, titleLikeness } from './matchNotes';

const at = (time: string) => Date.parse(`2013-03-15T${time}:00Z`);
const ZONE = 'America/Los_Angeles';

function planned(id: string, title: string, start: string, end: string, room = 'Ballroom A'): Session {
  return { id, conferenceId: 'pycon', title, speakers: ['Speaker of ' + id], room, track: '', kind: 'talk', url: `https://example.org/${id}`, tags: [], scheduledStart: at(start), scheduledEnd: at(end), sourceId: `guid-${id}`, abstract: 'From the schedule.', revision: 1, updatedAt: 0 };
}

const schedule = [
  planned('a', 'How Instagram.com Works', '17:50', '18:30'),
  planned('b', 'Cleaner APIs, Cleaner UIs with Pyramid', '17:50', '18:30', 'Ballroom B'),
  planned('c', 'Python for Humans', '19:00', '19:40'),
];

describe('notes meet the schedule', () => {
  it('matches notes to the talk in whose slot they were taken, by title among talks at the same time', () => {
    expect(titleLikeness('Instagram talk', 'How Instagram.com Works')).toBe(1);
    expect(matchPlannedTalk({ title: 'Instagram talk', actualStart: at('17:55') }, schedule, ZONE)?.id).toBe('a');
    expect(matchPlannedTalk({ title: 'Pyramid APIs', actualStart: at('17:52') }, schedule, ZONE)?.id).toBe('b');
  });

  it('takes the only talk in the slot even when the notes have another title, and nothing outside any slot', () => {
    expect(matchPlannedTalk({ title: 'Kenneth Reitz', actualStart: at('19:05') }, schedule, ZONE)?.id).toBe('c');
    expect(matchPlannedTalk({ title: 'Lunch chat', actualStart: at('21:00') }, schedule, ZONE)).toBeNull();
    expect(matchPlannedTalk({ title: 'Notes', actualStart: at('17:55') }, schedule, ZONE)).toBeNull();
  });

  it('matches notes without times by a clearly alike title on the same day', () => {
    expect(matchPlannedTalk({ title: 'Python for humans', date: '2013-03-15' }, schedule, ZONE)?.id).toBe('c');
    expect(matchPlannedTalk({ title: 'Python for humans', date: '2013-03-16' }, schedule, ZONE)).toBeNull();
  });

  it('puts the notes into the planned session: its id and the schedule\'s facts, the imported document and clock', () => {
    const imported: SessionRecord = {
      session: { id: 'new', conferenceId: 'pycon', title: 'Instagram talk', speakers: [], room: '', track: '', kind: 'talk', url: '', tags: ['python'], actualStart: at('17:55'), actualEnd: at('18:20'), sourceHash: 'h1', revision: 1, updatedAt: 5 },
      document: { sessionId: 'new', content: emptyEditorState(), revision: 1, updatedAt: 5 },
    };
    const other: SessionRecord = { ...imported, session: { ...imported.session, id: 'other', title: 'Hallway', actualStart: at('22:00') } };
    const { records, matched } = attachNotesToPlanned([imported, other], schedule, ZONE);
    expect(matched).toBe(1);
    expect(records[0]?.session).toMatchObject({ id: 'a', title: 'How Instagram.com Works', speakers: ['Speaker of a'], room: 'Ballroom A', sourceId: 'guid-a', abstract: 'From the schedule.', actualStart: at('17:55'), actualEnd: at('18:20'), tags: ['python'], sourceHash: 'h1', revision: 2 });
    expect(records[0]?.document).toMatchObject({ sessionId: 'a', revision: 2 });
    expect(records[1]).toBe(other);
  });
});
