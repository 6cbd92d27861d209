import { describe, expect, it } from 'vitest';
import type { Session } from '../../../core/model/session';
import { readDetails } from './sessionDetails';

const session: Session = { id: 's', conferenceId: 'c', title: 'Celery', speakers: [], room: '', track: '', kind: 'talk', url: '', tags: [], revision: 1, updatedAt: 1 };
const zone = 'America/Los_Angeles';

function form(fields: Record<string, string>) {
  return new Map(Object.entries({ title: 'Celery in depth', kind: 'talk', day: '2013-03-15', ...fields }));
}

describe('the session details form', () => {
  it('reads people, tags and a schedule on the conference clock', () => {
    const result = readDetails(form({ speakers: 'Ada Lovelace; Grace Hopper,', tags: '#queues, python, queues', start: '10:00', end: '10:45', room: ' Hall A ' }), session, zone);
    expect(result).toEqual({
      patch: {
        title: 'Celery in depth',
        speakers: ['Ada Lovelace', 'Grace Hopper'],
        room: 'Hall A',
        track: '',
        kind: 'talk',
        tags: ['queues', 'python'],
        url: '',
        scheduledStart: Date.parse('2013-03-15T10:00:00-07:00'),
        scheduledEnd: Date.parse('2013-03-15T10:45:00-07:00'),
      },
    });
  });

  it('clears the schedule when the start is left empty', () => {
    const result = readDetails(form({}), { ...session, scheduledStart: 5, scheduledEnd: 6 }, zone);
    expect(result).toMatchObject({ patch: { scheduledStart: undefined, scheduledEnd: undefined } });
  });

  it('says what does not fit', () => {
    expect(readDetails(form({ start: '11:00', end: '10:00' }), session, zone)).toEqual({ error: 'The end is not after the start.' });
    expect(readDetails(form({ end: '10:00' }), session, zone)).toEqual({ error: 'Give a start time as well as an end time.' });
    expect(readDetails(form({ day: '', start: '10:00' }), session, zone)).toEqual({ error: 'Give the day the session is on.' });
    expect(readDetails(form({ start: '25:00' }), session, zone)).toEqual({ error: 'Give the start as a time of day, such as 10:30.' });
    expect(readDetails(form({ title: '  ' }), session, zone)).toEqual({ error: 'Give the session a title.' });
    expect(readDetails(form({ room: 'x'.repeat(201) }), session, zone)).toMatchObject({ error: expect.stringMatching(/^Room: /) });
  });
});
