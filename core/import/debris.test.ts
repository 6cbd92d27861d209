import { describe, expect, it } from 'vitest';
import { findDebris } from './debris';
import { planImport } from './plan';

const lines = (text: string) => text.split('\n');

describe('findDebris', () => {
  it('finds rows of share buttons but not a sentence about sharing', () => {
    const found = findDebris(lines('Notes\n\nAdd to FacebookAdd to DiggAdd to TwitterAdd to Reddit\n\nShare this:\n\nI will add to Twitter later, and add to Reddit too, and Add to Digg.'));
    expect(found).toEqual([
      { from: 2, to: 2, reason: 'share buttons' },
      { from: 4, to: 4, reason: 'share buttons' },
    ]);
  });

  it('takes a comment form as one piece, up to the first line that is notes again', () => {
    const text = 'Notes\n\nLeave a Reply\n\nYou are commenting using your Twitter account. Log Out /  Change )\n\nTwitter picture\n\nConnecting to %s\n\nA real closing thought.';
    expect(findDebris(lines(text))).toEqual([{ from: 2, to: 8, reason: 'comment form' }]);
  });

  it('finds blogger chrome: "Posted by", "Labels:", post navigation', () => {
    const text = 'Talk notes\n\nPosted by Jane Doe at 10:15 PM\nLabels: pycon, python\n\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n\nLabels are useful in notes: keep this.';
    expect(findDebris(lines(text)).map((range) => [range.from, range.reason])).toEqual([
      [2, 'blog chrome'],
      [3, 'blog chrome'],
      [5, 'blog chrome'],
      [6, 'blog chrome'],
    ]);
  });

  it('finds a blog tagline of quotations above the post', () => {
    const text = '"Stay hungry" - Jobs ; "Ship it" ;\n\nMy post';
    expect(findDebris(lines(text))).toEqual([{ from: 0, to: 0, reason: 'blog chrome' }]);
  });

  it('takes a repeated closing line as a sign-off, but not a repeated line that does not close the file', () => {
    expect(findDebris(lines('A\n\nCheers all!\n\nB\n\nCheers all!')).map((range) => range.reason)).toEqual(['sign-off', 'sign-off']);
    expect(findDebris(lines('Pros and cons\n\nA\n\nPros and cons\n\nB is the end'))).toEqual([]);
  });
});

describe('left-out pieces in a plan', () => {
  it('lists each piece with its lines and the session it would join if kept', async () => {
    const text = '13:00 First talk\n\nnotes\n\nPosted by Ann at 1:00 PM\n\n15:00 Second talk\n\nmore notes\n\n17:00 Third talk\n\nLeave a Reply\n\nFill in your details below or click an icon to log in: Logo';
    const plan = await planImport(text, 'day.txt', { date: '2026-11-25', timeZone: 'Europe/Berlin' });
    expect(plan.sessions.map((session) => session.title)).toEqual(['First talk', 'Second talk', 'Third talk']);
    expect(plan.leftOut).toEqual([
      { text: 'Posted by Ann at 1:00 PM', reason: 'blog chrome', fromLine: 5, toLine: 5, sessionIndex: 0 },
      { text: 'Leave a Reply\nFill in your details below or click an icon to log in: Logo', reason: 'comment form', fromLine: 13, toLine: 15, sessionIndex: 2 },
    ]);
  });
});
