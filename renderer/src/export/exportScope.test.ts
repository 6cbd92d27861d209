import { describe, expect, it } from 'vitest';
import { conferenceSchema } from '../../../core/model/conference';
import { sessionSchema } from '../../../core/model/session';
import { defaultExportChoices } from '../db/exportChoices';
import { conferenceDays, dayLabel, parseTags, sessionDay, toExportOptions } from './exportScope';

const conference = conferenceSchema.parse({
  id: 'c1',
  name: 'Strange Loop',
  startDate: '2026-09-08',
  endDate: '2026-09-09',
  timeZone: 'America/Toronto',
  revision: 1,
  updatedAt: 0,
});
const session = (id: string, actualStart?: number) =>
  sessionSchema.parse({ id, conferenceId: 'c1', title: id, revision: 1, updatedAt: 0, ...(actualStart ? { actualStart } : {}) });

describe('export scope', () => {
  it('offers the conference days and the day a session really happened, in its zone', () => {
    // 02:00 UTC on the 11th is still the 10th in Toronto.
    const late = session('late', Date.parse('2026-09-11T02:00:00Z'));
    expect(sessionDay(late, conference)).toBe('2026-09-10');
    expect(sessionDay(session('unstarted'), conference)).toBe('2026-09-08');
    expect(conferenceDays(conference, [late])).toEqual(['2026-09-08', '2026-09-09', '2026-09-10']);
    expect(dayLabel(conference, '2026-09-09')).toBe('Day 2 · 2026-09-09');
  });

  it('turns each scope choice into export options inside the conference', () => {
    const sessions = [session('s1'), session('s2')];
    const base = { ...defaultExportChoices, preset: 'jekyll' as const, layout: 'day' as const, tags: ['notes'] };
    expect(toExportOptions({ ...base, scope: 'conference' }, { conference, sessions })).toEqual({
      options: expect.objectContaining({ preset: 'jekyll', layout: 'day', tags: ['notes'], scope: { kind: 'conference', conferenceId: 'c1' } }),
    });
    expect(toExportOptions({ ...base, scope: 'day', day: '2026-09-09' }, { conference, sessions })).toMatchObject({
      options: { scope: { kind: 'day', conferenceId: 'c1', day: '2026-09-09' } },
    });
    expect(toExportOptions({ ...base, scope: 'session' }, { conference, sessions, currentSessionId: 's2' })).toMatchObject({
      options: { scope: { kind: 'sessions', sessionIds: ['s2'] } },
    });
    expect(toExportOptions({ ...base, scope: 'session' }, { conference, sessions })).toHaveProperty('problem');
    expect(toExportOptions({ ...base, scope: 'sessions', sessionIds: ['gone', 's1'] }, { conference, sessions })).toMatchObject({
      options: { scope: { kind: 'sessions', sessionIds: ['s1'] } },
    });
    expect(toExportOptions({ ...base, scope: 'sessions', sessionIds: ['gone'] }, { conference, sessions })).toEqual({
      problem: 'Tick at least one session to export.',
    });
  });

  it('reads tags from a comma-separated field', () => {
    expect(parseTags(' notes, python ,, notes')).toEqual(['notes', 'python']);
  });
});
