import { describe, expect, it } from 'vitest';
import { noteLines } from './noteLines';
import { planImport } from './plan';

describe('where a file splits', () => {
  it('keeps one talk whose ## sections are parts of it', async () => {
    const words = 'word '.repeat(40);
    const plan = await planImport(`# Caching at scale\n\n## Summary\n\n${words}\n\n## Q&A\n\n${words}`, 'talk.md');
    expect(plan.sessions.map((session) => session.title)).toEqual(['Caching at scale']);
  });

  it('splits ## talks under a post title, but not ## sections too short to be talks', async () => {
    const words = 'word '.repeat(40);
    const day = await planImport(`# Day two\n\n## Keynote\n\n${words}\n\n## Databases panel\n\n${words}`, 'day.md');
    expect(day.sessions.map((session) => [session.title, session.kind])).toEqual([
      ['Keynote', 'talk'],
      ['Databases panel', 'panel'],
    ]);
    const short = await planImport('## One\n\nshort\n\n## Two\n\nshort', 'short.md');
    expect(short.sessions).toHaveLength(1);
  });

  it('splits at ISO wall-clock headers and reads their times in the given zone', async () => {
    const plan = await planImport('2026-05-14 09:30\n---\nKeynote now.\n\n2026-05-14 11:00\n---\nOnto the storage talk.', 'notes.txt', { timeZone: 'Europe/Berlin' });
    expect(plan.sessions.map((session) => [session.title, session.actualStart])).toEqual([
      ['Keynote', Date.UTC(2026, 4, 14, 7, 30)],
      ['Storage talk', Date.UTC(2026, 4, 14, 9, 0)],
    ]);
    expect(plan.conference.startDate).toBe('2026-05-14');
  });

  it('reads a liveblog written with 12-hour times', async () => {
    const plan = await planImport('9:00 AM Keynote opens.\n\n10:30 AM Testing talk.\n\n1:55 PM Lightning talks.', 'blog.txt', { date: '2026-05-14', timeZone: 'UTC' });
    expect(plan.sessions.map((session) => session.title)).toEqual(['Keynote opens', 'Testing talk', 'Lightning talks']);
    expect(plan.sessions[2]?.actualStart).toBe(Date.UTC(2026, 4, 14, 13, 55));
  });
});

describe('noteLines', () => {
  const resolve = (time: { hour: number; minute: number }) => Date.UTC(2026, 0, 1, time.hour, time.minute);

  it('stamps a list item whose text starts with a time, and takes the time out', () => {
    const lines = noteLines(['- 10:15 first', '- second'], { format: 'text', resolve });
    expect(lines.markdown).toBe('- first\uE0000\uE001\n- second');
    expect(lines.stamps).toEqual([Date.UTC(2026, 0, 1, 10, 15)]);
  });

  it('makes every text line a block, keeps list lines together and setext underlines as headings', () => {
    const lines = noteLines(['Alerting', '~~~~~~~~', 'We use Sensu', 'Monitors queues', ' - a', ' - b', '', '\t•\tc'], { format: 'text', resolve });
    expect(lines.markdown).toBe('### Alerting\n\nWe use Sensu\n\nMonitors queues\n\n - a\n - b\n\n- c');
  });

  it('keeps times as text when they cannot be placed', () => {
    const lines = noteLines(['1743: Lightning talks.'], { format: 'text', resolve: () => null });
    expect(lines).toEqual({ markdown: '1743: Lightning talks.', stamps: [] });
  });
});
